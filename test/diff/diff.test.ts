import { describe, expect, it } from 'vitest';
import type { JourneyChange, WorkspaceDiff } from '../../language/diff/index.js';
import { diffJourneyModels } from '../../language/diff/index.js';
import { modelOf } from '../helpers/workspace.js';
import { compare, edit, GIFT, PERSONAS } from './helpers.js';

/** Both versions with the shared personas file; `after` is GIFT edited. */
async function giftDiff(...replacements: Array<[string, string]>): Promise<WorkspaceDiff> {
    const { diff } = await compare({ 'p.journey': PERSONAS, 'm.journey': GIFT }, { 'p.journey': PERSONAS, 'm.journey': edit(GIFT, ...replacements) });
    return diff;
}

function journey(diff: WorkspaceDiff, name = 'gift_purchase'): JourneyChange {
    const found = diff.journeys.find(change => change.name === name);
    expect(found, `journey ${name} in ${JSON.stringify(diff.journeys.map(j => j.name))}`).toBeDefined();
    return found!;
}

/** `kind name: field` of every change inside a journey, in order: a compact picture of the diff. */
function picture(change: JourneyChange): string[] {
    const item = (kind: string, c: { change: string; name: string; renamedFrom?: string; movedFrom?: string; fields: Array<{ field: string }> }) => {
        const extra = [c.renamedFrom ? `renamed from ${c.renamedFrom}` : '', c.movedFrom ? `moved from ${c.movedFrom}` : '', ...c.fields.map(f => f.field)].filter(Boolean);
        return `${c.change} ${kind} ${c.name}${extra.length ? ': ' + extra.join(', ') : ''}`;
    };
    return [
        ...change.fields.map(f => `journey ${f.field}`),
        ...change.stages.map(c => item('stage', c)),
        ...change.touchpoints.map(c => item('touchpoint', c)),
        ...change.pains.map(c => item('pain', c)),
        ...change.opportunities.map(c => item('opportunity', c))
    ];
}

describe('the semantic diff: no change', () => {
    it('gives an empty diff for identical inputs', async () => {
        const { diff } = await compare({ 'p.journey': PERSONAS, 'm.journey': GIFT }, { 'p.journey': PERSONAS, 'm.journey': GIFT });
        expect(diff).toEqual({
            version: 1, changed: false,
            summary: {
                personas: { added: 0, removed: 0, changed: 0 }, channels: { added: 0, removed: 0, changed: 0 },
                journeys: { added: 0, removed: 0, changed: 0, unchanged: 1 }, stages: { added: 0, removed: 0, changed: 0 },
                touchpoints: { added: 0, removed: 0, changed: 0 }, pains: { added: 0, removed: 0, changed: 0 },
                opportunities: { added: 0, removed: 0, changed: 0 }
            },
            personas: [], channels: [], journeys: []
        });
    });

    it('ignores layout, comments, and text moved to other files (source ranges)', async () => {
        const reformatted = '// moved and commented\n\n\n' + GIFT.replace(/\n {2}/g, '\n    ').replace('{\n  type', '{\n\n  // header\n  type');
        const { diff } = await compare({ 'p.journey': PERSONAS, 'm.journey': GIFT }, { 'other.journey': reformatted + '\n' + PERSONAS });
        expect(diff.changed).toBe(false);
    });

    it('ignores names and texts typed in decomposed Unicode (NFC)', async () => {
        const text = 'persona chị_Lan "Chị Lan"\njourney mua_quà "Mua quà" {\n  persona chị_Lan\n\n  stage giai_đoạn {\n    touchpoint thanh_toán "Thanh toán" {\n      action "Quét mã"\n      emotion 3\n    }\n  }\n}\n';
        const { diff } = await compare(text, text.normalize('NFD'));
        expect(diff.changed).toBe(false);
    });

    it('is the same diff every time (stable output)', async () => {
        const after = edit(GIFT, ['emotion 4 curious', 'emotion 2 anxious'], ['touchpoint pay "Pays"', 'touchpoint paying "Pays"']);
        const a = await modelOf({ 'p.journey': PERSONAS, 'm.journey': GIFT }, 'syntax errors');
        const b = await modelOf({ 'p.journey': PERSONAS, 'm.journey': after }, 'syntax errors');
        expect(JSON.stringify(diffJourneyModels(a, b))).toBe(JSON.stringify(diffJourneyModels(a, b)));
    });
});

describe('the semantic diff: personas and channels', () => {
    it('reports personas added, removed, renamed (matched by label) and changed fields', async () => {
        const before = 'persona lan "Lan Nguyen" {\n  goal "Buy fast"\n}\npersona old "Old one"\npersona minh "Minh"\n';
        const after = 'persona lan "Lan N." {\n  description "28, Hanoi"\n  goal "Buy fast"\n  goal "Pay once"\n}\npersona an "An"\npersona minh_tran "Minh"\n';
        const { diff } = await compare(before, after);
        expect(diff.personas).toEqual([
            {
                change: 'changed', name: 'lan', label: 'Lan N.', matchedBy: 'name', fields: [
                    { field: 'label', before: 'Lan Nguyen', after: 'Lan N.' },
                    { field: 'description', before: null, after: '28, Hanoi' },
                    { field: 'goals', before: ['Buy fast'], after: ['Buy fast', 'Pay once'], added: ['Pay once'], removed: [] }
                ]
            },
            { change: 'removed', name: 'old', label: 'Old one', fields: [] },
            { change: 'added', name: 'an', label: 'An', fields: [] },
            { change: 'changed', name: 'minh_tran', label: 'Minh', renamedFrom: 'minh', matchedBy: 'label', fields: [] }
        ]);
        expect(diff.summary.personas).toEqual({ added: 1, removed: 1, changed: 2 });
    });

    it('follows a renamed persona in the journeys that name it (no change there)', async () => {
        const after = edit(GIFT, ['persona lan', 'persona lan_nguyen']);
        const { diff } = await compare(PERSONAS + GIFT, PERSONAS.replace('persona lan ', 'persona lan_nguyen ') + after);
        expect(diff.personas.map(p => [p.name, p.renamedFrom])).toEqual([['lan_nguyen', 'lan']]);
        expect(diff.journeys).toEqual([]);
    });

    it('reports declared channels added, removed, changed, and follows a renamed channel', async () => {
        const channels = 'channel shop "Shop website" web\nchannel zalo "Zalo" chat\nchannel gone "Gone" other\n';
        const newChannels = 'channel shop_web "Shop website" web\nchannel zalo "Zalo OA" social\nchannel web "Our own web" web\n';
        const before = PERSONAS + channels + edit(GIFT, ['channel social', 'channel zalo'], ['channel web\n      action "Opens', 'channel shop\n      action "Opens']);
        const after = PERSONAS + newChannels + edit(GIFT, ['channel social', 'channel zalo'], ['channel web\n      action "Opens', 'channel shop_web\n      action "Opens']);
        const { diff } = await compare(before, after);
        expect(diff.channels).toEqual([
            { change: 'changed', name: 'shop_web', label: 'Shop website', renamedFrom: 'shop', matchedBy: 'label', fields: [], kind: 'web' },
            {
                change: 'changed', name: 'zalo', label: 'Zalo OA', matchedBy: 'name', kind: 'social', fields: [
                    { field: 'label', before: 'Zalo', after: 'Zalo OA' }, { field: 'kind', before: 'chat', after: 'social' }
                ]
            },
            { change: 'removed', name: 'gone', label: 'Gone', fields: [], kind: 'other' },
            // Declaring a channel with a built-in name is an addition; built-in channels are not compared.
            { change: 'added', name: 'web', label: 'Our own web', fields: [], kind: 'web' }
        ]);
        expect(diff.journeys).toEqual([]);
    });
});

describe('the semantic diff: journeys', () => {
    it('reports a journey added or removed as a whole, with its totals', async () => {
        const other = 'journey other "Other" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 2\n      pain p\n    }\n  }\n}\n';
        const { diff } = await compare(PERSONAS + GIFT, PERSONAS + other);
        expect(diff.journeys.map(j => [j.change, j.name])).toEqual([['removed', 'gift_purchase'], ['added', 'other']]);
        const added = journey(diff, 'other');
        expect(added).toMatchObject({ type: 'current', stages: [], touchpoints: [], pains: [], opportunities: [], fields: [] });
        expect(added.totals).toEqual({
            averageEmotion: { before: null, after: 2 }, touchpoints: { before: null, after: 1 },
            pains: { before: null, after: 1 }, unfixedPains: { before: null, after: 1 }
        });
        expect(journey(diff).totals.touchpoints).toEqual({ before: 4, after: null });
        expect(diff.summary.journeys).toEqual({ added: 1, removed: 1, changed: 0, unchanged: 0 });
    });

    it('matches a renamed journey by its label and diffs its content', async () => {
        const diff = await giftDiff(['journey gift_purchase', 'journey gift'], ['emotion 3\n    }\n  }\n\n  opp', 'emotion 5\n    }\n  }\n\n  opp']);
        const change = journey(diff, 'gift');
        expect(change).toMatchObject({ change: 'changed', renamedFrom: 'gift_purchase', matchedBy: 'label' });
        expect(picture(change)).toEqual(['changed touchpoint pay: emotion']);
    });

    it('reports the header fields: label, type, personas, model, goals, research, improves', async () => {
        const current = 'journey today "Today" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 3\n    }\n  }\n}\n';
        const before = PERSONAS + current + edit(GIFT, ['type current', 'type future\n  improves today']);
        const after = PERSONAS + current.replace('journey today', 'journey now') + edit(GIFT,
            ['"Buying a birthday gift online"', '"Buying a gift"'], ['type current', 'type future\n  improves now'],
            ['persona lan', 'persona lan, minh'], ['model ACC', 'model ACCSR\n  goal "Fewer drop-offs"\n  research "Survey"']);
        const { diff } = await compare(before, after);
        const change = journey(diff);
        expect(change.fields).toEqual([
            { field: 'label', before: 'Buying a birthday gift online', after: 'Buying a gift' },
            { field: 'personas', before: ['lan'], after: ['lan', 'minh'], added: ['minh'], removed: [] },
            { field: 'model', before: 'ACC', after: 'ACCSR' },
            { field: 'goals', before: [], after: ['Fewer drop-offs'], added: ['Fewer drop-offs'], removed: [] },
            { field: 'research', before: [], after: ['Survey'], added: ['Survey'], removed: [] }
            // `improves today` → `improves now` follows the rename of `today`: no change.
        ]);
        // Touchpoints without a `persona` line follow the journey's personas: not repeated on each.
        expect(change.touchpoints).toEqual([]);
        expect(journey(diff, 'now')).toMatchObject({ renamedFrom: 'today', fields: [] });

        const typed = await giftDiff(['type current', 'type blueprint'], ['model ACC\n', '']);
        expect(journey(typed).fields).toEqual([
            { field: 'type', before: 'current', after: 'blueprint' },
            { field: 'model', before: 'ACC', after: null }
        ]);
    });
});

describe('the semantic diff: stages', () => {
    it('reports stages added, removed, relabelled, renamed and reordered', async () => {
        const diff = await giftDiff(
            ['stage awareness "Awareness" {', 'stage aware "Awareness" {'],
            ['stage consideration "Consideration"', 'stage consideration "Thinking it over"'],
            ['  stage conversion "Conversion" {', '  stage service "Service" {\n    touchpoint track {\n      emotion 4\n    }\n  }\n\n  stage conversion "Conversion" {']
        );
        expect(picture(journey(diff))).toEqual([
            'changed stage aware: renamed from awareness',
            'changed stage consideration: label',
            'added stage service',
            'added touchpoint track'
        ]);

        const reordered = await giftDiff(
            ['  stage awareness "Awareness" {\n    touchpoint see_ad "Sees a gift ad while scrolling" {\n      channel social\n      action "Scrolls Instagram at breakfast"\n      emotion 4 curious\n    }\n  }\n\n', ''],
            ['  stage conversion', '  stage awareness "Awareness" {\n    touchpoint see_ad "Sees a gift ad while scrolling" {\n      channel social\n      action "Scrolls Instagram at breakfast"\n      emotion 4 curious\n    }\n  }\n\n  stage conversion']
        );
        expect(journey(reordered).fields).toEqual([
            { field: 'order', before: ['awareness', 'consideration', 'conversion'], after: ['consideration', 'awareness', 'conversion'] }
        ]);
        expect(picture(journey(reordered))).toEqual(['journey order']);
    });

    it('matches a stage renamed and relabelled by the touchpoints it keeps (they are not moved)', async () => {
        const diff = await giftDiff(['stage conversion "Conversion"', 'stage purchase "Purchase"']);
        const change = journey(diff);
        expect(change.stages).toEqual([{
            change: 'changed', name: 'purchase', label: 'Purchase', renamedFrom: 'conversion', matchedBy: 'touchpoints',
            fields: [{ field: 'label', before: 'Conversion', after: 'Purchase' }]
        }]);
        expect(change.touchpoints).toEqual([]);
    });

    it('reports a removed stage where it stood, and its touchpoints moved to another stage', async () => {
        const compareTouchpoint = '    touchpoint compare "Compares three gifts" {\n      channel web\n      action "Opens three product pages in tabs"\n      emotion 3\n      pain no_price "Shipping cost is not shown on the product page"\n    }\n';
        const diff = await giftDiff(
            [`  stage consideration "Consideration" {\n${compareTouchpoint}  }\n\n`, ''],
            ['      emotion 4 curious\n    }\n', `      emotion 4 curious\n    }\n${compareTouchpoint}`]
        );
        expect(picture(journey(diff))).toEqual([
            'removed stage consideration',
            'changed touchpoint compare: moved from consideration'
        ]);
        expect(journey(diff).touchpoints[0].stage).toBe('awareness');
    });
});

describe('the semantic diff: touchpoints', () => {
    it('reports a touchpoint added and removed where it stood, with its stage and emotion', async () => {
        const diff = await giftDiff(
            ['    touchpoint pay "Pays" {\n      channel web\n      emotion 3\n    }\n', ''],
            ['  stage consideration "Consideration" {\n', '  stage consideration "Consideration" {\n    touchpoint ask "Asks a friend" {\n      emotion 5 happy\n    }\n']
        );
        expect(journey(diff).touchpoints).toEqual([
            { change: 'added', name: 'ask', label: 'Asks a friend', fields: [], stage: 'consideration', emotion: { score: 5, mood: 'happy' } },
            { change: 'removed', name: 'pay', label: 'Pays', fields: [], stage: 'conversion', emotion: { score: 3, mood: null } }
        ]);
        expect(diff.summary.touchpoints).toEqual({ added: 1, removed: 1, changed: 0 });
    });

    it('reports a touchpoint renamed (matched by label), moved to another stage, or both', async () => {
        const moved = await giftDiff(
            ['    touchpoint pay "Pays" {\n      channel web\n      emotion 3\n    }\n', ''],
            ['  stage consideration "Consideration" {\n', '  stage consideration "Consideration" {\n    touchpoint paid "Pays" {\n      channel web\n      emotion 3\n    }\n']
        );
        expect(journey(moved).touchpoints).toEqual([{
            change: 'changed', name: 'paid', label: 'Pays', renamedFrom: 'pay', matchedBy: 'label', fields: [],
            stage: 'consideration', movedFrom: 'conversion', emotion: { score: 3, mood: null }
        }]);
        const renamed = await giftDiff(['touchpoint pay "Pays"', 'touchpoint payment "Pays"']);
        expect(picture(journey(renamed))).toEqual(['changed touchpoint payment: renamed from pay']);
    });

    it('reports a change of order inside a stage', async () => {
        const checkout = '    touchpoint checkout "Checks out" {\n      channel web\n      action "Enters card details"\n      thought "Why is it more expensive now?"\n      emotion 4\n      metric drop_off 38%\n    }\n';
        const diff = await giftDiff([checkout, ''], ['      emotion 3\n    }\n  }\n\n  opp', `      emotion 3\n    }\n${checkout}  }\n\n  opp`]);
        expect(journey(diff).stages).toEqual([{
            change: 'changed', name: 'conversion', label: 'Conversion', matchedBy: 'name',
            fields: [{ field: 'order', before: ['checkout', 'pay'], after: ['pay', 'checkout'] }]
        }]);
        expect(journey(diff).touchpoints).toEqual([]);
    });

    it('reports every field of a touchpoint: label, channel, personas, actions, thoughts, emotion, barriers, metrics, lanes, time', async () => {
        const before = edit(GIFT, ['persona lan\n  model', 'persona lan, minh\n  model']);
        const after = edit(before, [
            '    touchpoint checkout "Checks out" {\n      channel web\n      action "Enters card details"\n      thought "Why is it more expensive now?"\n      emotion 4\n      metric drop_off 38%\n    }',
            '    touchpoint checkout "Checks out, at last" {\n      channel mobile\n      persona lan\n      action "Scans a QR code"\n      action "Enters card details"\n      thought "Finally"\n      emotion 2 anxious\n      barrier "Cost"\n      metric drop_off 20%\n      metric visits 1200\n      frontstage "Checkout page"\n      backstage "Pricing service"\n      support "Gateway"\n      evidence "Survey"\n      time "12:40"\n    }'
        ]);
        const { diff } = await compare(PERSONAS + before, PERSONAS + after);
        const change = journey(diff).touchpoints.find(t => t.name === 'checkout')!;
        expect(change.fields).toEqual([
            { field: 'label', before: 'Checks out', after: 'Checks out, at last' },
            { field: 'channel', before: 'web', after: 'mobile' },
            { field: 'personas', before: ['lan', 'minh'], after: ['lan'], added: [], removed: ['minh'] },
            { field: 'actions', before: ['Enters card details'], after: ['Scans a QR code', 'Enters card details'], added: ['Scans a QR code'], removed: [] },
            { field: 'thoughts', before: ['Why is it more expensive now?'], after: ['Finally'], added: ['Finally'], removed: ['Why is it more expensive now?'] },
            { field: 'emotion', before: { score: 4, mood: null }, after: { score: 2, mood: 'anxious' } },
            { field: 'barriers', before: [], after: ['Cost'], added: ['Cost'], removed: [] },
            { field: 'metrics', before: ['drop_off 38%'], after: ['drop_off 20%', 'visits 1200'], added: ['drop_off 20%', 'visits 1200'], removed: ['drop_off 38%'] },
            { field: 'frontstage', before: [], after: ['Checkout page'], added: ['Checkout page'], removed: [] },
            { field: 'backstage', before: [], after: ['Pricing service'], added: ['Pricing service'], removed: [] },
            { field: 'support', before: [], after: ['Gateway'], added: ['Gateway'], removed: [] },
            { field: 'evidence', before: [], after: ['Survey'], added: ['Survey'], removed: [] },
            { field: 'time', before: null, after: '12:40' }
        ]);
        expect(journey(diff).touchpoints.map(t => t.name)).toEqual(['checkout']);
        expect(journey(diff).fields).toEqual([]);
    });

    it('reports a mood change with the same score, and a reordering of actions', async () => {
        const diff = await giftDiff(['emotion 4 curious', 'emotion 4 hopeful'], ['      action "Scrolls Instagram at breakfast"\n', '      action "Scrolls Instagram at breakfast"\n      action "Taps the ad"\n']);
        expect(journey(diff).touchpoints[0].fields).toEqual([
            { field: 'actions', before: ['Scrolls Instagram at breakfast'], after: ['Scrolls Instagram at breakfast', 'Taps the ad'], added: ['Taps the ad'], removed: [] },
            { field: 'emotion', before: { score: 4, mood: 'curious' }, after: { score: 4, mood: 'hopeful' } }
        ]);
        expect(journey(diff).emotionsChanged).toBe(false);
        const reordered = await compare(
            'journey j {\n  persona p\n\n  stage s {\n    touchpoint t {\n      action "A"\n      action "B"\n    }\n  }\n}\npersona p\n',
            'journey j {\n  persona p\n\n  stage s {\n    touchpoint t {\n      action "B"\n      action "A"\n    }\n  }\n}\npersona p\n');
        expect(journey(reordered.diff, 'j').touchpoints[0].fields).toEqual([{ field: 'actions', before: ['A', 'B'], after: ['B', 'A'], added: [], removed: [] }]);
    });
});

describe('the semantic diff: pain points, opportunities and fixes', () => {
    it('reports pain points added, removed, renamed, moved and changed, with their touchpoint', async () => {
        const diff = await giftDiff(
            ['      pain no_price "Shipping cost is not shown on the product page"\n', ''],
            ['      emotion 4\n      metric', '      emotion 2\n      pain missing_price "Shipping cost is not shown on the product page" severity high\n      pain surprise_fee "A fee at the last step"\n      metric'],
            ['fixes no_price', 'fixes missing_price']
        );
        expect(journey(diff).pains).toEqual([
            {
                change: 'changed', name: 'missing_price', label: 'Shipping cost is not shown on the product page', renamedFrom: 'no_price', matchedBy: 'label',
                fields: [{ field: 'severity', before: null, after: 'high' }], touchpoint: 'checkout', stage: 'conversion', movedFrom: 'compare',
                severity: 'high', fixedBy: ['show_price']
            },
            { change: 'added', name: 'surprise_fee', label: 'A fee at the last step', fields: [], touchpoint: 'checkout', stage: 'conversion', severity: null, fixedBy: [] }
        ]);
        // `fixes no_price` → `fixes missing_price` follows the rename: no change of the opportunity.
        expect(journey(diff).opportunities).toEqual([]);
        const removed = await giftDiff(['      pain no_price "Shipping cost is not shown on the product page"\n', ''], ['    fixes no_price\n', '']);
        expect(journey(removed).pains).toEqual([{
            change: 'removed', name: 'no_price', label: 'Shipping cost is not shown on the product page', fields: [],
            touchpoint: 'compare', stage: 'consideration', severity: null, fixedBy: ['show_price']
        }]);
    });

    it('follows a renamed pain point in the fixes of the opportunities', async () => {
        const diff = await giftDiff(['pain no_price "Shipping', 'pain hidden_shipping "Shipping'], ['fixes no_price', 'fixes hidden_shipping']);
        expect(picture(journey(diff))).toEqual(['changed pain hidden_shipping: renamed from no_price']);
        expect(journey(diff).newlyFixed).toEqual([]);
        expect(journey(diff).leftUnfixed).toEqual([]);
    });

    it('reports opportunities added, removed and changed (label, fixes, owner, impact, resources)', async () => {
        const diff = await giftDiff(
            ['      emotion 4\n      metric', '      emotion 2\n      pain surprise_fee "A fee at the last step" severity high\n      metric'],
            ['  opportunity show_price "Show the price with shipping" {\n    fixes no_price\n    owner "E-commerce team"\n    impact high\n  }',
                '  opportunity show_price "Show the full price" {\n    fixes no_price, surprise_fee\n    owner "Web team"\n    impact medium\n    resource "Two sprints"\n  }\n\n  opportunity chat_bot "A chat bot" {\n    owner "Support"\n  }']
        );
        expect(journey(diff).opportunities).toEqual([
            {
                change: 'changed', name: 'show_price', label: 'Show the full price', matchedBy: 'name', fixes: ['no_price', 'surprise_fee'], fields: [
                    { field: 'label', before: 'Show the price with shipping', after: 'Show the full price' },
                    { field: 'fixes', before: ['no_price'], after: ['no_price', 'surprise_fee'], added: ['surprise_fee'], removed: [] },
                    { field: 'owner', before: 'E-commerce team', after: 'Web team' },
                    { field: 'impact', before: 'high', after: 'medium' },
                    { field: 'resources', before: [], after: ['Two sprints'], added: ['Two sprints'], removed: [] }
                ]
            },
            { change: 'added', name: 'chat_bot', label: 'A chat bot', fields: [], fixes: [] }
        ]);
        const removed = await giftDiff(['  opportunity show_price "Show the price with shipping" {\n    fixes no_price\n    owner "E-commerce team"\n    impact high\n  }\n', '']);
        expect(journey(removed).opportunities).toEqual([{ change: 'removed', name: 'show_price', label: 'Show the price with shipping', fields: [], fixes: ['no_price'] }]);
    });

    it('reports pain points newly fixed, and those left unfixed (new, or their fix removed)', async () => {
        const before = edit(GIFT, ['emotion 4\n      metric', 'emotion 2\n      pain surprise_fee "A fee at the last step"\n      metric']);
        const after = edit(GIFT,
            ['emotion 4\n      metric', 'emotion 2\n      pain surprise_fee "A fee at the last step"\n      pain slow_form "The form is slow"\n      metric'],
            ['fixes no_price', 'fixes surprise_fee']);
        const { diff } = await compare(PERSONAS + before, PERSONAS + after);
        const change = journey(diff);
        expect(change.newlyFixed).toEqual([{ pain: 'surprise_fee', label: 'A fee at the last step', touchpoint: 'checkout', stage: 'conversion', by: ['show_price'] }]);
        expect(change.leftUnfixed).toEqual([
            { pain: 'no_price', label: 'Shipping cost is not shown on the product page', touchpoint: 'compare', stage: 'consideration', by: ['show_price'], reason: 'fix-removed' },
            { pain: 'slow_form', label: 'The form is slow', touchpoint: 'checkout', stage: 'conversion', by: [], reason: 'added' }
        ]);
        expect(change.totals.pains).toEqual({ before: 2, after: 3 });
        expect(change.totals.unfixedPains).toEqual({ before: 1, after: 2 });
    });
});

describe('the semantic diff: totals and emotions', () => {
    it('gives the average emotion, touchpoints, pain points and unfixed pain points before and after', async () => {
        const diff = await giftDiff(['emotion 4\n      metric', 'emotion 1 angry\n      pain surprise_fee "A fee"\n      metric']);
        expect(journey(diff).totals).toEqual({
            averageEmotion: { before: 3.5, after: 2.75 },
            touchpoints: { before: 4, after: 4 },
            pains: { before: 1, after: 2 },
            unfixedPains: { before: 0, after: 1 }
        });
        expect(journey(diff).emotionsChanged).toBe(true);
    });

    it('gives a null average when no touchpoint has an emotion', async () => {
        const text = 'persona p\njourney j {\n  persona p\n\n  stage s {\n    touchpoint t\n  }\n}\n';
        const { diff } = await compare(text, text.replace('touchpoint t', 'touchpoint t "T"'));
        expect(journey(diff, 'j').totals.averageEmotion).toEqual({ before: null, after: null });
    });
});

describe('the semantic diff: Vietnamese maps', () => {
    const before = `persona chị_Lan "Chị Lan"

journey mua_quà "Mua quà sinh nhật" {
  persona chị_Lan

  stage cân_nhắc "Cân nhắc" {
    touchpoint hỏi_zalo "Nhắn Zalo hỏi gói quà" {
      emotion 2 impatient
      pain chờ_tư_vấn "Chờ hơn hai tiếng"
    }
  }

  stage mua_hàng "Mua hàng" {
    touchpoint thanh_toán "Thanh toán" {
      emotion 3
    }
  }

  opportunity trả_lời_tự_động "Trả lời tự động" {
    fixes chờ_tư_vấn
  }
}
`;

    it('matches renamed Vietnamese names by label, typed composed or decomposed', async () => {
        const after = before
            .replace('touchpoint hỏi_zalo', 'touchpoint nhắn_zalo')
            .replace('stage mua_hàng "Mua hàng"', 'stage đặt_hàng "Đặt hàng"')
            .replace('emotion 3', 'emotion 4 hopeful')
            .replace('pain chờ_tư_vấn', 'pain chờ_lâu').replace('fixes chờ_tư_vấn', 'fixes chờ_lâu')
            .normalize('NFD');
        const { diff } = await compare(before, after);
        const change = journey(diff, 'mua_quà');
        expect(picture(change)).toEqual([
            'changed stage đặt_hàng: renamed from mua_hàng, label',
            'changed touchpoint nhắn_zalo: renamed from hỏi_zalo',
            'changed touchpoint thanh_toán: emotion',
            'changed pain chờ_lâu: renamed from chờ_tư_vấn'
        ]);
        expect(change.newlyFixed).toEqual([]);
        expect(change.leftUnfixed).toEqual([]);
        expect(change.totals.averageEmotion).toEqual({ before: 2.5, after: 3 });
    });
});
