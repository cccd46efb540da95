import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelDigest } from '../../protocol/label-digest.js';
import { HOSTILE_LABELS } from '../views/hostile-labels.js';

/**
 * The page trusts an HTML label only when its text's digest is the one the server sent
 * (client/webview/html-labels.ts): the changes Mermaid makes to a text must change its digest.
 */
describe('labelDigest', () => {
    it('tells apart the changes Mermaid makes to a label: entity codes decoded, line breaks, spaces, order', () => {
        const pairs: Array<[string, string]> = [
            ['#lt;b#gt;', '<b>'], ['&#58;', ':'], ['line one\nline two', 'line one line two'], ['a\nb', 'a<br>b'],
            ['Books fa:fa-car online', 'Books  online'], ['Pays $$5$$', 'Pays 5'], ['ab', 'ba'], ['Thấy phí', 'Thay phi'],
            ['Thấy phí', 'Tha\u0302\u0301y phi\u0301'], ['x', 'x '], ['', ' ']
        ];
        for (const [written, changed] of pairs) {
            expect(labelDigest(written), `${written} / ${changed}`).not.toBe(labelDigest(changed));
        }
    });

    it('gives every label of the hostile corpus its own digest, and the same one each time', () => {
        const texts = [...new Set(HOSTILE_LABELS.map(({ label }) => label))];
        expect(new Set(texts.map(labelDigest)).size).toBe(texts.length);
        expect(texts.map(labelDigest)).toEqual(texts.map(labelDigest));
    });

    it('changes when one character of a text changes', () => {
        fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.nat(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (text, at, character) => {
            const index = at % text.length;
            const changed = text.slice(0, index) + character + text.slice(index + 1);
            fc.pre(changed !== text);
            expect(labelDigest(changed)).not.toBe(labelDigest(text));
        }), { numRuns: 2000 });
    });
});
