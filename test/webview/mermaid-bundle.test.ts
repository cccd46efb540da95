import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERMAID_PATCH_MARKS } from '../../scripts/mermaid-bundle.mjs';
import type { Page } from 'playwright-core';
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

    it('is the release build with both changes', () => {
        const bundle = readFileSync('dist/mermaid.min.js', 'utf8');
        for (const mark of MERMAID_PATCH_MARKS) {
            expect(bundle).toContain(mark);
        }
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

    it("keeps each copy as the configuration was when it was asked for, though it copies a diagram's settings when first read", async () => {
        const seen = await preview.page.evaluate(() => {
            const api = (window as unknown as { mermaid: { initialize(c: object): void; mermaidAPI: { getConfig(): Record<string, Record<string, unknown>> } } }).mermaid;
            api.initialize({ startOnLoad: false, flowchart: { diagramPadding: 11 }, themeVariables: { primaryColor: '#111111' } });
            const before = api.mermaidAPI.getConfig();
            const replaced = api.mermaidAPI.getConfig();
            replaced.flowchart = { diagramPadding: 33 };
            api.initialize({ startOnLoad: false, flowchart: { diagramPadding: 22 }, themeVariables: { primaryColor: '#222222' } });
            const after = api.mermaidAPI.getConfig();
            return {
                before: [before.flowchart.diagramPadding, before.themeVariables.primaryColor],
                after: [after.flowchart.diagramPadding, after.themeVariables.primaryColor],
                replaced: replaced.flowchart.diagramPadding,
                keys: JSON.stringify(Object.keys(before)) === JSON.stringify(Object.keys(after))
            };
        });
        expect(seen).toEqual({ before: [11, '#111111'], after: [22, '#222222'], replaced: 33, keys: true });
    });
});

/**
 * The preview's Mermaid remembers what its sanitizer made of each label (scripts/mermaid-bundle.mjs).
 * Drawn in two same pages, one with the release build and one with the preview's, a sequence of
 * diagrams whose labels are HTML, scripts and Mermaid's own markup, under each security level and kind
 * of label the settings allow, each drawn twice (the second time from what was remembered), must come
 * out the same.
 */
describe.runIf(chromiumAvailable())("the preview's Mermaid, against the release build", { timeout: 120_000 }, () => {
    let preview: PreviewPage;
    let pages: { release: Page; patched: Page };

    const LABELS = [
        'plain words', 'line one<br>line two', '<b>bold</b> and <i>italic</i>', "<img src=x onerror='window.pwned=1'>",
        "<a href='javascript:window.pwned=2'>link</a>", "<a href='https://example.com' target='_blank'>out</a>",
        '<style>*{color:red}</style>styled', 'fa:fa-car icon', '#lt;b#gt; entity', 'Vietnamese: Thấy phí vận chuyển'
    ];
    const DIAGRAMS = [
        `block-beta\n  columns 3\n${LABELS.map((label, i) => `  b${i}["${label}"]`).join('\n')}`,
        `flowchart LR\n${LABELS.map((label, i) => `  f${i}["${label}"]`).join(' --> ')}`
    ];
    // Loose first: Mermaid adds its sanitizer's hooks (links opening a new tab) at the first strict label,
    // so the same link comes out differently before and after.
    const SETTINGS = [
        { securityLevel: 'loose', htmlLabels: true },
        { securityLevel: 'strict', htmlLabels: true },
        { securityLevel: 'antiscript', htmlLabels: true },
        { securityLevel: 'strict', htmlLabels: false },
        { securityLevel: 'strict', htmlLabels: true, dompurifyConfig: { FORBID_TAGS: ['b'] } }
    ];

    async function pageWith(script: string): Promise<Page> {
        const page = await preview.browser.newPage({ viewport: { width: 1200, height: 800 } });
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ path: script });
        return page;
    }

    beforeAll(async () => {
        preview = await PreviewPage.open();
        pages = { release: await pageWith('node_modules/mermaid/dist/mermaid.min.js'), patched: await pageWith('dist/mermaid.min.js') };
    }, 60_000);

    afterAll(async () => {
        await preview?.close();
    });

    /** Each diagram under each setting, twice, in `page`: the SVGs, with Mermaid's random ids made the same. */
    const drawAll = (page: Page) => page.evaluate(async ([diagrams, settings]) => {
        const api = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
        const drawn: string[] = [];
        let count = 0;
        for (const setting of settings) {
            for (const diagram of diagrams) {
                for (let time = 0; time < 2; time++) {
                    api.initialize({ startOnLoad: false, ...setting });
                    const { svg } = await api.render(`d${++count}`, diagram);
                    drawn.push(svg.replace(/id-[a-z0-9]+-\d+/g, 'id-random'));
                }
            }
        }
        return { drawn, pwned: (window as unknown as { pwned?: number }).pwned };
    }, [DIAGRAMS, SETTINGS] as const);

    it('draws every label as the release build does', async () => {
        const release = await drawAll(pages.release);
        const patched = await drawAll(pages.patched);
        expect(release.drawn).toHaveLength(DIAGRAMS.length * SETTINGS.length * 2);
        expect(patched.pwned).toBeUndefined();
        for (const [index, svg] of patched.drawn.entries()) {
            expect(svg.length).toBeGreaterThan(1000);
            expect(svg, `drawing ${index + 1}`).toBe(release.drawn[index]);
        }
    });
});
