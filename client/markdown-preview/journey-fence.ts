import type { RenderBlockParams, RenderBlockResult } from '../../protocol/preview-data.js';

/** The part of markdown-it the plugin touches (VS Code's Markdown preview passes its instance). */
export interface MarkdownItLike {
    renderer: { rules: Record<string, RenderRule | undefined> };
    utils: { escapeHtml(text: string): string };
    core: { ruler: { push(name: string, rule: (state: CoreState) => void): void } };
}
type RenderRule = (tokens: Array<{ info: string; content: string; meta?: unknown }>, index: number, options: unknown, env: unknown, self: { renderToken(tokens: unknown[], index: number, options: unknown): string }) => string;
interface CoreState {
    inlineMode: boolean;
    tokens: Array<{ content: string }>;
    Token: new (type: string, tag: string, nesting: number) => { content: string; block: boolean; meta: unknown };
}

/** The attribute that carries a render's key (see KEY_CLASS). */
const KEY_ATTRIBUTE = 'data-journey-key';

/** The plugin's own words, in the reader's language (the extension gives them from its l10n catalogue). */
export interface FenceWords {
    drawing: string;
    hasErrors: string;
    /** `{0}` the line, `{1}` the message. */
    problemLine: string;
    nothingToDraw: string;
    /** What the preview page says before Mermaid's message when Mermaid fails. */
    mermaidFailed: string;
}

export const ENGLISH_FENCE_WORDS: FenceWords = {
    drawing: 'Drawing the journey map…',
    hasErrors: 'This journey map has errors',
    problemLine: 'Line {0}: {1}',
    nothingToDraw: 'Nothing to draw.',
    mermaidFailed: 'Mermaid could not draw this journey map:'
};

/** How the plugin obtains a block's rendering: at once when known, else `undefined` (it is fetched, then the preview refreshes). */
export type BlockSource = (params: RenderBlockParams) => RenderBlockResult | undefined;

/**
 * A markdown-it plugin: a fenced ```journey block becomes its diagram. The info string may choose
 * the view and the journey, or name a map file instead of holding one:
 * ```journey view=emotion journey=gift_purchase
 * ```journey file=../examples/gift-purchase.journey view=lanes
 */
export function journeyFencePlugin(md: MarkdownItLike, source: BlockSource, resolveFile: (path: string, env: unknown) => string | undefined, words: FenceWords = ENGLISH_FENCE_WORDS): void {
    const fallback = md.renderer.rules.fence;
    const escape = md.utils.escapeHtml;
    // Each render gets a new random key, written first in the document (before anything the author
    // wrote) and on each block the plugin renders. The preview script draws only the blocks that carry
    // the document's first key: a `<pre class="journey-mermaid">` the author wrote in
    // raw HTML (with an init directive that turns HTML labels on, say) cannot know it.
    md.core.ruler.push('journey_key', state => {
        if (state.inlineMode) {
            return;
        }
        const key = randomKey();
        const marker = new state.Token('html_block', '', 0);
        marker.content = `<div hidden class="journey-key" ${KEY_ATTRIBUTE}="${key}"></div>\n`;
        marker.block = true;
        marker.meta = { journeyKey: key };
        state.tokens.unshift(marker);
    });
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
        const token = tokens[index];
        const [language, ...attributes] = token.info.trim().split(/\s+/);
        if (language !== 'journey') {
            return fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
        }
        const info = Object.fromEntries(attributes.map(pair => pair.split('=')).filter(pair => pair.length === 2)) as Record<string, string>;
        const file = info.file ? resolveFile(info.file, env) : undefined;
        const rendering = source({ text: file ? undefined : token.content, file, view: info.view, journey: info.journey });
        // The key of the render these tokens came from (VS Code may render cached tokens again).
        const key = (tokens[0]?.meta as { journeyKey?: string } | undefined)?.journeyKey ?? '';
        return renderBlock(rendering, escape, key, words);
    };
}

function randomKey(): string {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('');
}

function renderBlock(rendering: RenderBlockResult | undefined, escape: (text: string) => string, key: string, words: FenceWords): string {
    if (!rendering) {
        return `<div class="journey-block journey-pending">${escape(words.drawing)}</div>\n`;
    }
    if (rendering.errors.length > 0) {
        const line = (error: RenderBlockResult['errors'][number]) =>
            escape(words.problemLine.replace('{0}', String(error.line)).replace('{1}', () => `${error.message}${error.code ? ` (${error.code})` : ''}`));
        const items = rendering.errors.map(error => `<li>${line(error)}</li>`).join('');
        return `<div class="journey-block journey-errors"><strong>${escape(words.hasErrors)}</strong><ul>${items}</ul></div>\n`;
    }
    if (!rendering.mermaid) {
        return `<div class="journey-block journey-notice">${escape(rendering.notice ?? words.nothingToDraw)}</div>\n`;
    }
    // The page script has no catalogue: the words it may need travel with the block.
    return `<div class="journey-block"><pre class="journey-mermaid" ${KEY_ATTRIBUTE}="${key}" data-max-text-size="${rendering.maxTextSize ?? 50000}" data-failed="${escape(words.mermaidFailed)}">${escape(rendering.mermaid)}</pre></div>\n`;
}
