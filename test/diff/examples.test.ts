import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffJourneyModels, formatDiffMarkdown, formatDiffText } from '../../language/diff/index.js';
import { parsedMermaidBlocks } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';

/** The example maps (name → text). */
function examples(): Record<string, string> {
    const folder = 'examples';
    return Object.fromEntries(readdirSync(folder).filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(join(folder, name), 'utf8')]));
}

describe('the diff on the example maps', () => {
    it('finds no change between the examples and themselves', async () => {
        const model = await modelOf(examples(), 'syntax errors');
        const diff = diffJourneyModels(model, await modelOf(examples(), 'syntax errors'));
        expect(diff.changed).toBe(false);
        expect(formatDiffText(diff)).toBe('No changes.\n');
    });

    it('reports every emotion lowered by one, and its Markdown diagrams parse', async () => {
        const files = examples();
        const lowered = Object.fromEntries(Object.entries(files).map(([name, text]) =>
            [name, text.replace(/emotion (\d)/g, (_, score: string) => `emotion ${Math.max(1, Number(score) - 1)}`)]));
        const before = await modelOf(files, 'syntax errors');
        const after = await modelOf(lowered, 'syntax errors');
        const diff = diffJourneyModels(before, after);
        expect(diff.journeys.map(journey => journey.name)).toEqual(before.journeys.map(journey => journey.name));
        expect(diff.journeys.every(journey => journey.emotionsChanged)).toBe(true);
        expect(diff.journeys.flatMap(journey => journey.touchpoints).every(change => change.fields.every(field => field.field === 'emotion'))).toBe(true);
        const markdown = formatDiffMarkdown(diff, { before, after, maxLength: Number.MAX_SAFE_INTEGER });
        // Per journey: its journey view, in parts of at most three touchpoints, and one emotion chart.
        const parts = (journey: { stages: Array<{ touchpoints: unknown[] }> }) => Math.ceil(journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0) / 3);
        const blocks = await parsedMermaidBlocks(markdown);
        expect(blocks.length).toBeGreaterThanOrEqual(before.journeys.reduce((sum, journey) => sum + parts(journey) + 1, 0));
        expect(blocks.filter(block => block.includes('xychart-beta'))).toHaveLength(before.journeys.length);
    }, 60_000);

    it('reports every example as added when compared with nothing', async () => {
        const after = await modelOf(examples(), 'syntax errors');
        const diff = diffJourneyModels({ personas: [], channels: [], journeys: [] }, after);
        expect(diff.summary.journeys.added).toBe(after.journeys.length);
        expect(diff.summary.personas.added).toBe(after.personas.length);
        expect(diff.summary.channels.added).toBe(after.channels.filter(channel => !channel.builtin).length);
    });
});
