import type { DiagramsResult, HostMessage, PreviewProblem, PreviewState, PreviewTheme, ViewName, WebviewMessage } from '../../server/protocol.js';
import { renderMermaid } from './mermaid-renderer.js';
import { PanZoom } from './pan-zoom.js';
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

const VIEW_TITLES: Record<ViewName, string> = {
    journey: 'Journey', lanes: 'Lanes', emotion: 'Emotion', blueprint: 'Blueprint', day: 'Day', compare: 'Compare'
};

const vscode = acquireVsCodeApi();
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const canvas = element<HTMLDivElement>('canvas');
const viewport = element<HTMLElement>('viewport');
const notice = element<HTMLParagraphElement>('notice');
const problems = element<HTMLElement>('problems');
const journeyPicker = element<HTMLSelectElement>('journey');
const viewButtons = element<HTMLElement>('views');

let current: DiagramsResult | undefined;
let lastGood: { result: DiagramsResult; svg: string } | undefined;
let theme: PreviewTheme = 'light';
let highlighted: string | undefined;
let state: PreviewState | undefined = vscode.getState();

const panZoom = new PanZoom(viewport, canvas, state?.zoom, zoom => {
    if (state) {
        state = { ...state, zoom };
        vscode.setState(state);
        vscode.postMessage({ type: 'state', state });
    }
});

window.addEventListener('message', event => void receive(event.data as HostMessage));
element('zoom-in').addEventListener('click', () => panZoom.zoomBy(1.2));
element('zoom-out').addEventListener('click', () => panZoom.zoomBy(1 / 1.2));
element('zoom-reset').addEventListener('click', () => panZoom.fit());
element('export-svg').addEventListener('click', () => exportAs('svg'));
element('export-png').addEventListener('click', () => exportAs('png'));
element('export-markdown').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'markdown' }));
journeyPicker.addEventListener('change', () => vscode.postMessage({ type: 'select', journey: journeyPicker.value }));
canvas.addEventListener('click', event => {
    const target = event.target as Element;
    const text = textOf(target.closest('text'));
    const context = textOf(target.closest('g'));
    if (text || context) {
        vscode.postMessage({ type: 'locate', text: text ?? '', context });
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
            highlighted = message.label;
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
        const svg = await renderMermaid(result.mermaid, theme, result.maxTextSize ?? 50_000);
        canvas.innerHTML = svg;
        decodeCharacterReferences(canvas);
        naturalSize(canvas.querySelector('svg'));
        lastGood = { result, svg };
        showNotice(undefined);
        if (newFile) {
            panZoom.fit();
        }
        highlight();
        markShown();
    } catch (error) {
        const message = `Mermaid could not draw this diagram: ${(error as Error).message ?? error}`;
        showNotice(lastGood ? `${message} (showing the last diagram that could be drawn)` : message);
        vscode.postMessage({ type: 'renderFailed', message });
    }
}

/** Mermaid sizes some diagrams to their container: give the SVG its own size, so zoom 1 means 1:1. */
function naturalSize(svg: SVGSVGElement | null): void {
    const box = svg?.viewBox.baseVal;
    if (svg && box && box.width > 0) {
        svg.setAttribute('width', String(box.width));
        svg.setAttribute('height', String(box.height));
        svg.style.maxWidth = 'none';
    }
}

/** Counts the diagrams shown, for tests and for the extension's export to wait on. */
function markShown(): void {
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? 0) + 1);
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
        button.textContent = VIEW_TITLES[view];
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
    heading.textContent = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}: the map shows the last version without errors.`;
    const items = errors.slice(0, 20).map(problem => {
        const item = document.createElement('button');
        item.className = 'problem';
        item.textContent = `Line ${problem.range.start.line + 1}: ${problem.message}${problem.code ? ` (${problem.code})` : ''}`;
        item.addEventListener('click', () => vscode.postMessage({ type: 'revealProblem', range: problem.range }));
        return item;
    });
    problems.replaceChildren(heading, ...items);
}

/** The text of a clicked diagram element, if any. */
function textOf(element: Element | null): string | undefined {
    const text = element?.textContent?.trim();
    return text ? text.slice(0, 10_000) : undefined;
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/** Marks the diagram elements whose text is the highlighted label. */
function highlight(): void {
    for (const marked of canvas.querySelectorAll('.jm-highlight')) {
        marked.classList.remove('jm-highlight');
    }
    const wanted = highlighted ? squash(highlighted) : undefined;
    if (!wanted) {
        return;
    }
    for (const text of canvas.querySelectorAll('text')) {
        const content = squash(text.textContent ?? '');
        if (content.length > 0 && (content === wanted || (content.length > 3 && wanted.startsWith(content)))) {
            (text.closest('g') ?? text).classList.add('jm-highlight');
        }
    }
}

function exportAs(format: 'svg' | 'png'): void {
    const svg = canvas.querySelector('svg');
    if (!svg) {
        vscode.postMessage({ type: 'export', format });
        return;
    }
    const markup = new XMLSerializer().serializeToString(svg);
    if (format === 'svg') {
        vscode.postMessage({ type: 'export', format, data: markup });
        return;
    }
    const box = svg.getBoundingClientRect();
    const scale = 2 / (state?.zoom?.scale ?? 1);
    const image = new Image();
    image.onload = () => {
        const canvasElement = document.createElement('canvas');
        canvasElement.width = Math.ceil(box.width * scale);
        canvasElement.height = Math.ceil(box.height * scale);
        const context = canvasElement.getContext('2d')!;
        context.fillStyle = getComputedStyle(document.body).getPropertyValue('--vscode-editor-background') || '#ffffff';
        context.fillRect(0, 0, canvasElement.width, canvasElement.height);
        context.drawImage(image, 0, 0, canvasElement.width, canvasElement.height);
        vscode.postMessage({ type: 'export', format, data: canvasElement.toDataURL('image/png') });
    };
    image.onerror = () => vscode.postMessage({ type: 'export', format });
    image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(markup)))}`;
}
