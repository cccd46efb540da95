import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERMAID_PATCH_MARK } from '../../scripts/mermaid-bundle.mjs';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';

/**
 * The Mermaid the preview loads (dist/mermaid.min.js) copies its configuration faster than the release
 * build does (scripts/mermaid-bundle.mjs): the copy must be the same as Mermaid's own, and still a copy.
 * Mermaid's own algorithm is still there, in `getSiteConfig()` (a copy of the site configuration, which
 * the current one equals while no diagram sets a directive).
 */
describe.runIf(chromiumAvailable())("the preview's Mermaid", { timeout: 60_000 }, () => {
    let preview: PreviewPage;

    beforeAll(async () => {
        preview = await PreviewPage.open();
    }, 60_000);

    afterAll(async () => {
        await preview?.close();
    });

    it('is the release build with the faster copy of the configuration', () => {
        expect(readFileSync('dist/mermaid.min.js', 'utf8')).toContain(MERMAID_PATCH_MARK);
    });

    /** Initializes Mermaid with `config`; returns getConfig()'s copy and Mermaid's own copy (getSiteConfig) as JSON-safe text. */
    const copies = (config: Record<string, unknown>) => preview.page.evaluate(settings => {
        const api = (window as unknown as { mermaid: { initialize(c: object): void; mermaidAPI: { getConfig(): object; getSiteConfig(): object } } }).mermaid;
        api.initialize(settings);
        // Functions and undefined values as text, so that a key holding one is compared too.
        const text = (value: object) => JSON.stringify(value, (_key, v) => (typeof v === 'function' ? `function ${v.name}` : v === undefined ? 'undefined' : v));
        return { fast: text(api.mermaidAPI.getConfig()), own: text(api.mermaidAPI.getSiteConfig()) };
    }, config);

    it("makes the same copy as Mermaid's own, for each theme and kind of label the preview uses", async () => {
        for (const theme of ['default', 'dark', 'base']) {
            for (const htmlLabels of [true, false]) {
                const { fast, own } = await copies({ startOnLoad: false, securityLevel: 'strict', theme, htmlLabels, themeVariables: { xyChart: { plotColorPalette: '#111111, #222222' } } });
                expect(fast.length).toBeGreaterThan(10_000);
                expect(fast).toBe(own);
            }
        }
    });

    it('still hands each caller a copy: a change to one is not seen by the next', async () => {
        const seen = await preview.page.evaluate(() => {
            const api = (window as unknown as { mermaid: { initialize(c: object): void; mermaidAPI: { getConfig(): Record<string, Record<string, unknown>> } } }).mermaid;
            api.initialize({ startOnLoad: false });
            const first = api.mermaidAPI.getConfig();
            first.flowchart.diagramPadding = 999;
            first.themeVariables.primaryColor = '#badbad';
            first.fontFamily = 'changed' as unknown as Record<string, unknown>;
            const next = api.mermaidAPI.getConfig();
            return [next.flowchart.diagramPadding, next.themeVariables.primaryColor, next.fontFamily];
        });
        expect(seen).not.toContain(999);
        expect(seen).not.toContain('#badbad');
        expect(seen).not.toContain('changed');
    });
});
