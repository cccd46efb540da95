import type { PreviewTheme } from '../../protocol/page-messages.js';
import { labelsAsWritten } from './html-labels.js';
import { mermaidConfig, type LabelKind, type MermaidApi } from './mermaid-config.js';

declare const mermaid: MermaidApi;

let renderCount = 0;

/** Renders Mermaid text to SVG markup with the user's theme (mermaid-config.ts). */
export async function renderMermaid(text: string, theme: PreviewTheme, maxTextSize: number, labels: LabelKind = 'svg'): Promise<string> {
    mermaid.initialize(mermaidConfig(theme, maxTextSize, labels));
    const { svg } = await mermaid.render(`journey-diagram-${++renderCount}`, text);
    return svg;
}

/** What the page draws: the Mermaid text, and for a block diagram the digest of each label's text (DiagramsResult.labelDigests). */
export interface Drawing {
    mermaid: string;
    labelDigests?: Readonly<Record<string, string>>;
    maxTextSize?: number;
}

/**
 * Renders a drawing to an SVG element, not yet in the page: with HTML labels when the drawing gives its
 * labels and Mermaid drew each exactly as given, else with SVG text (html-labels.ts says why).
 */
export async function renderDrawing(drawing: Drawing, theme: PreviewTheme): Promise<SVGSVGElement> {
    const maxTextSize = drawing.maxTextSize ?? 50_000;
    if (drawing.labelDigests) {
        // Any failure of the HTML-label drawing leaves the SVG-text one to try (and to report its error).
        const svg = parsed(await renderMermaid(drawing.mermaid, theme, maxTextSize, 'html').catch(() => ''));
        if (svg && labelsAsWritten(svg, drawing.labelDigests)) {
            return svg;
        }
    }
    const svg = parsed(await renderMermaid(drawing.mermaid, theme, maxTextSize, 'svg'));
    if (!svg) {
        throw new Error('Mermaid returned no SVG');
    }
    return svg;
}

/** Mermaid's markup as an element of an inert template: nothing in it runs or loads until it is put in the page. */
function parsed(markup: string): SVGSVGElement | undefined {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return template.content.querySelector('svg') ?? undefined;
}
