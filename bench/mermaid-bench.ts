import { loadMermaid, parseMermaid } from '../test/helpers/mermaid.js';
import { median } from './measure.js';

/**
 * The real `mermaid.parse` (Mermaid 12 in Node with jsdom globals, as the tests load it) of the
 * generated journey views: what a BA writing those diagrams in Mermaid by hand pays to have them read.
 * Returns the median time to parse them all, and the median for one diagram.
 */
export async function benchMermaidParse(diagrams: readonly string[], runs: number): Promise<{ allMs: number; oneMs: number }> {
    await loadMermaid();
    for (const diagram of diagrams.slice(0, 3)) {
        await parseMermaid(diagram);
    }
    const all: number[] = [];
    const one: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        for (const diagram of diagrams) {
            const t = performance.now();
            await parseMermaid(diagram);
            one.push(performance.now() - t);
        }
        all.push(performance.now() - start);
    }
    return { allMs: median(all), oneMs: median(one) };
}
