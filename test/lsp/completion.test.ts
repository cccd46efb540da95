import { describe, expect, it } from 'vitest';
import { completionItems, completionLabels } from '../helpers/lsp.js';

const people = 'persona lan "Lan"\npersona minh "Minh"\nchannel zalo "Zalo OA" chat\njourney old "Old" { persona lan stage s { touchpoint t } }\njourney other_future { type future persona lan stage s { touchpoint t } }\n';

/** Completion at `|` in a.journey, with the shared personas, channels and journeys of p.journey. */
function at(text: string) {
    return completionLabels({ 'a.journey': text, 'p.journey': people });
}
function itemsAt(text: string) {
    return completionItems({ 'a.journey': text, 'p.journey': people });
}
const inTouchpoint = (lines: string) => `journey j {\n  persona lan\n  stage s {\n    touchpoint t {\n${lines}\n    }\n  }\n}`;

describe('completion', () => {
    it('offers the top-level keywords and their snippets in an empty file', async () => {
        const items = await itemsAt('|');
        expect(items.map(i => i.label)).toEqual(['channel', 'journey', 'persona', 'journey', 'persona']);
        expect(items.filter(i => i.kind === 15).map(i => i.insertText)).toEqual([
            expect.stringContaining('journey ${1:name} "${2:Label}" {'), expect.stringContaining('persona ${1:name} "${2:Label}" {')]);
    });

    it('offers the journey settings, stage and opportunity at the head of a journey', async () => {
        expect(await at('journey j {\n  |\n}')).toEqual(['goal', 'improves', 'language', 'model', 'opportunity', 'persona', 'research', 'stage', 'type', 'stage']);
    });

    it('does not offer a setting that may appear once and is already written', async () => {
        const labels = await at('journey j {\n  type current\n  model ACC\n  |\n}');
        expect(labels).not.toContain('type');
        expect(labels).not.toContain('model');
        expect(labels).toContain('persona');
    });

    it('offers every persona of the workspace after `persona` in a journey, with its label', async () => {
        const items = await itemsAt('journey j {\n  persona |\n}');
        expect(items.map(i => [i.label, i.detail])).toEqual([['lan', 'persona · Lan'], ['minh', 'persona · Minh']]);
    });

    it("offers only the journey's own personas after `persona` in a touchpoint", async () => {
        expect(await at(inTouchpoint('      persona |'))).toEqual(['lan']);
    });

    it('offers declared and built-in channels, with their kind, after `channel`', async () => {
        const items = await itemsAt(inTouchpoint('      channel |'));
        expect(items.map(i => i.label)).toEqual(['ads', 'chat', 'email', 'event', 'mobile', 'other', 'phone', 'review', 'social', 'store', 'web', 'word-of-mouth', 'zalo']);
        expect(items.find(i => i.label === 'zalo')?.detail).toBe('chat channel · Zalo OA');
        expect(items.find(i => i.label === 'web')?.detail).toBe('built-in web channel · Website');
    });

    it('offers the touchpoint lines, without `channel` when the touchpoint has one', async () => {
        expect(await at(inTouchpoint('      channel web\n      |'))).toEqual(['action', 'backstage', 'barrier', 'emotion', 'evidence', 'frontstage', 'metric', 'pain', 'persona', 'support', 'thought', 'time']);
    });

    it('offers scores 1-5 (with their moods) and mood words after `emotion`', async () => {
        const items = await itemsAt(inTouchpoint('      emotion |'));
        expect(items.slice(0, 5).map(i => [i.label, i.detail])).toEqual([
            ['1', 'very negative: frustrated, angry'], ['2', 'negative: bored, confused, anxious, impatient, disappointed'],
            ['3', 'neutral: neutral, unsure'], ['4', 'positive: relieved, curious, hopeful, satisfied'], ['5', 'very positive: delighted, happy, excited']]);
        expect(items.map(i => i.label)).toContain('relieved');
    });

    it('offers the moods of the written score first after `emotion N`, each with its score', async () => {
        const items = await itemsAt(inTouchpoint('      emotion 2 |'));
        expect(items.slice(0, 5).map(i => i.label)).toEqual(['anxious', 'bored', 'confused', 'disappointed', 'impatient']);
        expect(items[0].detail).toBe('score 2 (negative)');
        expect(items.filter(i => i.detail?.startsWith('score')).length).toBe(16);
        expect(items[16].label).toBe('action');
    });

    it("offers the journey's pain points after `fixes`", async () => {
        const text = 'journey j {\n  persona lan\n  stage s {\n    touchpoint t {\n      pain slow "Slow"\n      pain rude\n    }\n  }\n  opportunity o {\n    fixes |\n  }\n}\njourney k { persona lan stage s { touchpoint u { pain elsewhere } } }';
        const items = await itemsAt(text);
        expect(items.map(i => [i.label, i.detail])).toEqual([['rude', 'pain point · rude'], ['slow', 'pain point · Slow']]);
    });

    it('offers only current-state journeys after `improves`', async () => {
        const items = await itemsAt('journey j {\n  type future\n  improves |\n}');
        expect(items.map(i => [i.label, i.detail])).toEqual([['old', 'current journey · Old']]);
    });

    it('offers the models with their stages after `model`', async () => {
        const items = await itemsAt('journey j {\n  model |\n}');
        expect(items.map(i => i.label)).toEqual(['ACC', 'ACCRA', 'ACCSR', 'ACPRA', 'AIDA']);
        expect(items.find(i => i.label === 'ACCSR')?.detail).toBe('ACCSR: awareness → consideration → conversion → service → retention');
    });

    it("offers the model's missing stages after `stage`, the next one first", async () => {
        const items = await itemsAt('journey j {\n  persona lan\n  model ACCSR\n\n  stage awareness { touchpoint a }\n  stage conversion { touchpoint c }\n  stage |\n}');
        expect(items.map(i => i.label)).toEqual(['consideration', 'service', 'retention']);
        expect(items[0].preselect).toBe(true);
    });

    it('offers no keyword where a new name is typed', async () => {
        expect(await at('persona |')).toEqual([]);
        expect(await at('journey j {\n  persona lan\n  stage |\n}')).toEqual([]);
    });

    it('offers map types after `type` and levels after `severity` and `impact`', async () => {
        expect(await at('journey j {\n  type |\n}')).toEqual(['blueprint', 'current', 'day-in-the-life', 'future']);
        expect(await at(inTouchpoint('      pain p severity |'))).toEqual(['high', 'low', 'medium']);
        expect(await at('journey j {\n  persona lan\n  opportunity o {\n    impact |\n  }\n}')).toEqual(['high', 'low', 'medium']);
    });

    it('offers channel kinds at the end of a channel declaration, and the top-level keywords', async () => {
        const labels = await at('channel fb "Facebook" |');
        expect(labels).toEqual(expect.arrayContaining(['web', 'social', 'word-of-mouth', 'other', 'persona', 'journey']));
    });
});
