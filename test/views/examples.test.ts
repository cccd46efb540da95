import { describe, expect, it } from 'vitest';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { exampleFiles, referenceBlocks } from '../helpers/reference.js';
import { readDiagram } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';
import { renderAll } from './fixtures.js';

/** Every view of every journey, parsed by the real Mermaid; the journey's label is what the diagram shows. */
async function checkEveryView(model: JourneyModel): Promise<number> {
    const diagrams = renderAll(model);
    for (const { journey, view, text } of diagrams) {
        const read = await readDiagram(text);
        const label = model.journeys.find(candidate => candidate.name === journey)!.label;
        const shown = read.type === 'block' ? read.blocks[0].label.split('\n')[0] : read.title;
        expect(shown.replace(/\s+/g, ' '), `${journey} ${view}`).toContain(read.type === 'block' ? label.slice(0, 20) : label);
    }
    return diagrams.length;
}

describe('the examples and the language reference', () => {
    it('every view of every example parses with the real Mermaid', async () => {
        const files = exampleFiles();
        const model = await modelOf(files);
        expect(model.journeys.length).toBeGreaterThanOrEqual(5);
        const count = await checkEveryView(model);
        // Every view type appears at least once among the examples.
        const views = new Set(renderAll(model).map(diagram => diagram.view));
        expect([...views].sort()).toEqual(['compare', 'day', 'emotion', 'journey', 'map']);
        expect(count).toBeGreaterThanOrEqual(model.journeys.length * 3);
    }, 60_000);

    it('every view of every journey block of docs/language.md parses with the real Mermaid', async () => {
        const model = await modelOf(referenceBlocks());
        expect(model.journeys.length).toBeGreaterThanOrEqual(1);
        await checkEveryView(model);
    }, 60_000);
});
