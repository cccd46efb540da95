/**
 * Runs in VS Code's Markdown preview: draws each rendered ```journey block with Mermaid (loaded
 * before this script), in the preview's theme, after every update of the preview.
 */
import type { PreviewTheme } from '../../protocol/page-messages.js';
import { mermaidConfig, type MermaidApi } from '../webview/mermaid-config.js';
import { naturalSize, trimSideMargins } from '../webview/svg-size.js';
import { decodeCharacterReferences } from '../webview/svg-text.js';

declare const mermaid: MermaidApi;

/** VS Code loads the preview's scripts with `async`: Mermaid may arrive after this script. */
function mermaidLoaded(): Promise<void> {
    return new Promise(resolve => {
        const check = () => (typeof mermaid === 'undefined' ? setTimeout(check, 50) : resolve());
        check();
    });
}

let count = 0;

/** The theme of VS Code, from the classes it gives the preview's body. */
function theme(): PreviewTheme {
    const classes = document.body.classList;
    return classes.contains('vscode-high-contrast') ? 'high-contrast' : classes.contains('vscode-dark') ? 'dark' : 'light';
}

/**
 * The key of this render: the plugin writes it before anything the author wrote (client/markdown-preview/
 * journey-fence.ts), so the first key marker of the document is the plugin's (VS Code may put
 * elements of its own before it). No key: nothing is drawn.
 */
function renderKey(): string | undefined {
    const marker = document.querySelector<HTMLElement>('.journey-key');
    return marker?.dataset.journeyKey || undefined;
}

async function drawBlocks(): Promise<void> {
    await mermaidLoaded();
    const key = renderKey();
    // Only the blocks the plugin rendered in this render: a forged `<pre class="journey-mermaid">` stays text.
    const blocks = key === undefined ? [] : Array.from(document.querySelectorAll<HTMLPreElement>('pre.journey-mermaid')).filter(pre => pre.dataset.journeyKey === key);
    for (const pre of blocks) {
        const text = pre.textContent ?? '';
        mermaid.initialize(mermaidConfig(theme(), Number(pre.dataset.maxTextSize) || 50_000));
        try {
            const { svg } = await mermaid.render(`journey-block-${++count}`, text);
            const figure = document.createElement('div');
            figure.className = 'journey-diagram';
            figure.innerHTML = svg;
            decodeCharacterReferences(figure);
            pre.replaceWith(figure);
            // Both measure what is drawn: the figure is in the page by now.
            trimSideMargins(figure.querySelector('svg'));
            drawAtNaturalSize(figure.querySelector('svg'));
        } catch (error) {
            pre.insertAdjacentText('beforebegin', `${pre.dataset.failed ?? 'Mermaid could not draw this journey map:'} ${(error as Error).message}`);
        }
    }
}

/** Mermaid sizes a diagram to its container (useMaxWidth): give it its own size, so wide maps scroll. */
function drawAtNaturalSize(svg: SVGSVGElement | null): void {
    const natural = naturalSize(svg);
    if (svg && natural) {
        svg.style.width = `${natural.width}px`;
        svg.style.height = `${natural.height}px`;
    }
}

window.addEventListener('vscode.markdown.updateContent', () => void drawBlocks());
void drawBlocks();
