import { describe, expect, it } from 'vitest';
import { matchByNameThenLabel, matchRemaining, mergedOrder, renames } from '../../language/diff/match.js';

const el = (name: string, label = name) => ({ name, label });

describe('matching elements of two versions', () => {
    it('pairs by name first, whatever the labels', () => {
        const before = [el('a', 'A'), el('b', 'B')];
        const after = [el('b', 'Changed'), el('a', 'A')];
        const matching = matchByNameThenLabel(before, after);
        expect(matching.pairs.map(pair => [pair.before.name, pair.after.name, pair.by])).toEqual([['b', 'b', 'name'], ['a', 'a', 'name']]);
        expect(matching.added).toEqual([]);
        expect(matching.removed).toEqual([]);
    });

    it('pairs the elements left by label (a rename), and leaves the rest added or removed', () => {
        const before = [el('a', 'Alpha'), el('gone', 'Gone')];
        const after = [el('alpha', 'Alpha'), el('new', 'New')];
        const matching = matchByNameThenLabel(before, after);
        expect(matching.pairs.map(pair => [pair.before.name, pair.after.name, pair.by])).toEqual([['a', 'alpha', 'label']]);
        expect(matching.removed.map(e => e.name)).toEqual(['gone']);
        expect(matching.added.map(e => e.name)).toEqual(['new']);
        expect(renames(matching)).toEqual(new Map([['a', 'alpha']]));
    });

    it('does not take a label match when the name matched another element', () => {
        // `b` keeps its name; `a` is removed even though `b` now has a's label.
        const matching = matchByNameThenLabel([el('a', 'Same'), el('b', 'Other')], [el('b', 'Same')]);
        expect(matching.pairs.map(pair => [pair.before.name, pair.by])).toEqual([['b', 'name']]);
        expect(matching.removed.map(e => e.name)).toEqual(['a']);
    });

    it('compares names and labels after NFC normalisation (Vietnamese typed decomposed)', () => {
        const composed = 'chị_Lan';
        const decomposed = composed.normalize('NFD');
        expect(decomposed).not.toBe(composed);
        const byName = matchByNameThenLabel([el(composed)], [el(decomposed)]);
        expect(byName.pairs[0].by).toBe('name');
        const byLabel = matchByNameThenLabel([el('x', 'Thanh toán')], [el('y', 'Thanh toán'.normalize('NFD'))]);
        expect(byLabel.pairs[0].by).toBe('label');
        expect(renames(byName).size).toBe(0);
    });

    it('pairs equal labels in order, and never blank labels', () => {
        const matching = matchByNameThenLabel([el('a', 'Same'), el('b', 'Same'), el('c', ' ')], [el('x', 'Same'), el('y', 'Same'), el('z', ' ')]);
        expect(matching.pairs.map(pair => `${pair.before.name}→${pair.after.name}`)).toEqual(['a→x', 'b→y']);
        expect(matching.removed.map(e => e.name)).toEqual(['c']);
    });

    it('matches what is left by a similarity score, highest first', () => {
        const before = [el('s1', 'One'), el('s2', 'Two')];
        const after = [el('t1', 'Uno'), el('t2', 'Dos')];
        const first = matchByNameThenLabel(before, after);
        const scores: Record<string, number> = { 's1t1': 1, 's1t2': 3, 's2t1': 2, 's2t2': 0 };
        const matching = matchRemaining(first, before, after, (a, b) => scores[a.name + b.name], 'touchpoints');
        expect(matching.pairs.map(pair => `${pair.before.name}→${pair.after.name}:${pair.by}`)).toEqual(['s2→t1:touchpoints', 's1→t2:touchpoints']);
    });

    it('merges both orders: the new order, each removed element after its old predecessor', () => {
        const before = [el('gone_first'), el('a'), el('gone_after_a'), el('b'), el('gone_last')];
        const after = [el('b'), el('new'), el('a')];
        const merged = mergedOrder(before, after, matchByNameThenLabel(before, after));
        expect(merged.map(m => (m.before && m.after ? m.after.name : m.after ? `+${m.after.name}` : `-${m.before!.name}`)))
            .toEqual(['-gone_first', 'b', '-gone_last', '+new', 'a', '-gone_after_a']);
    });
});
