import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchName } from '../../language/parser/journey-token-builder.js';

/** The ID terminal of the grammar (journey.langium), as Langium would match it. */
const ID = /[\p{L}_][\p{L}\p{M}\p{N}_\-]*/uy;

function byRegex(text: string, offset: number): string | null {
    ID.lastIndex = offset;
    return ID.exec(text)?.[0] ?? null;
}

/** Characters from every class the name rule decides on. */
const PIECES = ['a', 'Z', '_', '-', '0', '9', ' ', '.', '"', 'ạ', 'ữ', 'Đ', 'e\u0301', '\u0301', '\u0323', '٣', 'Ω', 'ж', '中', '한', 'ᄀ', 'ไ', '\u0e31',
    '𝒜', '𝟘', '😀', '\ud835', '\udc9c', '\u200d', '\u00ad', 'ª', 'ǅ', 'ʰ', '々', '〇', 'Ⅳ', '²'];

describe('the name matcher of the lexer (journey-token-builder.ts)', () => {
    it('matches what the ID regex matches, at any offset', () => {
        fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), fc.nat(), (pieces, at) => {
            const text = pieces.join('');
            const offset = text.length === 0 ? 0 : at % text.length;
            // Between the halves of a surrogate pair, V8's /u regex matches from the pair's start (before
            // `offset`); the lexer never stands there (a pair is read whole), and the matcher reads nothing.
            const between = offset > 0 && /[\ud800-\udbff]/.test(text[offset - 1]) && /[\udc00-\udfff]/.test(text[offset]);
            fc.pre(!between);
            expect(matchName(text, offset)?.[0] ?? null).toBe(byRegex(text, offset));
        }), { numRuns: 5000 });
    });

    it('reads names with letters of any script, combining marks, digits, `_` and `-`', () => {
        expect(matchName('chị_Lan "x"', 0)?.[0]).toBe('chị_Lan');
        expect(matchName('webinar_fan', 0)?.[0]).toBe('webinar_fan');
        expect(matchName('word-of-mouth,', 0)?.[0]).toBe('word-of-mouth');
        expect(matchName('e\u0301t', 0)?.[0]).toBe('e\u0301t');
        expect(matchName('𝒜b', 0)?.[0]).toBe('𝒜b');
        expect(matchName('9lives', 0)).toBeNull();
        expect(matchName('-x', 0)).toBeNull();
        expect(matchName('\u0301x', 0)).toBeNull();
        expect(matchName('𝒜', 1)).toBeNull();
    });
});
