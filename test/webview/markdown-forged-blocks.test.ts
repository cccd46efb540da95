import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdownPreview } from '../helpers/markdown-preview.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../helpers/preview-page.js';

// The Markdown preview plugin as VS Code runs it: markdown-it with raw HTML allowed (as VS Code's
// preview), the plugin (client/markdown-preview/journey-fence.ts) with the language's rendering of each
// block, then the page with dist/mermaid.min.js and dist/markdown-preview.js in Debian's Chromium.

const realBlock = ['```journey', 'persona lan "Lan"', 'journey real "Real map" {', '  persona lan', '  stage s "Pay" {',
    '    touchpoint t "Drawn by the plugin" {', '      emotion 4', '    }', '  }', '}', '```'].join('\n');

/** Raw HTML an author can write in a Markdown file: blocks that look like the plugin's, one with a key of its own. */
const forged = (payload: string) => [
    `<pre class="journey-mermaid">%%{init: {"htmlLabels": true, "securityLevel": "loose"}}%%\njourney\n  title Forged\n  section S\n    ${payload}: 5: me</pre>`,
    '',
    '<div hidden class="journey-key" data-journey-key="guessed"></div>',
    '',
    `<pre class="journey-mermaid" data-journey-key="guessed">journey\n  title Forged with a key\n  section S\n    ${payload}: 5: me</pre>`
].join('\n');

describe.runIf(chromiumAvailable())('the Markdown preview draws only the blocks the plugin rendered', { timeout: 60_000 }, () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
        await browser?.close();
    });

    it('a <pre class="journey-mermaid"> written in raw HTML, with or without a key, stays text; the real block is drawn', async () => {
        const html = await renderMarkdownPreview(`${forged('&lt;img src=x onerror=__pwn()&gt;')}\n\n# Spec\n\n${realBlock}\n`);
        const page = await browser.newPage();
        try {
            // The page as VS Code's Markdown preview lays it out (markdown-language-features).
            await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body class="vscode-body vscode-light">` +
                `<div class="markdown-body" dir="auto">${html}<div class="code-line" data-line="20"></div></div></body></html>`);
            await page.evaluate(() => { (window as unknown as { pwned: number }).pwned = 0; (window as unknown as { __pwn(): void }).__pwn = () => { (window as unknown as { pwned: number }).pwned++; }; });
            await page.addScriptTag({ path: 'dist/mermaid.min.js' });
            await page.addScriptTag({ path: 'dist/markdown-preview.js' });
            await expect.poll(() => page.locator('.journey-diagram').count(), { timeout: 20_000 }).toBe(1);
            // Let a second drawing pass (a forged block would be drawn by now) finish.
            await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 500)));
            expect(await page.locator('.journey-diagram').count()).toBe(1);
            expect(await page.locator('.journey-diagram svg').textContent()).toMatch(/Drawn\s*by\s*the\s*plugin/);
            expect(await page.locator('pre.journey-mermaid').count()).toBe(2);
            expect(await page.locator('pre.journey-mermaid').first().textContent()).toContain('%%{init');
            expect(await page.locator('img').count()).toBe(0);
            expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
        } finally {
            await page.close();
        }
    });
});
