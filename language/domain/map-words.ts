import type { MapType } from '../model/journey-model.js';

/** The words for a map's type in the views' and the diff's sentences. */
export const MAP_TYPE_WORDS: Readonly<Record<MapType, string>> = {
    'current': 'current-state map',
    'future': 'future-state map',
    'day-in-the-life': 'day-in-the-life map',
    'blueprint': 'service blueprint'
};

/** "1 touchpoint", "3 touchpoints" (or the plural given). */
export function plural(count: number, word: string, pluralWord = word + 's'): string {
    return `${count} ${count === 1 ? word : pluralWord}`;
}
