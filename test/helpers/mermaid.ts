import { JSDOM } from 'jsdom';

/**
 * The real Mermaid 12 in Node, for tests: jsdom globals are set before the import (Mermaid and its
 * DOMPurify need a DOM when they load), once per test file (each vitest file has its own module
 * graph). `parseMermaid` is the real `mermaid.parse`; `readDiagram` parses and reads back what the
 * diagram will show, with Mermaid's internal entity encoding decoded.
 */

type Mermaid = typeof import('mermaid').default;

let dom: JSDOM | undefined;
let loading: Promise<Mermaid> | undefined;

const GLOBALS = [
    'window', 'document', 'Element', 'HTMLElement', 'SVGElement', 'SVGSVGElement', 'Node', 'Text', 'DocumentFragment',
    'DOMParser', 'XMLSerializer', 'MutationObserver', 'getComputedStyle', 'CSSStyleSheet', 'HTMLTemplateElement', 'NodeFilter'
] as const;

function installDom(): JSDOM {
    const created = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
    const target = globalThis as Record<string, unknown>;
    const source = created.window as unknown as Record<string, unknown>;
    for (const name of GLOBALS) {
        if (name === 'window') {
            target.window = created.window;
        } else if (!(name in target)) {
            const value = source[name];
            target[name] = typeof value === 'function' && name === 'getComputedStyle' ? (value as (...args: unknown[]) => unknown).bind(created.window) : value;
        }
    }
    // Layout does not exist in jsdom: a rough text measure lets `mermaid.render` run (sizes are not checked).
    const measure = function (this: Element) {
        const width = (this.textContent ?? '').length * 8;
        return { x: 0, y: 0, width, height: 16, top: 0, left: 0, right: width, bottom: 16, toJSON: () => ({}) };
    };
    const prototypes = created.window as unknown as { Element: { prototype: Record<string, unknown> }; SVGElement: { prototype: Record<string, unknown> } };
    prototypes.SVGElement.prototype.getBBox = measure;
    prototypes.Element.prototype.getBBox = measure;
    prototypes.Element.prototype.getComputedTextLength = function (this: Element) {
        return (this.textContent ?? '').length * 8;
    };
    return created;
}

/** Mermaid, loaded once (about 0.3 s). */
export function loadMermaid(): Promise<Mermaid> {
    if (!loading) {
        dom = installDom();
        loading = import('mermaid').then(module => {
            module.default.initialize({ startOnLoad: false });
            return module.default;
        });
    }
    return loading;
}

/** The real `mermaid.parse`: resolves with the diagram type, throws Mermaid's error for a text it rejects. */
export async function parseMermaid(text: string): Promise<{ diagramType: string }> {
    const mermaid = await loadMermaid();
    const result = await mermaid.parse(text);
    if (!result) {
        throw new Error('mermaid.parse returned false');
    }
    return result;
}

/** The fenced `mermaid` blocks of a Markdown text (a fence of three or more backticks, closed by the same fence). */
export function mermaidBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)^\1$/gm)].map(match => match[2]);
}

/** The `mermaid` blocks of a Markdown text, each parsed by the real `mermaid.parse` (which throws for one it rejects). */
export async function parsedMermaidBlocks(markdown: string): Promise<string[]> {
    const blocks = mermaidBlocks(markdown);
    for (const block of blocks) {
        await parseMermaid(block);
    }
    return blocks;
}

/**
 * The visible text of a string Mermaid keeps after parsing: its entity codes (`#58;`, kept inside as
 * `ﬂ°°58¶ß`) decoded as the browser will show them, and each `<br>` as a line break.
 */
export function visibleText(parsed: string): string {
    const withEntities = parsed.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
    const lines = withEntities.split(/<br\s*\/?>/gi);
    const decoder = (dom ?? installDom()).window.document.createElement('textarea');
    return lines.map(line => {
        decoder.innerHTML = line;
        return decoder.value;
    }).join('\n');
}

export interface ReadJourney {
    type: 'journey';
    title: string;
    accTitle: string;
    accDescr: string;
    sections: string[];
    tasks: Array<{ section: string; task: string; score: number; people: string[] }>;
}

export interface ReadXyChart {
    type: 'xychart';
    title: string;
    accTitle: string;
    accDescr: string;
    xTitle: string;
    yTitle: string;
    categories: string[];
    yRange: [number, number];
    lines: Array<{ title: string; values: number[]; colour: string }>;
}

export interface ReadBlock {
    type: 'block';
    accTitle: string;
    accDescr: string;
    columns: number;
    blocks: Array<{ id: string; label: string; type: string; width: number; styles: string[] }>;
}

export interface ReadTimeline {
    type: 'timeline';
    title: string;
    accTitle: string;
    accDescr: string;
    sections: string[];
    periods: Array<{ section: string; period: string; events: string[] }>;
}

export type ReadDiagram = ReadJourney | ReadXyChart | ReadBlock | ReadTimeline;

/* Mermaid's diagram databases are not typed for outside use (biome.jsonc lets this file use `any`). */

/** Parses a diagram with the real Mermaid and reads back, decoded, every text it will show. */
export async function readDiagram(text: string): Promise<ReadDiagram> {
    const mermaid = await loadMermaid();
    await parseMermaid(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as any;
    const v = (value: unknown) => visibleText(String(value ?? ''));
    const accDb = db.getAccTitle ? db : db.getCommonDb?.() ?? {};
    const common = { accTitle: v(accDb.getAccTitle?.()), accDescr: v(accDb.getAccDescription?.()) };
    switch (diagram.type) {
        case 'journey':
            return {
                type: 'journey', ...common, title: v(db.getDiagramTitle()),
                sections: db.getSections().map(v),
                tasks: db.getTasks().map((task: any) => ({ section: v(task.section), task: v(task.task), score: task.score, people: task.people.map(v) }))
            };
        case 'xychart': {
            const data = db.getXYChartData();
            return {
                type: 'xychart', ...common, title: v(db.getDiagramTitle()),
                xTitle: v(data.xAxis.title), yTitle: v(data.yAxis.title),
                categories: (data.xAxis.categories ?? []).map(v),
                yRange: [data.yAxis.min, data.yAxis.max],
                lines: data.plots.map((plot: any) => ({ title: v(plot.title), values: plot.data.map((point: any) => point[1]), colour: plot.strokeFill }))
            };
        }
        case 'block': {
            const blocks = db.getBlocksFlat().filter((block: any) => block.type !== 'space' && block.id !== 'root');
            return {
                type: 'block', ...common,
                columns: db.getColumns('root'),
                blocks: blocks.map((block: any) => ({ id: block.id, label: v(block.label), type: block.type, width: block.widthInColumns ?? 1, styles: block.styles ?? [] }))
            };
        }
        case 'timeline':
            return {
                type: 'timeline', ...common, title: v(db.getCommonDb?.().getDiagramTitle?.() ?? ''),
                sections: db.getSections().map(v),
                periods: db.getTasks().map((task: any) => ({ section: v(task.section), period: v(task.task), events: task.events.map(v) }))
            };
        default:
            throw new Error(`readDiagram: no reader for diagram type ${diagram.type}`);
    }
}

/**
 * `mermaid.render` in jsdom (layout is faked: sizes are meaningless, the SVG's structure and text
 * are real). `config` is passed to `mermaid.initialize` first, as a renderer would.
 */
export async function renderMermaid(text: string, config: Record<string, unknown> = {}): Promise<string> {
    const mermaid = await loadMermaid();
    mermaid.initialize({ startOnLoad: false, ...config });
    try {
        const { svg } = await mermaid.render(`m${Math.random().toString(36).slice(2)}`, text);
        return svg;
    } finally {
        mermaid.initialize({ startOnLoad: false });
    }
}
