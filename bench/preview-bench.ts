import { existsSync } from 'node:fs';
import type { DiagramsResult } from '../protocol/preview-data.js';
import { CHROMIUM } from '../test/helpers/chromium.js';
import { PreviewPage } from '../test/helpers/preview-page.js';
import { median } from './measure.js';

export interface PreviewResult {
    /** Mermaid's own `mermaid.render` of the diagram in the page (the floor of any preview). */
    mermaidRenderMs: number;
    /** The preview page: a new diagram message to the new SVG in the page (parse, render, insert, fit). */
    pageShowMs: number;
    /** The same plus the next animation frame (the SVG painted). */
    pagePaintMs: number;
    chars: number;
}

/**
 * The real preview page (the extension's HTML, CSP and dist/ scripts) in Debian's Chromium, as
 * test/helpers/preview-page.ts runs it. Undefined when Chromium is not installed.
 */
/** A diagram as the preview receives it: the Mermaid text, and for the map view its labels' digests (HTML labels, client/webview/html-labels.ts). */
export interface BenchDrawing {
    mermaid: string;
    labelDigests?: Record<string, string>;
}

export async function benchPreview(diagrams: Record<string, string | BenchDrawing>, runs: number): Promise<Record<string, PreviewResult> | undefined> {
    if (!existsSync(CHROMIUM)) {
        return undefined;
    }
    const page = await PreviewPage.open();
    try {
        const results: Record<string, PreviewResult> = {};
        for (const [name, diagram] of Object.entries(diagrams)) {
            const { mermaid, labelDigests } = typeof diagram === 'string' ? { mermaid: diagram, labelDigests: undefined } : diagram;
            const html = labelDigests !== undefined;
            // Two texts in turn, so that the page never skips a render of an unchanged diagram.
            const texts = [mermaid, `${mermaid}\n%% again\n`];
            const renders: number[] = [];
            for (let run = -2; run < runs; run++) {
                const elapsed = await page.page.evaluate(async ([text, html]) => {
                    const api = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
                    api.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: Math.max(50_000, text.length), htmlLabels: html, flowchart: { htmlLabels: html } });
                    const start = performance.now();
                    await api.render(`bench-${Math.random().toString(36).slice(2)}`, text);
                    return performance.now() - start;
                }, [texts[run & 1], html] as const);
                if (run >= 0) renders.push(elapsed);
            }
            const shows: number[] = [];
            const paints: number[] = [];
            for (let run = -2; run < runs; run++) {
                const result: DiagramsResult = {
                    uri: 'file:///bench.journey', version: run + 10, journeys: [{ name: 'bench', label: 'Bench', type: 'current', views: ['journey'] }],
                    journey: 'bench', view: 'journey', mermaid: texts[run & 1], ...(labelDigests ? { labelDigests } : {}), maxTextSize: Math.max(50_000, mermaid.length), errors: []
                };
                const [show, paint] = await page.page.evaluate(async message => {
                    const before = Number(document.body.dataset.rendered ?? 0);
                    const start = performance.now();
                    const shown = new Promise<number>(resolve => {
                        const observer = new MutationObserver(() => {
                            if (Number(document.body.dataset.rendered ?? 0) > before) {
                                observer.disconnect();
                                resolve(performance.now() - start);
                            }
                        });
                        observer.observe(document.body, { attributes: true, attributeFilter: ['data-rendered'] });
                    });
                    window.postMessage(message, '*');
                    const showMs = await shown;
                    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
                    return [showMs, performance.now() - start];
                }, { type: 'diagram', result, theme: 'light', locked: false, fileName: 'bench.journey' } as unknown as Record<string, unknown>);
                if (run >= 0) {
                    shows.push(show);
                    paints.push(paint);
                }
            }
            results[name] = { mermaidRenderMs: median(renders), pageShowMs: median(shows), pagePaintMs: median(paints), chars: mermaid.length };
        }
        if (page.errors.length > 0) {
            throw new Error(`the preview page reported errors: ${page.errors.join('; ')}`);
        }
        return results;
    } finally {
        await page.close();
    }
}
