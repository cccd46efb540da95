import MarkdownIt from 'markdown-it';
import { journeyFencePlugin, type FenceWords, type MarkdownItLike } from '../../client/markdown-preview/journey-fence.js';
import { renderJourneyBlock, type BlockOptions } from '../../language/index.js';
import type { RenderBlockResult } from '../../protocol/preview-data.js';

/**
 * A Markdown document as VS Code's Markdown preview renders it: markdown-it with raw HTML allowed,
 * the plugin (client/markdown-preview/journey-fence.ts) with the language's rendering of each block.
 */
export async function renderMarkdownPreview(markdown: string, options?: BlockOptions, words?: FenceWords): Promise<string> {
    const md = new MarkdownIt({ html: true });
    // markdown-it renders synchronously: the blocks are rendered first, then given to the plugin.
    const renderings = new Map<string, RenderBlockResult>();
    const fences = md.parse(markdown, {}).filter(token => token.type === 'fence' && token.info.trim().startsWith('journey'));
    for (const fence of fences) {
        renderings.set(fence.content, await renderJourneyBlock(fence.content, undefined, options));
    }
    journeyFencePlugin(md as unknown as MarkdownItLike, params => renderings.get(params.text ?? ''), () => undefined, words);
    return md.render(markdown);
}
