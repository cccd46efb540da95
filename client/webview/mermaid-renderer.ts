import type { PreviewTheme } from '../../protocol/page-messages.js';

/** The part of Mermaid's API (loaded from dist/mermaid.min.js as the global `mermaid`) the preview uses. */
interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
}

declare const mermaid: MermaidApi;

/** Emotion-curve line colours that stand out on light, dark and high-contrast backgrounds. */
const PLOT_COLOURS: Record<PreviewTheme, string> = {
    'light': '#1f6feb, #cf222e, #1a7f37, #8250df',
    'dark': '#58a6ff, #ff7b72, #3fb950, #d2a8ff',
    'high-contrast': '#ffff00, #00ffff, #ff00ff, #ffffff'
};

let renderCount = 0;

/**
 * Renders Mermaid text to SVG markup with the user's theme. `securityLevel: 'strict'` and plain SVG
 * text labels (no HTML labels): a label is shown, never interpreted.
 */
export async function renderMermaid(text: string, theme: PreviewTheme, maxTextSize: number): Promise<string> {
    mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        maxTextSize,
        htmlLabels: false,
        flowchart: { htmlLabels: false },
        theme: theme === 'light' ? 'default' : theme === 'dark' ? 'dark' : 'base',
        themeVariables: {
            ...(theme === 'high-contrast' ? {
                background: '#000000', primaryColor: '#000000', primaryTextColor: '#ffffff', primaryBorderColor: '#ffffff',
                lineColor: '#ffffff', textColor: '#ffffff', mainBkg: '#000000', secondaryColor: '#1a1a1a', tertiaryColor: '#000000'
            } : {}),
            xyChart: { plotColorPalette: PLOT_COLOURS[theme] }
        }
    });
    await mermaid.parse(text);
    const { svg } = await mermaid.render(`journey-diagram-${++renderCount}`, text);
    return svg;
}
