import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium.js';
import { CHROMIUM_ARGS } from './preview-page.js';

/**
 * Mermaid diagrams drawn by the real Mermaid in Debian's Chromium, in a column of a given width (as
 * GitHub draws the ```mermaid blocks of a comment: `useMaxWidth`, a wide diagram scaled down to the
 * column), and what a reader sees of their labels: the size each is drawn at on screen, labels cut
 * with "…", labels drawn over each other, labels leaving their shape or the diagram.
 */

/** The Mermaid packages the Markdown is drawn with: the project's own and the alias of Mermaid 11 (GitHub lags). */
export const MERMAID_PACKAGES = ['mermaid', 'mermaid11'] as const;
export type MermaidPackage = typeof MERMAID_PACKAGES[number];

export interface DrawnLabel {
    text: string;
    /** Computed font size × the scale of the label's screen CTM (its foreignObject's for an HTML label), in CSS px. */
    px: number;
}

export interface DrawnDiagram {
    /** Mermaid's error, when it could not draw the diagram. */
    error?: string;
    /** The SVG's width on screen. */
    width: number;
    labels: DrawnLabel[];
    /** Labels ending in "…" (or "..."). */
    cut: string[];
    /** Pairs of texts whose boxes (Range.getClientRects of their text nodes) intersect: more than 1 px across, a fifth of a line down. */
    overlaps: Array<[string, string]>;
    /** Labels whose text leaves the smallest shape holding its centre, or the diagram itself. */
    spills: string[];
    /** Every text the diagram shows, joined by spaces (to check that no word is lost). */
    allText: string;
}

const require = createRequire(import.meta.url);

function bundleOf(pkg: MermaidPackage): string {
    return join(dirname(require.resolve(`${pkg}/package.json`)), 'dist', 'mermaid.min.js');
}

/** A Chromium page with a column `width` px wide and one Mermaid bundle, which draws one diagram after another. */
export class MermaidColumn {
    private count = 0;

    private constructor(private readonly browser: Browser, private readonly page: Page, readonly version: string) {}

    static async open(pkg: MermaidPackage, width: number): Promise<MermaidColumn> {
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        const page = await browser.newPage({ viewport: { width: width + 40, height: 900 } });
        await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:20px;background:#fff">' +
            `<div id="column" style="width:${width}px"></div></body></html>`);
        await page.addScriptTag({ content: readFileSync(bundleOf(pkg), 'utf8') });
        // esbuild may name functions with a `__name` helper that the page lacks.
        await page.evaluate('window.__name = (f) => f; mermaid.initialize({ startOnLoad: false, maxTextSize: 1000000 })');
        const version = require(`${pkg}/package.json`).version as string;
        return new MermaidColumn(browser, page, version);
    }

    /** Draws one diagram with `mermaid.render` into the column (replacing the last one) and measures its labels. */
    async draw(text: string): Promise<DrawnDiagram> {
        this.count++;
        return this.page.evaluate(measureInPage, { text, id: `diagram${this.count}` });
    }

    async screenshot(path: string): Promise<void> {
        await this.page.locator('#column').screenshot({ path });
    }

    async close(): Promise<void> {
        await this.browser.close();
    }
}

/** Runs in the page: self-contained (Playwright sends its source). */
async function measureInPage({ text, id }: { text: string; id: string }): Promise<DrawnDiagram> {
    const column = document.getElementById('column')!;
    column.innerHTML = '';
    const empty = { width: 0, labels: [], cut: [], overlaps: [], spills: [], allText: '' };
    try {
        const mermaid = (window as unknown as { mermaid: { render: (id: string, text: string) => Promise<{ svg: string }> } }).mermaid;
        const { svg } = await mermaid.render(id, text);
        column.innerHTML = svg;
    } catch (error) {
        return { ...empty, error: String((error as Error)?.message ?? error) };
    }
    const svg = column.querySelector('svg')!;
    const svgBox = svg.getBoundingClientRect();
    const hidden = (element: Element) => {
        for (let e: Element | null = element; e && e !== svg; e = e.parentElement) {
            const style = getComputedStyle(e);
            if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
        }
        return false;
    };
    type Item = { node: Text; label: Element; rects: DOMRect[]; box: DOMRect };
    const items: Item[] = [];
    const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement;
        if (!parent || node.data.trim() === '' || parent.closest('style, title, desc, defs, marker') || hidden(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter(rect => rect.width > 0 && rect.height > 0);
        if (rects.length === 0) continue;
        // A label: the whole <text> of an SVG text, the element holding the text in an HTML label.
        const label = parent.closest('text') ?? parent;
        const left = Math.min(...rects.map(r => r.left));
        const top = Math.min(...rects.map(r => r.top));
        const box = new DOMRect(left, top, Math.max(...rects.map(r => r.right)) - left, Math.max(...rects.map(r => r.bottom)) - top);
        items.push({ node, label, rects, box });
    }
    const labels = new Map<Element, DrawnLabel>();
    for (const { node, label } of items) {
        const holder = label.closest('foreignObject') ?? (node.parentElement instanceof SVGGraphicsElement ? node.parentElement : label);
        const ctm = (holder as SVGGraphicsElement).getScreenCTM?.();
        const px = parseFloat(getComputedStyle(node.parentElement!).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
        const known = labels.get(label);
        labels.set(label, { text: (label.textContent ?? '').replace(/\s+/g, ' ').trim(), px: known ? Math.min(known.px, px) : px });
    }
    const overlaps: Array<[string, string]> = [];
    for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
            // A text box is a line box, taller than the glyphs: two lines of text touch when their boxes overlap by a fifth of a line.
            const hit = items[i].rects.some(a => items[j].rects.some(b =>
                Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
                && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.2 * Math.min(a.height, b.height)));
            if (hit) overlaps.push([items[i].node.data.trim(), items[j].node.data.trim()]);
        }
    }
    const shapes = [...svg.querySelectorAll('rect, polygon, circle, ellipse')].filter(shape => {
        const style = getComputedStyle(shape);
        return style.fill !== 'none' && !hidden(shape);
    }).map(shape => shape.getBoundingClientRect()).filter(box => box.width > 4 && box.height > 4
        && box.width * box.height < 0.5 * svgBox.width * svgBox.height);
    const spills = new Set<string>();
    for (const { node, box } of items) {
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const holding = shapes.filter(s => s.left <= centre.x && centre.x <= s.right && s.top <= centre.y && centre.y <= s.bottom)
            .sort((a, b) => a.width * a.height - b.width * b.height)[0];
        const outside = (outer: DOMRect, slack: number) => box.left < outer.left - slack || box.right > outer.right + slack
            || box.top < outer.top - slack || box.bottom > outer.bottom + slack;
        if (outside(svgBox, 0.5) || (holding && outside(holding, 1))) spills.add(node.data.trim());
    }
    const drawn = [...labels.values()];
    return {
        width: svgBox.width,
        labels: drawn,
        cut: drawn.filter(label => /(…|\.\.\.)$/.test(label.text)).map(label => label.text),
        overlaps,
        spills: [...spills],
        allText: items.map(item => item.node.data).join(' ')
    };
}

export interface SizeFigures {
    count: number;
    min: number;
    p5: number;
}

/** Smallest and 5th-percentile drawn size of labels (px, to one decimal). */
export function sizeFigures(labels: readonly DrawnLabel[]): SizeFigures {
    const sizes = labels.map(label => label.px).sort((a, b) => a - b);
    const round = (value: number | undefined) => (value === undefined ? NaN : Math.round(value * 10) / 10);
    return { count: sizes.length, min: round(sizes[0]), p5: round(sizes[Math.floor(0.05 * (sizes.length - 1))]) };
}
