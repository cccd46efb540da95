import { describe, expect, it } from 'vitest';
import { formatDiffJson, formatDiffText } from '../../language/diff/index.js';
import { quoteText } from '../../language/diff/format-text.js';
import { compare, edit, GIFT, PERSONAS, SURPRISE_FEE } from './helpers.js';

describe('the text form of a diff', () => {
    it('prints a block per journey: changes, totals, then a summary', async () => {
        const { diff } = await compare({ 'p.journey': PERSONAS, 'm.journey': GIFT }, {
            'p.journey': PERSONAS + 'persona an "An Pham"\n',
            'm.journey': edit(GIFT, ...SURPRISE_FEE, ['touchpoint pay "Pays"', 'touchpoint payment "Pays"'], ['action "Scrolls Instagram at breakfast"', 'action "Scrolls \\"Insta\\" at breakfast"'])
        });
        expect(formatDiffText(diff)).toBe(`Personas
  + persona an "An Pham"

Journey gift_purchase "Buying a birthday gift online"
  ~ touchpoint see_ad: actions + "Scrolls \\"Insta\\" at breakfast", - "Scrolls Instagram at breakfast"
  ~ touchpoint checkout: emotion 4 → 2 (anxious)
  ~ touchpoint checkout: metrics drop_off 38% → 45%
  ~ touchpoint payment: renamed from pay
  + pain point surprise_fee "A shipping fee appears only at the last step" (checkout, severity high, fixed by show_shipping)
  + opportunity show_shipping "Show a shipping estimate" fixes surprise_fee
  Average emotion 3.5 → 3.0 · pains 1 → 2 · unfixed 0

Changes: 1 journey changed · 1 persona added.
`);
    });

    it('prints added and removed journeys, moves, order, fixes and unfixed pain points', async () => {
        const other = 'journey other "Other map" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 2\n      pain p\n    }\n  }\n}\n';
        const before = edit(GIFT, ['emotion 4\n      metric', 'emotion 2\n      pain surprise_fee "A fee"\n      metric']);
        const after = edit(GIFT,
            ['emotion 4\n      metric', 'emotion 2\n      pain surprise_fee "A fee"\n      pain slow "Slow form"\n      metric'],
            ['fixes no_price', 'fixes surprise_fee'],
            ['    touchpoint pay "Pays" {\n      channel web\n      emotion 3\n    }\n', ''],
            ['  stage consideration "Consideration" {\n', '  stage consideration "Consideration" {\n    touchpoint pay "Pays" {\n      channel web\n      emotion 3\n    }\n']);
        const { diff } = await compare(PERSONAS + before + other, PERSONAS + after);
        expect(formatDiffText(diff)).toBe(`Journey gift_purchase "Buying a birthday gift online"
  ~ touchpoint pay: moved from stage conversion to stage consideration
  + pain point slow "Slow form" (checkout)
  ~ opportunity show_price: fixes + surprise_fee, - no_price
  ✓ pain point surprise_fee is now fixed by show_price (checkout)
  ! pain point no_price is no longer fixed (it was fixed by show_price)
  ! pain point slow is left unfixed: no opportunity fixes it (checkout)
  Average emotion 3.0 · pains 2 → 3 · unfixed 1 → 2

- Journey other "Other map" (removed)
  Average emotion 2.0 · pains 1 · unfixed 1

Changes: 1 journey changed, 1 removed.
`);
        const added = await compare(PERSONAS, PERSONAS + other);
        expect(formatDiffText(added.diff)).toBe(`+ Journey other "Other map" (added: current-state map, 1 touchpoint, 1 pain point)
  Average emotion 2.0 · pains 1 · unfixed 1

Changes: 1 journey added.
`);
    });

    it('prints "No changes." for identical inputs', async () => {
        const { diff } = await compare(PERSONAS + GIFT, GIFT + PERSONAS);
        expect(formatDiffText(diff)).toBe('No changes.\n');
        expect(formatDiffText(diff, { color: true })).toBe('No changes.\n');
    });

    it('colours with ANSI codes only when asked', async () => {
        const { diff } = await compare(PERSONAS + GIFT, PERSONAS + edit(GIFT, ...SURPRISE_FEE));
        expect(formatDiffText(diff)).not.toContain('\u001b');
        const coloured = formatDiffText(diff, { color: true });
        expect(coloured).toContain('\u001b[33m~\u001b[0m touchpoint checkout');
        expect(coloured).toContain('\u001b[32m+\u001b[0m pain point surprise_fee');
        expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatDiffText(diff));
    });

    it('writes user text as a quoted label: escapes, and no control character reaches the terminal', () => {
        expect(quoteText('Say "hi"\\now')).toBe('"Say \\"hi\\"\\\\now"');
        expect(quoteText('two\nlines\tand a tab')).toBe('"two\\nlines\\tand a tab"');
        expect(quoteText('red \u001b[31m alert\u0007')).toBe('"red \u241b[31m alert\u2407"');
    });
});

describe('the JSON form of a diff', () => {
    it('is the WorkspaceDiff with the version first and the sides named, in a fixed key order', async () => {
        const { diff } = await compare(PERSONAS + GIFT, PERSONAS + edit(GIFT, ...SURPRISE_FEE));
        const text = formatDiffJson(diff, { oldLabel: 'main', newLabel: 'working tree' });
        expect(text.endsWith('}\n')).toBe(true);
        const json = JSON.parse(text);
        expect(Object.keys(json)).toEqual(['version', 'old', 'new', 'changed', 'summary', 'personas', 'channels', 'journeys']);
        expect(json).toMatchObject({ version: 1, old: 'main', new: 'working tree', changed: true });
        const { old: _old, new: _new, ...rest } = json;
        expect(rest).toEqual(JSON.parse(JSON.stringify(diff)));
        expect(Object.keys(json.journeys[0])).toEqual([
            'change', 'name', 'label', 'matchedBy', 'fields', 'type', 'stages', 'touchpoints', 'pains', 'opportunities',
            'newlyFixed', 'leftUnfixed', 'emotionsChanged', 'totals'
        ]);
        expect(json.journeys[0].touchpoints[0]).toEqual({
            change: 'changed', name: 'checkout', label: 'Checks out', matchedBy: 'name', stage: 'conversion', emotion: { score: 2, mood: 'anxious' },
            fields: [
                { field: 'emotion', before: { score: 4, mood: null }, after: { score: 2, mood: 'anxious' } },
                { field: 'metrics', before: ['drop_off 38%'], after: ['drop_off 45%'], added: ['drop_off 45%'], removed: ['drop_off 38%'] }
            ]
        });
        expect(Object.keys(JSON.parse(formatDiffJson(diff)))[1]).toBe('changed');
    });
});
