import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../language/locale.js';
import { MAP_WORDS } from '../../language/views/map-words.js';

/** Each entry of a table of words: its path, and what it is (a text, a list of n, a function of n arguments). */
function shape(value: unknown, path = ''): Array<[string, string]> {
    if (typeof value === 'function') {
        return [[path, `function(${value.length})`]];
    }
    if (Array.isArray(value)) {
        return [[path, `list(${value.length})`], ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
    }
    if (value !== null && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => shape(item, path ? `${path}.${key}` : key));
    }
    return [[path, typeof value]];
}

/** Every text of a table, functions called with sample arguments. */
function texts(value: unknown): string[] {
    if (typeof value === 'function') {
        return [String(value(...Array.from({ length: value.length }, () => 'X')))];
    }
    if (Array.isArray(value)) {
        return value.flatMap(texts);
    }
    if (value !== null && typeof value === 'object') {
        return Object.values(value).flatMap(texts);
    }
    return typeof value === 'string' ? [value] : [];
}

describe('the map words of each language (language/views/map-words.ts)', () => {
    it('has every key of the English table in the Vietnamese one, and no other, each of the same kind', () => {
        const english = shape(MAP_WORDS.en);
        for (const language of LANGUAGES) {
            expect(shape(MAP_WORDS[language]), language).toEqual(english);
        }
    });

    it('has a text for every entry: none is empty', () => {
        for (const language of LANGUAGES) {
            expect(texts(MAP_WORDS[language]).filter(text => text.trim() === ''), language).toEqual([]);
        }
    });
});
