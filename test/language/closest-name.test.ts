import { describe, expect, it } from 'vitest';
import { closestName, foldName } from '../../language/domain/closest-name.js';

describe('closestName: the one "did you mean" matcher (keywords, references, moods)', () => {
    it('folds Vietnamese accents, đ, case and - against _', () => {
        expect(foldName('Chị_Mai')).toBe('chi_mai');
        expect(foldName('tổng_đài')).toBe('tong_dai');
        expect(foldName('Đ-ư')).toBe('d_u');
        expect(closestName('chi_Mai', ['anh_Đức', 'chị_Mai'])).toBe('chị_Mai');
        expect(closestName('Tong_dai', ['tổng_đài', 'tổng_kho'])).toBe('tổng_đài');
        expect(closestName('word_of_mouth', ['word-of-mouth', 'web'])).toBe('word-of-mouth');
        // Decomposed accents (some Vietnamese keyboards) fold the same.
        expect(closestName('chi\u0323_Mai', ['chị_Mai'])).toBe('chị_Mai');
    });

    it('finds small typos, a swap of two letters counting one', () => {
        expect(closestName('touchpiont', ['touchpoint', 'opportunity'])).toBe('touchpoint');
        expect(closestName('acton', ['action', 'barrier'])).toBe('action');
        expect(closestName('curios', ['curious', 'anxious'])).toBe('curious');
    });

    it('suggests nothing far away, nothing for a word of one or two letters unless folded equal, and never the word itself', () => {
        expect(closestName('xyzzy', ['touchpoint', 'stage'])).toBeUndefined();
        expect(closestName('bà_Tư', ['chị_Mai', 'anh_Đức'])).toBeUndefined();
        expect(closestName('a', ['b'])).toBeUndefined();
        expect(closestName('á', ['a'])).toBe('a');
        expect(closestName('web', ['web'])).toBeUndefined();
        expect(closestName('x'.repeat(100_000), ['x'.repeat(99_999)])).toBeUndefined();
    });

    it('between equally close names, the same one whatever the order', () => {
        expect(closestName('lan3', ['lan1', 'lan2'])).toBe('lan1');
        expect(closestName('lan3', ['lan2', 'lan1'])).toBe('lan1');
    });
});
