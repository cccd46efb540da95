import type { PreviewTheme } from '../../protocol/page-messages.js';
import { mermaidConfig, type MermaidApi } from './mermaid-config.js';

declare const mermaid: MermaidApi;

let renderCount = 0;

/** Renders Mermaid text to SVG markup with the user's theme (mermaid-config.ts). */
export async function renderMermaid(text: string, theme: PreviewTheme, maxTextSize: number): Promise<string> {
    mermaid.initialize(mermaidConfig(theme, maxTextSize));
    await mermaid.parse(text);
    const { svg } = await mermaid.render(`journey-diagram-${++renderCount}`, text);
    return svg;
}
