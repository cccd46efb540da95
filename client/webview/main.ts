import type { HostMessage, PageWords, PreviewState, PreviewTheme, WebviewMessage } from '../../protocol/page-messages.js';
import type { DiagramsResult, ElementRef, PreviewProblem } from '../../protocol/preview-data.js';
import { alignStageNamesLeft, markDrawnElements, nodesOf } from './drawn-nodes.js';
import { renderDrawing } from './mermaid-renderer.js';
import { PanZoom } from './pan-zoom.js';
import { naturalSize, trimSideMargins } from './svg-size.js';
import { decodeCharacterReferences } from './svg-text.js';

/**
 * The preview page: it asks the extension for diagrams, renders their Mermaid text, keeps the last
 * good diagram while the map has errors, and reports clicks. It never reads `.journey` text.
 */

interface VsCodeApi {
    postMessage(message: WebviewMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** The page's own words, in the reader's language: the panel wrote them into the page (client/preview/page-words.ts). */
const words = JSON.parse(document.getElementById('page-words')?.textContent ?? 'null') as PageWords;

/** A template of `words` with `{0}`, `{1}`… filled in. */
const fill = (template: string, ...values: Array<string | number>) =>
    template.replace(/\{(\d+)\}/g, (whole, index: string) => index in values ? String(values[Number(index)]) : whole);

const vscode = acquireVsCodeApi();
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const canvas = element<HTMLDivElement>('canvas');
const viewport = element<HTMLElement>('viewport');
const notice = element<HTMLParagraphElement>('notice');
const problems = element<HTMLElement>('problems');
const journeyPicker = element<HTMLSelectElement>('journey');
const viewButtons = element<HTMLElement>('views');

let current: DiagramsResult | undefined;
let lastGood: { result: DiagramsResult } | undefined;
let theme: PreviewTheme = 'light';
let highlighted: ElementRef | undefined;
let state: PreviewState | undefined = vscode.getState();

const zoomLevel = element<HTMLButtonElement>('zoom-level');
let stateTimer: ReturnType<typeof setTimeout> | undefined;
const panZoom = new PanZoom(viewport, canvas, state?.zoom, zoom => {
    zoomLevel.textContent = `${Math.round(zoom.scale * 100)}%`;
    if (state) {
        state = { ...state, zoom };
        vscode.setState(state);
        // Scrolling fires often: tell the extension (which keeps the zoom for a reload) once it settles.
        clearTimeout(stateTimer);
        stateTimer = setTimeout(() => state && vscode.postMessage({ type: 'state', state }), 250);
    }
});

window.addEventListener('message', event => void receive(event.data as HostMessage));
element('zoom-in').addEventListener('click', () => panZoom.zoomBy(1.2));
element('zoom-out').addEventListener('click', () => panZoom.zoomBy(1 / 1.2));
element('zoom-fit').addEventListener('click', () => panZoom.fit());
zoomLevel.addEventListener('click', () => panZoom.actualSize());
// The extension asks where to save, then asks the page for the picture (exportRequest).
for (const format of ['svg', 'png', 'markdown'] as const) {
    element(`export-${format}`).addEventListener('click', () => vscode.postMessage({ type: 'exportAsked', format }));
}
journeyPicker.addEventListener('change', () => vscode.postMessage({ type: 'select', journey: journeyPicker.value }));
// A click on a drawn element goes to the element it stands for (by identity, never by its label).
canvas.addEventListener('click', event => {
    const drawn = (event.target as Element).closest('[data-jm]');
    const element = drawn ? current?.elements?.[Number(drawn.getAttribute('data-jm'))]?.element : undefined;
    if (element) {
        vscode.postMessage({ type: 'locate', element });
    }
});
vscode.postMessage({ type: 'ready' });

async function receive(message: HostMessage): Promise<void> {
    switch (message.type) {
        case 'diagram':
            theme = message.theme;
            return show(message.result);
        case 'theme':
            theme = message.theme;
            return lastGood ? show(current ?? lastGood.result, true) : undefined;
        case 'highlight':
            highlighted = message.element;
            return highlight();
        case 'exportRequest':
            return exportAs(message.format);
        case 'serverStatus':
            return showServerStatus(message.message);
    }
}

/** A line over the diagram while the language server is not running (the diagram shown may be out of date). */
function showServerStatus(text: string | undefined): void {
    let status = document.getElementById('server-status');
    if (!status) {
        status = document.createElement('p');
        status.id = 'server-status';
        status.setAttribute('role', 'status');
        document.body.append(status);
    }
    status.hidden = !text;
    status.textContent = text ?? '';
}

async function show(result: DiagramsResult, rerender = false): Promise<void> {
    const newFile = state?.uri !== result.uri;
    current = result;
    state = { ...(state ?? { locked: false }), uri: result.uri, journey: result.journey ?? state?.journey, view: result.view ?? state?.view, locked: state?.locked ?? false };
    vscode.setState(state);
    showProblems(result.errors);
    if (result.journeys.length > 0) {
        showToolbar(result);
    }
    if (!result.mermaid) {
        // Errors: keep the last good diagram of this file (the problems say why). No diagram for another
        // reason (too big to draw, no journey, a server failure): say why, instead of an old diagram.
        const keep = result.errors.length > 0 && lastGood && lastGood.result.uri === result.uri;
        showNotice(keep ? undefined : result.notice ?? (result.errors.length ? 'Fix the errors to see the map.' : undefined));
        if (!keep) {
            canvas.replaceChildren();
        }
        return;
    }
    if (!rerender && lastGood && lastGood.result.mermaid === result.mermaid && canvas.firstChild) {
        showNotice(undefined);
        markShown();
        return;
    }
    try {
        const svg = await renderDrawing({ mermaid: result.mermaid, labelDigests: result.labelDigests, maxTextSize: result.maxTextSize }, theme);
        canvas.replaceChildren(svg);
        finishDrawing(svg, result);
        lastGood = { result };
        showNotice(undefined);
        if (newFile) {
            panZoom.actualSize();
        } else {
            panZoom.apply();
        }
        highlight();
        markShown();
    } catch (error) {
        const message = `Mermaid could not draw this diagram: ${(error as Error).message ?? error}`;
        showNotice(lastGood ? `${message} (showing the last diagram that could be drawn)` : message);
        vscode.postMessage({ type: 'renderFailed', message });
    }
}

/** What the page adds to Mermaid's drawing once it is in the page (measuring needs layout). */
function finishDrawing(svg: SVGSVGElement, result: DiagramsResult): void {
    decodeCharacterReferences(svg);
    trimSideMargins(svg);
    markDrawnElements(svg, result.elements ?? []);
    alignStageNamesLeft(svg, result.elements ?? []);
}

/** Counts the diagrams shown and names the document shown, for tests and for the extension's export to wait on. */
function markShown(): void {
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? 0) + 1);
    document.body.dataset.shownUri = current?.uri ?? '';
    vscode.postMessage({ type: 'shown' });
}

function showToolbar(result: DiagramsResult): void {
    journeyPicker.hidden = result.journeys.length < 2;
    journeyPicker.replaceChildren(...result.journeys.map(journey => {
        const option = document.createElement('option');
        option.value = journey.name;
        option.textContent = journey.label;
        option.selected = journey.name === result.journey;
        return option;
    }));
    const views = result.journeys.find(journey => journey.name === result.journey)?.views ?? [];
    viewButtons.replaceChildren(...views.map(view => {
        const button = document.createElement('button');
        button.textContent = words.views[view];
        button.setAttribute('aria-pressed', String(view === result.view));
        button.addEventListener('click', () => vscode.postMessage({ type: 'select', view }));
        return button;
    }));
}

function showNotice(text: string | undefined): void {
    notice.hidden = !text;
    notice.textContent = text ?? '';
}

function showProblems(errors: PreviewProblem[]): void {
    problems.hidden = errors.length === 0;
    const heading = document.createElement('strong');
    heading.textContent = fill(errors.length === 1 ? words.oneError : words.manyErrors, errors.length);
    const items = errors.slice(0, 20).map(problem => {
        const item = document.createElement('button');
        item.className = 'problem';
        item.textContent = `${fill(words.problemLine, problem.range.start.line + 1, problem.message)}${problem.code ? ` (${problem.code})` : ''}`;
        item.addEventListener('click', () => vscode.postMessage({ type: 'revealProblem', range: problem.range }));
        return item;
    });
    problems.replaceChildren(heading, ...items);
}

/** Marks what the diagram draws of the element the editor's cursor is in. */
function highlight(): void {
    for (const marked of canvas.querySelectorAll('.jm-highlight')) {
        marked.classList.remove('jm-highlight');
    }
    for (const node of highlighted ? nodesOf(canvas, current?.elements ?? [], highlighted) : []) {
        node.classList.add('jm-highlight');
    }
}

/**
 * The drawn diagram as a file of its own: at its natural size (not the zoom in use), without the
 * cursor's highlight, on the page's background, labels as SVG text (a non-browser renderer such as
 * librsvg shows them).
 */
function exportMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const natural = naturalSize(svg) ?? { width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height };
    copy.removeAttribute('style');
    copy.setAttribute('width', String(Math.ceil(natural.width)));
    copy.setAttribute('height', String(Math.ceil(natural.height)));
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    // Mermaid writes each word of an SVG text line as a tspan starting with its space: librsvg (and SVG's
    // default white-space rule) drops such a space, and the words ran together ("Readstheinternship").
    copy.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    copy.style.backgroundColor = pageBackground();
    for (const marked of copy.querySelectorAll('.jm-highlight')) {
        marked.classList.remove('jm-highlight');
    }
    return { markup: new XMLSerializer().serializeToString(copy), width: natural.width, height: natural.height };
}

function pageBackground(): string {
    return getComputedStyle(document.body).backgroundColor || '#ffffff';
}

/**
 * The diagram shown, with its labels as SVG text: the one on screen, or (when it has HTML labels, which
 * librsvg and most editors of SVG files do not show) the same drawn again with SVG text, out of sight.
 */
async function drawingWithSvgText(): Promise<{ svg: SVGSVGElement; done: () => void } | undefined> {
    const shown = canvas.querySelector('svg');
    if (!shown || !current?.mermaid || !shown.querySelector('foreignObject')) {
        return shown ? { svg: shown, done: () => undefined } : undefined;
    }
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
    document.body.append(holder);
    try {
        const svg = await renderDrawing({ mermaid: current.mermaid, maxTextSize: current.maxTextSize }, theme);
        holder.append(svg);
        finishDrawing(svg, current);
        return { svg, done: () => holder.remove() };
    } catch (error) {
        holder.remove();
        throw error;
    }
}

/** Answers the extension's exportRequest with the picture (SVG markup, or a PNG at twice the natural size for slides). */
async function exportAs(format: 'svg' | 'png'): Promise<void> {
    const drawing = await drawingWithSvgText().catch(() => undefined);
    if (!drawing) {
        vscode.postMessage({ type: 'exportData', format });
        return;
    }
    const { markup, width, height } = exportMarkup(drawing.svg);
    drawing.done();
    if (format === 'svg') {
        vscode.postMessage({ type: 'exportData', format, data: markup });
        return;
    }
    const image = new Image();
    image.onload = () => {
        const picture = document.createElement('canvas');
        picture.width = Math.ceil(width) * PNG_SCALE;
        picture.height = Math.ceil(height) * PNG_SCALE;
        const context = picture.getContext('2d')!;
        context.fillStyle = pageBackground();
        context.fillRect(0, 0, picture.width, picture.height);
        context.drawImage(image, 0, 0, picture.width, picture.height);
        vscode.postMessage({ type: 'exportData', format, data: picture.toDataURL('image/png') });
    };
    image.onerror = () => vscode.postMessage({ type: 'exportData', format });
    image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(markup)))}`;
}

/** PNG exports have twice the diagram's pixels: sharp on a slide or a high-density screen. */
const PNG_SCALE = 2;
