import type { PreviewTheme } from '../../protocol/page-messages.js';

/**
 * How Mermaid is set up wherever a journey map is drawn: the preview page and VS Code's Markdown
 * preview. `securityLevel: 'strict'` and, by default, plain SVG text labels: a label is shown, never
 * interpreted. HTML labels only where the page checks what Mermaid made of each (html-labels.ts).
 */

/** The part of Mermaid's API (loaded from dist/mermaid.min.js as the global `mermaid`) the pages use. */
export interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
}

/** Emotion-curve line colours that stand out on light, dark and high-contrast backgrounds. */
const PLOT_COLOURS: Record<PreviewTheme, string> = {
    'light': '#1f6feb, #cf222e, #1a7f37, #8250df',
    'dark': '#58a6ff, #ff7b72, #3fb950, #d2a8ff',
    'high-contrast': '#ffff00, #00ffff, #ff00ff, #ffffff'
};

/** How labels are drawn: SVG text (every renderer shows it), or HTML (faster to lay out, checked by the page). */
export type LabelKind = 'svg' | 'html';

/** The configuration for `mermaid.initialize`: the theme, the `maxTextSize` the diagram needs, the kind of labels. */
export function mermaidConfig(theme: PreviewTheme, maxTextSize: number, labels: LabelKind = 'svg'): Record<string, unknown> {
    return {
        startOnLoad: false,
        securityLevel: 'strict',
        maxTextSize,
        htmlLabels: labels === 'html',
        // A diagram Mermaid cannot read throws, instead of drawing Mermaid's error picture: one parse, no second one to check first.
        suppressErrorRendering: true,
        theme: theme === 'light' ? 'default' : theme === 'dark' ? 'dark' : 'base',
        themeVariables: {
            ...(theme === 'high-contrast' ? {
                background: '#000000', primaryColor: '#000000', primaryTextColor: '#ffffff', primaryBorderColor: '#ffffff',
                lineColor: '#ffffff', textColor: '#ffffff', mainBkg: '#000000', secondaryColor: '#1a1a1a', tertiaryColor: '#000000'
            } : {}),
            xyChart: { plotColorPalette: PLOT_COLOURS[theme] }
        }
    };
}
