import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdownPreview } from '../helpers/markdown-preview.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../helpers/preview-page.js';

// VS Code's Markdown preview draws a ```journey block with the same Mermaid set-up as the live
// preview (client/webview/mermaid-config.ts): in a high-contrast theme, text white on black, as the
// live preview draws it.

const block = ['```journey view=emotion', 'persona lan "Lan"', 'journey real "Real map" {', '  persona lan', '  stage s "Pay" {',
    '    touchpoint t "Pays" {', '      emotion 4', '    }', '    touchpoint u "Waits" {', '      emotion 2', '    }', '  }', '}', '```'].join('\n');

describe.runIf(chromiumAvailable())('the Markdown preview in a high-contrast theme', { timeout: 60_000 }, () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
        await browser?.close();
    });

    it('draws a block with the live preview\'s high-contrast set-up: every text white', async () => {
        const html = await renderMarkdownPreview(`# Spec\n\n${block}\n`, { view: 'emotion' });
        const page = await browser.newPage();
        try {
            await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body class="vscode-body vscode-high-contrast">` +
                `<div class="markdown-body" dir="auto">${html}</div></body></html>`);
            await page.addScriptTag({ path: 'dist/mermaid.min.js' });
            await page.addScriptTag({ path: 'dist/markdown-preview.js' });
            await expect.poll(() => page.locator('.journey-diagram svg').count(), { timeout: 20_000 }).toBe(1);
            const fills = await page.locator('.journey-diagram svg text').evaluateAll(texts => [...new Set(texts.map(text => getComputedStyle(text).fill))]);
            // Before: Mermaid's base theme without the high-contrast variables, #333 text on VS Code's black.
            expect(fills).toEqual(['rgb(255, 255, 255)']);
        } finally {
            await page.close();
        }
    });
});
