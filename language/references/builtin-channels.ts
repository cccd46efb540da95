import { URI } from 'langium';
import { BUILTIN_CHANNEL_LABELS, CHANNEL_KINDS } from '../domain/channel-kinds.js';

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

export function isBuiltinUri(uri: URI | string): boolean {
    return uri.toString() === BUILTIN_CHANNELS_URI.toString();
}
