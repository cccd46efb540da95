import type { RenderBlockParams, RenderBlockResult } from '../../server/protocol.js';

/** The part of markdown-it the plugin touches (VS Code's Markdown preview passes its instance). */
export interface MarkdownItLike {
    renderer: { rules: Record<string, RenderRule | undefined> };
    utils: { escapeHtml(text: string): string };
}
type RenderRule = (tokens: Array<{ info: string; content: string }>, index: number, options: unknown, env: unknown, self: { renderToken(tokens: unknown[], index: number, options: unknown): string }) => string;

/** How the plugin obtains a block's rendering: at once when known, else `undefined` (it is fetched, then the preview refreshes). */
export type BlockSource = (params: RenderBlockParams) => RenderBlockResult | undefined;

/**
 * A markdown-it plugin: a fenced ```journey block becomes its diagram. The info string may choose
 * the view and the journey, or name a map file instead of holding one:
 * ```journey view=emotion journey=gift_purchase
 * ```journey file=../examples/gift-purchase.journey view=lanes
 */
export function journeyFencePlugin(md: MarkdownItLike, source: BlockSource, resolveFile: (path: string, env: unknown) => string | undefined): void {
    const fallback = md.renderer.rules.fence;
    const escape = md.utils.escapeHtml;
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
        const token = tokens[index];
        const [language, ...attributes] = token.info.trim().split(/\s+/);
        if (language !== 'journey') {
            return fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
        }
        const info = Object.fromEntries(attributes.map(pair => pair.split('=')).filter(pair => pair.length === 2)) as Record<string, string>;
        const file = info.file ? resolveFile(info.file, env) : undefined;
        const rendering = source({ text: file ? undefined : token.content, file, view: info.view, journey: info.journey });
        return renderBlock(rendering, escape);
    };
}

function renderBlock(rendering: RenderBlockResult | undefined, escape: (text: string) => string): string {
    if (!rendering) {
        return '<div class="journey-block journey-pending">Drawing the journey map…</div>\n';
    }
    if (rendering.errors.length > 0) {
        const items = rendering.errors.map(error => `<li>Line ${error.line}: ${escape(error.message)}${error.code ? ` (${escape(error.code)})` : ''}</li>`).join('');
        return `<div class="journey-block journey-errors"><strong>This journey map has errors</strong><ul>${items}</ul></div>\n`;
    }
    if (!rendering.mermaid) {
        return `<div class="journey-block journey-notice">${escape(rendering.notice ?? 'Nothing to draw.')}</div>\n`;
    }
    return `<div class="journey-block"><pre class="journey-mermaid" data-max-text-size="${rendering.maxTextSize ?? 50000}">${escape(rendering.mermaid)}</pre></div>\n`;
}
