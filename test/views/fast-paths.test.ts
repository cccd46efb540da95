import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeJourney, isBlank, normalizeText } from '../../language/views/escape.js';
import { textUnits, truncateUnits, wrapText } from '../../language/views/wrap.js';

/*
 * The views measure and escape text on fast paths (plain text needs no grapheme segmentation, a line
 * without a significant character no encoding; docs/performance.md). These properties check that
 * the fast paths give exactly what the general definitions give, on text mixing every kind of
 * character the fast paths treat differently.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** textUnits by its definition: grapheme clusters, 0 for marks and format characters, 2 for wide ones. */
function referenceUnits(text: string): number {
    let units = 0;
    for (const { segment } of segmenter.segment(text)) {
        const first = segment.codePointAt(0) ?? 0;
        if (/^[\p{Cf}\p{Mn}\p{Me}]+$/u.test(segment)) {
            continue;
        }
        const wide = (first >= 0x1100 && first <= 0x115F) || (first >= 0x2E80 && first <= 0xA4CF) || (first >= 0xAC00 && first <= 0xD7A3)
            || (first >= 0xF900 && first <= 0xFAFF) || (first >= 0xFE30 && first <= 0xFE4F) || (first >= 0xFF00 && first <= 0xFF60)
            || (first >= 0xFFE0 && first <= 0xFFE6) || (first >= 0x1F300 && first <= 0x1FAFF) || (first >= 0x2600 && first <= 0x27BF) || first >= 0x20000;
        units += wide ? 2 : 1;
    }
    return units;
}

/** isBlank by its definition: nothing left of the normalized text but white space and format characters. */
function referenceBlank(text: string): boolean {
    return normalizeText(text).replace(/[\s\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/gu, '') === '';
}

/** Pieces of text from every range the fast paths decide on, and their neighbours. */
const PIECES = [
    'a', 'Z', ' ', '  ', 'Đặt hàng', 'ữ', 'ạ', 'e\u0301', 'a\u0300\u0323', '\u0301', '\r\n', '\r', '\n', '\t', '\u0000', '\u001B', '\u007F',
    '\u0085', '\u009F', '\u00A0', '\u00AD', 'ʰ', 'Ω', 'Ж', '\u0483', 'Ա', 'ש', 'ع', 'क्षि', 'ไทย', 'ᄀ', '한', 'ᾯ', '\u2009', '\u200B', '\u200D',
    '–', '•', '…', '\u2028', '\u2029', '\u202E', '\u2066', '‰', '\u205F', '\u2060', '⁴', '₫', '\u20D0', '℃', '→', '■', '☀', '✓', '中文',
    '👍', '👍🏽', '👩‍💻', '🇻🇳', '\uFE0F', '\uFEFF', '#', ';', ':', '"', '\\', '{', '}', '<b>', '%%', '¶', 'ﬂ', ','
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map(pieces => pieces.join(''));

describe('the fast paths of text measuring and escaping', () => {
    it('measures text as its grapheme clusters do', () => {
        fc.assert(fc.property(text, sample => {
            expect(textUnits(sample)).toBe(referenceUnits(sample));
        }), { numRuns: 2000 });
    });

    it('wraps and truncates within the width, without splitting a cluster', () => {
        fc.assert(fc.property(text, fc.integer({ min: 2, max: 12 }), (sample, width) => {
            for (const line of wrapText(sample, width)) {
                const clusters = [...segmenter.segment(line)].length;
                expect(referenceUnits(line) <= width || clusters === 1).toBe(true);
            }
            const cut = truncateUnits(sample, width);
            expect(referenceUnits(cut)).toBeLessThanOrEqual(Math.max(width, 1));
            if (cut !== sample) {
                expect(sample.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
            }
        }), { numRuns: 1000 });
    });

    it('finds blank text as the definition does', () => {
        fc.assert(fc.property(text, sample => {
            expect(isBlank(sample)).toBe(referenceBlank(sample));
        }), { numRuns: 2000 });
    });

    it('leaves a line without a significant character as it is, and encodes every other', () => {
        fc.assert(fc.property(text, sample => {
            const lines = normalizeText(sample).split('\n').map(line => line.trim().replace(/ {2,}/g, ' ')).filter(line => line !== '');
            const plain = lines.every(line => !/[#;:%&<>"`\\${}\u00B6\uFB02\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(line));
            if (plain) {
                expect(escapeBlock(sample)).toBe(lines.join('<br>'));
            }
            expect(escapeBlock(sample).replace(/#\w+;|<br>/g, '')).not.toMatch(/[#;:%&<>"`\\${}]/);
            expect(escapeJourney(sample, 'actor')).not.toContain(',');
        }), { numRuns: 1000 });
    });
});
