import type { ChannelKind } from '../generated/ast.js';

/** The channel kinds; each is also a built-in channel of the same name (reference, section 3). */
export const CHANNEL_KINDS: readonly ChannelKind[] = [
    'web', 'mobile', 'social', 'email', 'chat', 'phone', 'store', 'ads', 'event', 'review', 'word-of-mouth', 'other'
];

export const DEFAULT_CHANNEL_KIND: ChannelKind = 'other';

export const BUILTIN_CHANNEL_LABELS: Readonly<Record<ChannelKind, string>> = {
    'web': 'Website',
    'mobile': 'Mobile app',
    'social': 'Social media',
    'email': 'Email',
    'chat': 'Chat',
    'phone': 'Phone',
    'store': 'Store',
    'ads': 'Advertising',
    'event': 'Event',
    'review': 'Reviews',
    'word-of-mouth': 'Word of mouth',
    'other': 'Other'
};
