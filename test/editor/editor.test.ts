// The extension in a real VS Code: code-server 4.117 (VS Code 1.117) serving the workbench, Debian's
// Chromium showing it, driven by playwright-core. Two kinds of test:
// - the extension-host suite (test/editor/suite/, mocha, bundled to dist/test/suite.js) runs inside
//   VS Code's extension host with the extension loaded, as under @vscode/test-electron;
// - UI tests drive the workbench as a person would and keep screenshots in test-results/screenshots/
//   (`npm run screenshots` runs them with SCREENSHOTS_DIR=docs/screenshots to refresh the docs' images).
// Needs Chromium and code-server (npm run editor:install); see docs/testing.md.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTab, hoverOnText, launchBrowser, openWorkbench, quickOpen, runCommandWhenAvailable, runExtensionTests, screenshot, waitForExplorer, webviewFrame, type Workbench } from './browser.js';
import { ROOT, startCodeServer, type CodeServer } from './code-server.js';
import { editorTestsBlockedBy, editorTestsRequired, skipBanner } from './requirements.js';

const SUITE = path.join(ROOT, 'dist', 'test', 'suite.js');
const FAILING_SUITE = path.join(ROOT, 'test', 'editor', 'fixtures', 'failing-suite.cjs');
// Tests never write tracked files: the docs' screenshots are refreshed only by `npm run screenshots`.
const SCREENSHOTS = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? path.join('test-results', 'screenshots'));

const blocked = editorTestsBlockedBy();
if (blocked !== undefined) {
    if (editorTestsRequired()) throw new Error(`The editor tests cannot run: ${blocked}`);
    console.warn(skipBanner(blocked));
}

/** Builds dist/ when it is missing or older than the sources (npm test and test:editor build first anyway). */
function ensureBuilt(): void {
    const outputs = ['dist/extension.js', 'dist/server.js', 'dist/test/suite.js'].map(file => path.join(ROOT, file));
    const newest = (dir: string): number => {
        let latest = 0;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
        }
        return latest;
    };
    const sources = Math.max(...['client', 'server', 'language', 'test/editor/suite'].map(dir => newest(path.join(ROOT, dir))));
    if (outputs.every(file => fs.existsSync(file) && fs.statSync(file).mtimeMs >= sources)) return;
    console.log('Building the extension (npm run build) for the editor tests ...');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** A fresh copy of examples/ (named examples/ in a temporary folder) to open as the workspace. */
function copyOfExamples(): string {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-workspace-')), 'examples');
    fs.cpSync(path.join(ROOT, 'examples'), folder, { recursive: true });
    return folder;
}

describe.skipIf(blocked !== undefined)('the extension in a real VS Code (code-server 4.117)', () => {
    let server: CodeServer;
    const workspaces: string[] = [];
    const workspace = () => {
        const folder = copyOfExamples();
        workspaces.push(folder);
        return folder;
    };

    beforeAll(async () => {
        ensureBuilt();
        server = await startCodeServer();
    });

    afterAll(async () => {
        await server?.stop();
        for (const folder of workspaces) fs.rmSync(path.dirname(folder), { recursive: true, force: true });
    });

    it('passes the extension-host suite (test/editor/suite) inside VS Code', async () => {
        const run = await runExtensionTests(server, { folder: workspace(), testsPath: SUITE, echo: line => console.log(line) });
        const report = `suite output:\n${run.suiteLines.join('\n')}\n\nworkbench log (last 60 lines):\n${run.log.slice(-60).join('\n')}`;
        expect(run.exitCode, report).toBe(0);
        expect(run.suiteLines.at(-1), report).toMatch(/^\d+ passing, 0 failing$/);
        console.log(`extension-host suite: ${run.durationMs} ms, browser launch included`);
    });

    it('reports a failing extension-host suite as a failure (exit code 1)', async () => {
        const run = await runExtensionTests(server, { folder: workspace(), testsPath: FAILING_SUITE });
        expect(run.exitCode, run.log.slice(-40).join('\n')).toBe(1);
        expect(run.suiteLines).toContain('failing-suite: about to fail on purpose');
    });

    describe('the workbench', () => {
        let workbench: Workbench;

        beforeAll(async () => {
            workbench = await launchBrowser({ env: server.env });
        });

        afterAll(async () => {
            await workbench?.close();
        });

        /** A workbench on a fresh copy of examples/ with `file` open and its preview beside it: the preview's frame. */
        async function openPreviewOf(file: string) {
            const { page } = workbench;
            await openWorkbench(page, server.url({ folder: workspace() }));
            await waitForExplorer(page, file);
            await quickOpen(page, file);
            await runCommandWhenAvailable(page, 'Journey: Open Preview to the Side');
            return webviewFrame(page, new RegExp(`Preview ${file.replace(/\./g, '\\.')}`));
        }

        /** On failure, a screenshot of what the browser showed goes to test-results/ (git-ignored). */
        async function keepFailureScreenshot<T>(name: string, body: () => Promise<T>): Promise<T> {
            try {
                return await body();
            } catch (error) {
                const file = path.join(ROOT, 'test-results', `${name}.png`);
                await screenshot(workbench.page, file).catch(() => undefined);
                console.error(`screenshot of the failure: ${path.relative(ROOT, file)}\n${workbench.console.slice(-30).join('\n')}`);
                throw error;
            }
        }

        it('shows a .journey file coloured, with the persona card on hover (docs/screenshots/editor.png)', () => keepFailureScreenshot('editor-failure', async () => {
            const started = Date.now();
            const { page } = workbench;
            await openWorkbench(page, server.url({ folder: workspace() }));
            await waitForExplorer(page, 'gift-purchase.journey');
            await quickOpen(page, 'gift-purchase.journey');
            await expect.poll(() => activeTab(page, 'gift-purchase.journey').isVisible()).toBe(true);

            // VS Code knows the language: the status bar names it.
            const mode = page.locator('#status\\.editor\\.mode');
            await expect.poll(() => mode.textContent(), { timeout: 30_000 }).toContain('Journey Map');

            // Syntax colouring: the keyword `journey` is its own token, coloured unlike the map's name.
            const editor = page.locator('.editor-instance .monaco-editor').first();
            const keyword = editor.locator('.view-line span[class^="mtk"]', { hasText: /^journey$/ }).first();
            const name = editor.locator('.view-line span[class^="mtk"]', { hasText: /^mua_quà_sinh_nhật$/ }).first();
            await keyword.waitFor({ state: 'visible', timeout: 30_000 });
            const colour = (element: typeof keyword) => element.evaluate(e => getComputedStyle(e).color);
            expect(await keyword.getAttribute('class')).toMatch(/\bmtk\d+\b/);
            expect(await colour(keyword)).not.toBe(await colour(name));

            // Hover on the journey's persona: the language server's persona card.
            const personaLine = editor.locator('.view-line', { hasText: /^\s*persona\s+chị_Lan\s*$/ }).first();
            await personaLine.waitFor({ state: 'visible', timeout: 30_000 });
            const hover = page.locator('.monaco-hover-content', { hasText: 'Chị Lan, nhân viên văn phòng' }).first();
            await expect.poll(async () => {
                // The language server may still be indexing the workspace: move away and back until the card comes.
                await page.mouse.move(700, 5);
                await hoverOnText(page, personaLine, 'chị_Lan');
                return hover.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
            }, { timeout: 60_000, interval: 500 }).toBe(true);
            const card = await hover.innerText();
            expect(card).toContain('persona chị_Lan');
            expect(card).toContain('Goals');

            await screenshot(page, path.join(SCREENSHOTS, 'editor.png'));
            console.log(`UI test (workbench, quick open, colouring, hover, screenshot): ${Date.now() - started} ms`);
        }));

        it('draws the live preview beside the editor; a click on a touchpoint selects its name (docs/screenshots/preview.png)', () => keepFailureScreenshot('preview-failure', async () => {
            const started = Date.now();
            const { page } = workbench;
            const frame = await openPreviewOf('bank-account.journey');
            // The map view's label: SVG text, or an HTML label's paragraph (client/webview/html-labels.ts).
            const task = frame.locator('#canvas svg :is(text, foreignObject p)', { hasText: 'Downloads the app' }).first();
            await task.waitFor({ state: 'visible', timeout: 60_000 });
            console.log(`preview: command to first diagram ${Date.now() - started} ms (workbench start included)`);
            await screenshot(page, path.join(SCREENSHOTS, 'preview.png'));

            // Click the task: the editor selects the touchpoint's name. The preview may draw the map again
            // once the server has read the whole workspace, replacing the node clicked: click until it takes.
            const selection = page.locator('#status\\.editor\\.selection');
            await expect.poll(async () => {
                await task.click();
                return selection.filter({ hasText: /\(\d+ selected\)/ }).waitFor({ timeout: 3_000 }).then(() => true, () => false);
            }, { timeout: 60_000, interval: 500 }).toBe(true);
            const lineNumber = Number(/Ln (\d+)/.exec((await selection.textContent()) ?? '')?.[1]);
            const source = fs.readFileSync(path.join(ROOT, 'examples', 'bank-account.journey'), 'utf8').split('\n');
            expect(source[lineNumber - 1]).toMatch(/touchpoint \S+ "Downloads the app"/);

            // The map opens in the map view (the classic grid); the view switcher redraws it as the journey diagram.
            expect(await frame.locator('#canvas svg[aria-roledescription="block"]').count()).toBe(1);
            await frame.locator('#views button', { hasText: 'Journey' }).click();
            await frame.locator('#views button[aria-pressed="true"]', { hasText: 'Journey' }).waitFor({ timeout: 20_000 });
            await frame.locator('#canvas svg[aria-roledescription="journey"]').first().waitFor({ timeout: 20_000 });
            await screenshot(page, path.join(SCREENSHOTS, 'preview-journey.png'));

            // After a window reload the preview comes back on the same file and view.
            await runCommandWhenAvailable(page, 'Developer: Reload Window');
            await expect.poll(async () => {
                const restored = await webviewFrame(page, /Preview bank-account\.journey/, 5_000).catch(() => undefined);
                return restored?.locator('#views button[aria-pressed="true"]').textContent({ timeout: 2_000 }).catch(() => undefined);
            }, { timeout: 90_000, interval: 1_000 }).toBe('Journey');
        }));

        it('says so in the preview when the language server crashes, and redraws once the client has restarted it', () => keepFailureScreenshot('restart-failure', async () => {
            const frame = await openPreviewOf('coffee-loyalty.journey');
            await frame.locator('#canvas svg').first().waitFor({ state: 'visible', timeout: 60_000 });

            // Record every text of the page's status line from now on; data-rendered counts the diagrams shown.
            await frame.evaluate(() => {
                const notices: string[] = [];
                (window as unknown as { notices: string[] }).notices = notices;
                new MutationObserver(() => {
                    const status = document.getElementById('server-status');
                    const text = status && !status.hidden ? status.textContent ?? '' : '';
                    if (notices.at(-1) !== text) notices.push(text);
                }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            });
            const seen = () => frame.evaluate(() => ({ notices: (window as unknown as { notices: string[] }).notices, shown: Number(document.body.dataset.rendered ?? 0) }));
            const shownBefore = (await seen()).shown;

            const before = await expect.poll(() => server.languageServerPids().length, { timeout: 30_000 }).toBeGreaterThan(0).then(() => server.languageServerPids());
            for (const pid of before) process.kill(pid, 'SIGKILL');
            // The notice comes, then goes once the new server runs, and the page draws the map again.
            await expect.poll(async () => (await seen()).notices, { timeout: 30_000 }).toContain('The journey language server stopped; restarting…');
            await expect.poll(async () => {
                const { notices, shown } = await seen();
                return notices.at(-1) === '' && shown > shownBefore;
            }, { timeout: 60_000 }).toBe(true);
            const after = server.languageServerPids();
            expect(after.length).toBeGreaterThan(0);
            expect(after.filter(pid => before.includes(pid))).toEqual([]);
            expect(await frame.locator('#canvas svg').first().isVisible()).toBe(true);
        }));

        it("draws a ```journey block in VS Code's Markdown preview (docs/screenshots/markdown-preview.png)", () => keepFailureScreenshot('markdown-failure', async () => {
            const { page } = workbench;
            const folder = workspace();
            fs.writeFileSync(path.join(folder, 'spec.md'), [
                '# Gift checkout spec', '', 'The map of the checkout as it is today:', '',
                '```journey', 'journey spec_checkout "Checkout today" {', '  persona chị_Lan', '',
                '  stage pay "Pay" {', '    touchpoint fee "Sees the shipping fee" {', '      emotion 1 angry', '      pain surprise "Surprise fee"', '    }',
                '    touchpoint done "Pays" {', '      emotion 4', '    }', '  }', '', '  opportunity show_fee {', '    fixes surprise', '  }', '}', '```', ''
            ].join('\n'));
            await openWorkbench(page, server.url({ folder }));
            await waitForExplorer(page, 'spec.md');
            await quickOpen(page, 'spec.md');
            await runCommandWhenAvailable(page, 'Markdown: Open Preview to the Side');
            // The preview's frame is replaced when the block's diagram arrives and the preview refreshes: find it anew.
            await expect.poll(async () => {
                const frame = await webviewFrame(page, /\[Preview\] spec\.md/);
                return frame.locator('.journey-diagram svg').first().textContent({ timeout: 2_000 }).catch(() => '');
            }, { timeout: 60_000, interval: 500 }).toMatch(/Sees the shipping\s*fee/);
            await screenshot(page, path.join(SCREENSHOTS, 'markdown-preview.png'));
        }));
    });
});
