import { URI } from 'langium';
import { BUILTIN_CHANNEL_LABELS, CHANNEL_KINDS } from '../domain/channel-kinds.js';
import { spokenLanguage } from '../l10n.js';
import { MAP_WORDS, type MapWords } from '../views/map-words.js';

/**
 * The twelve built-in channels live in a library document that every workspace loads,
 * so they resolve, hover and go-to-definition like declared channels without being declared.
 */
export const BUILTIN_CHANNELS_URI = URI.parse('journey-builtin:///channels.journey');

export const BUILTIN_CHANNELS_TEXT = [
    '// Built-in channels: always in scope; a workspace channel of the same name replaces one.',
    ...CHANNEL_KINDS.map(kind => `channel ${kind} "${BUILTIN_CHANNEL_LABELS[kind]}" ${kind}`),
    ''
].join('\n');

/** A built-in channel's label in the reader's language (its label in the library document is English). */
export function builtinChannelLabel(kind: string): string | undefined {
    return MAP_WORDS[spokenLanguage()].channels[kind as keyof MapWords['channels']];
}

export function isBuiltinUri(uri: URI | string): boolean {
    return uri.toString() === BUILTIN_CHANNELS_URI.toString();
}
