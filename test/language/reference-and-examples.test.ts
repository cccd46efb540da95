import { describe, expect, it } from 'vitest';
import { buildJourneyModel } from '../../language/model/build-model.js';
import { exampleFiles, referenceBlocks } from '../helpers/reference.js';
import { workspaceOf } from '../helpers/workspace.js';

function describeDiagnostics(ws: Awaited<ReturnType<typeof workspaceOf>>): string[] {
    return Object.entries(ws.documents).flatMap(([name, document]) =>
        (document.diagnostics ?? []).map(d => `${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`));
}

describe('the language reference (docs/language.md)', () => {
    it('has journey blocks that all parse, link and validate with no diagnostic but JM017 on its blueprint lanes', async () => {
        const blocks = referenceBlocks();
        expect(Object.keys(blocks).length).toBeGreaterThanOrEqual(3);
        // The reference's full example writes every touchpoint line, the blueprint lanes too, in a current map:
        // no view of a current map draws those, and JM017 says so (issue 16).
        const lanes = ['frontstage', 'backstage', 'support'].map((lane, i) =>
            `block3.journey:${35 + i}:7 JM017 \`${lane}\` is drawn only on a service blueprint (\`type blueprint\`); this is a current-state map, so no view shows it. Change the map's type, or remove the line.`);
        expect(describeDiagnostics(await workspaceOf(blocks))).toEqual(lanes);
    });
});

describe('examples/', async () => {
    const files = exampleFiles();
    const ws = await workspaceOf(files);
    const model = buildJourneyModel(Object.values(ws.documents));

    it('validates with no diagnostic at all', () => {
        expect(describeDiagnostics(ws)).toEqual([]);
    });

    it('covers every map type and every stage model', () => {
        expect(new Set(model.journeys.map(journey => journey.type))).toEqual(new Set(['current', 'future', 'day-in-the-life', 'blueprint']));
        expect(new Set(model.journeys.map(journey => journey.model).filter(Boolean))).toEqual(new Set(['AIDA', 'ACC', 'ACCSR', 'ACPRA', 'ACCRA']));
        expect(model.journeys.some(journey => journey.type === 'future' && journey.improves)).toBe(true);
    });

    it('shares personas and channels across files', () => {
        const declaredIn = (name: string) => [...model.personas, ...model.channels].find(element => element.name === name)?.source?.uri;
        const crossFile = model.journeys.some(journey => journey.personas.some(persona => declaredIn(persona) !== journey.source.uri));
        expect(crossFile).toBe(true);
        const channelsUsedElsewhere = model.journeys.some(journey => journey.stages.some(stage => stage.touchpoints.some(t =>
            t.channel && model.channels.find(c => c.name === t.channel && !c.builtin && c.source?.uri !== journey.source.uri))));
        expect(channelsUsedElsewhere).toBe(true);
    });

    it('has at least six maps, one written in Vietnamese', () => {
        expect(model.journeys.length).toBeGreaterThanOrEqual(6);
        const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
        expect(model.journeys.some(journey => vietnamese.test(journey.label) && journey.stages.every(stage => stage.touchpoints.every(t => vietnamese.test(t.label) || /^\P{L}*$/u.test(t.label))))).toBe(true);
    });
});
