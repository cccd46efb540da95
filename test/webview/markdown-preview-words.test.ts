// A ```journey block in VS Code's Markdown preview speaks the reader's language: the plugin's own
// words (the error heading, "Line N", the Mermaid failure) come from the extension's l10n catalogue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_FENCE_WORDS, type FenceWords } from '../../client/markdown-preview/journey-fence.js';
import { renderMarkdownPreview } from '../helpers/markdown-preview.js';

/** The plugin's words as the extension gives them to a Vietnamese reader (vscode.l10n with the Vietnamese bundle). */
function vietnameseWords(): FenceWords {
    const catalogue = JSON.parse(readFileSync('l10n/bundle.l10n.vi.json', 'utf8')) as Record<string, string>;
    return Object.fromEntries(Object.entries(ENGLISH_FENCE_WORDS).map(([key, english]) => [key, catalogue[english]])) as unknown as FenceWords;
}

const broken = '```journey\npersona lan "Lan"\njourney j "J" {\n  persona lan\n  stage s {\n    touchpoint t {\n      emotion 9\n    }\n  }\n}\n```\n';
const good = '```journey\npersona lan "Lan"\njourney j "J" {\n  persona lan\n  stage s {\n    touchpoint t "Mua"\n  }\n}\n```\n';

describe('the Markdown preview plugin in the reader\'s language', () => {
    it('has a Vietnamese word for each of its English ones', () => {
        const words = vietnameseWords();
        for (const [key, english] of Object.entries(ENGLISH_FENCE_WORDS)) {
            expect(words[key as keyof FenceWords], english).toBeTruthy();
            expect(words[key as keyof FenceWords]).not.toBe(english);
        }
    });

    it('heads a block with errors, numbers its lines and names the Mermaid failure in Vietnamese', async () => {
        const html = await renderMarkdownPreview(broken + good, undefined, vietnameseWords());
        expect(html).toContain('<strong>Bản đồ hành trình này có lỗi</strong>');
        expect(html).toMatch(/<li>Dòng 6: .*\(JM004\)<\/li>/);
        expect(html).toContain('data-failed="Mermaid không vẽ được bản đồ hành trình này:"');
        expect(html).not.toMatch(/This journey map has errors|<li>Line /);
    });
});
