// What a person sees of the maps in a real VS Code (code-server 4.117 in Debian's Chromium, a
// 1400×900 window, the preview beside the editor, the default zoom): the size each label is drawn at
// on screen, labels cut with "…", labels drawn over each other or out of their box, the contrast of
// each label in the light and dark themes; that a click on a grid cell finds its line;
// that the preview's own export buttons write files (and the SVG keeps its labels as text for librsvg);
// and the same sizes for a ```journey block in VS Code's Markdown preview. Screenshots of every view
// of two examples go to test-results/screenshots/ (`npm run screenshots` refreshes docs/screenshots/).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { measureLegibility, sizeFigures, type LegibilityReport } from '../helpers/legibility.js';
import { launchBrowser, openWorkbench, quickOpen, runCommandWhenAvailable, screenshot, waitForExplorer, webviewFrame, type Workbench } from './browser.js';
import { ROOT, startCodeServer, type CodeServer } from './code-server.js';
import { editorTestsBlockedBy } from './requirements.js';

/** Where screenshots go: test-results/screenshots/, or docs/screenshots/ under `npm run screenshots`. */
const SHOTS = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? path.join('test-results', 'screenshots'));
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter(name => name.endsWith('.journey') && !['personas.journey', 'channels.journey'].includes(name)).sort();
/** Two examples shown in the docs, one written in Vietnamese. */
const SHOWN = ['gift-purchase.journey', 'bank-account.journey'];
// VS Code's high-contrast theme is not applied from settings in code-server 1.117 (the workbench stays in
// its default light theme): test/webview/preview-page.test.ts measures the page in high contrast instead.
const THEMES = { 'light': 'Default Light Modern', 'dark': 'Default Dark Modern' } as const;

const blocked = editorTestsBlockedBy();

/** A fresh copy of examples/ to open as the workspace. */
function copyOfExamples(): string {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-legibility-')), 'examples');
    fs.cpSync(path.join(ROOT, 'examples'), folder, { recursive: true });
    return folder;
}

interface Drawn {
    file: string;
    view: string;
    report: LegibilityReport;
}

/** The view buttons of the preview's toolbar, in order. */
async function viewButtons(frame: Frame): Promise<string[]> {
    return frame.locator('#views button').allTextContents();
}

/** Presses a view button and waits until the page has drawn that view. */
async function showView(frame: Frame, title: string): Promise<void> {
    const pressed = frame.locator('#views button[aria-pressed="true"]');
    if ((await pressed.textContent().catch(() => '')) === title && await frame.locator('#canvas svg').count() > 0) return;
    const before = await frame.evaluate(() => Number(document.body.dataset.rendered ?? 0));
    await frame.locator('#views button', { hasText: title }).click();
    await expect.poll(async () => (await pressed.textContent()) === title
        && await frame.evaluate(n => Number(document.body.dataset.rendered ?? 0) > n, before), { timeout: 60_000 }).toBe(true);
}

/** Opens the workbench on a copy of examples/ with `file`'s preview beside it; returns the preview's frame. */
async function openPreview(workbench: Workbench, server: CodeServer, folder: string, file: string): Promise<Frame> {
    const { page } = workbench;
    await openWorkbench(page, server.url({ folder }));
    await waitForExplorer(page, file);
    await quickOpen(page, file);
    await runCommandWhenAvailable(page, 'Journey: Open Preview to the Side');
    const frame = await webviewFrame(page, /Preview .*\.journey/, 60_000);
    await frame.locator('#canvas svg').first().waitFor({ state: 'visible', timeout: 60_000 });
    return frame;
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/** Makes `file` the active editor (in the first group); the preview follows it and draws its first view. */
async function follow(workbench: Workbench, file: string): Promise<Frame> {
    await workbench.page.keyboard.press('Control+1');
    await quickOpen(workbench.page, file);
    const label = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8').match(/^journey \S+ "([^"]+)"/m)![1];
    const frame = await webviewFrame(workbench.page, new RegExp(`Preview ${file.replace(/\./g, '\\.')}`), 60_000);
    // The page names the document it shows: the last map's compare view holds this map's label too.
    await expect.poll(() => frame.evaluate(() => decodeURIComponent(document.body.dataset.shownUri ?? '')).catch(() => ''), { timeout: 60_000 })
        .toMatch(new RegExp(`/${file.replace(/\./g, '\\.')}$`));
    await expect.poll(() => frame.locator('#canvas svg').first().textContent().then(text => squash(text ?? '')).catch(() => ''), { timeout: 60_000 })
        .toContain(squash(label)); // the whole label: two examples share their first words
    return frame;
}

function describeFigures(drawn: readonly Drawn[]): string {
    return drawn.map(({ file, view, report }) => {
        const { min, p5, count } = sizeFigures(report.labels);
        return `${file} ${view}: ${count} labels, smallest ${min.toFixed(1)} px, 5th percentile ${p5.toFixed(1)} px`;
    }).join('\n');
}

describe.skipIf(blocked !== undefined)('what a reader sees of the maps in a real VS Code (1400×900, preview beside the editor)', () => {
    for (const [theme, colorTheme] of Object.entries(THEMES)) {
        describe(`${theme} theme`, () => {
            let server: CodeServer;
            let workbench: Workbench;
            let folder: string;
            /** The preview's frame, once the first test has opened the workbench. */
            let preview: Frame | undefined;
            const drawn: Drawn[] = [];
            const files = theme === 'light' ? EXAMPLES : SHOWN;

            beforeAll(async () => {
                server = await startCodeServer({ settings: { 'workbench.colorTheme': colorTheme } });
                workbench = await launchBrowser({ env: server.env });
                folder = copyOfExamples();
            });

            /** The preview of `file`, in the workbench the first test opened (or a new one). */
            async function previewOf(file: string): Promise<Frame> {
                preview = preview ? await follow(workbench, file) : await openPreview(workbench, server, folder, file);
                return preview;
            }

            afterAll(async () => {
                await workbench?.close();
                await server?.stop();
                if (folder) fs.rmSync(path.dirname(folder), { recursive: true, force: true });
                fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
                fs.writeFileSync(path.join(ROOT, 'test-results', `legibility-${theme}.json`), JSON.stringify(drawn.map(({ file, view, report }) => ({ file, view, ...sizeFigures(report.labels) })), null, 2));
            });

            it(`draws every label of every view of ${files.length} examples at 12 px or more, none cut, none over another or out of its box, with a contrast of 4.5:1 or more`, async () => {
                for (const file of files) {
                    const frame = await previewOf(file);
                    for (const view of await viewButtons(frame)) {
                        await showView(frame, view);
                        const report = await measureLegibility(frame, '#canvas svg');
                        drawn.push({ file, view, report });
                        if (theme === 'light' && SHOWN.includes(file)) {
                            await screenshot(workbench.page, path.join(SHOTS, `preview-${path.basename(file, '.journey')}-${view.toLowerCase()}.png`));
                        }
                        if (theme !== 'light' && file === SHOWN[0] && view === 'Map') {
                            await screenshot(workbench.page, path.join(SHOTS, `preview-${path.basename(file, '.journey')}-map-${theme}.png`));
                        }
                    }
                }
                console.log(`${theme} theme:\n${describeFigures(drawn)}`);
                const problems = drawn.flatMap(({ file, view, report }) => [
                    ...report.labels.filter(label => label.drawnPx < 12).map(label => `${file} ${view}: "${label.text}" drawn at ${label.drawnPx.toFixed(1)} px`),
                    ...report.labels.filter(label => label.text.endsWith('…')).map(label => `${file} ${view}: "${label.text}" is cut`),
                    ...report.labels.filter(label => label.outOfShape).map(label => `${file} ${view}: "${label.text}" leaves or touches its box`),
                    ...report.overlaps.map(([a, b]) => `${file} ${view}: "${a}" and "${b}" overlap`),
                    ...report.labels.filter(label => label.contrast !== undefined && label.contrast < 4.5)
                        .map(label => `${file} ${view}: "${label.text}" has a contrast of ${label.contrast!.toFixed(2)}:1`)
                ]);
                expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
                // Contrast was measured on labels on screen: at least some of every view.
                for (const { file, view, report } of drawn) {
                    expect(report.labels.some(label => label.contrast !== undefined), `${file} ${view}: no label on screen`).toBe(true);
                }
            }, 600_000);

            if (theme !== 'light') return;

            it('goes to the line a grid cell shows when it is clicked (an action cell of the map view)', async () => {
                // A workbench of its own, on a fresh copy of the examples (nothing restored from the first test's editors).
                const own = copyOfExamples();
                const frame = preview = await openPreview(workbench, server, own, 'bank-account.journey');
                await showView(frame, 'Map');
                const source = fs.readFileSync(path.join(own, 'bank-account.journey'), 'utf8').split('\n');
                const action = /action "([^"]+)"/.exec(source.join('\n'))![1];
                // The cell that shows the action (its lines are drawn as texts of their own: compared without white space).
                const cell = await frame.evaluate(wanted => [...document.querySelectorAll('#canvas svg [data-jm]')]
                    .findIndex(node => (node.textContent ?? '').replace(/\s+/g, '').includes(wanted)), squash(action));
                expect(cell).toBeGreaterThanOrEqual(0);
                await frame.locator('#canvas svg [data-jm]').nth(cell).click();
                const status = workbench.page.locator('#status\\.editor\\.selection');
                await expect.poll(async () => {
                    const line = Number(/Ln (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
                    return source[line - 1]?.trim();
                }, { timeout: 20_000 }).toBe(`action "${action}"`);
                fs.rmSync(path.dirname(own), { recursive: true, force: true });
            });

            it('goes to the line of each of two touchpoints with the same label when its task is clicked (by identity, not by label)', async () => {
                const own = copyOfExamples();
                const twins = ['persona twin_tester "Twin tester"', 'journey twins "Twins" {', '  persona twin_tester', '  stage pay "Pay" {',
                    '    touchpoint first_fee "Checks the fee" {', '      emotion 2', '    }',
                    '    touchpoint second_fee "Checks the fee" {', '      emotion 4', '    }', '  }', '}', ''];
                fs.writeFileSync(path.join(own, 'twins.journey'), twins.join('\n'));
                const frame = preview = await openPreview(workbench, server, own, 'twins.journey');
                await showView(frame, 'Journey');
                const tasks = frame.locator('#canvas svg [data-jm] text', { hasText: 'Checks the fee' });
                await expect.poll(() => tasks.count(), { timeout: 20_000 }).toBe(2);
                const status = workbench.page.locator('#status\\.editor\\.selection');
                for (const [index, line] of [[1, 'touchpoint second_fee "Checks the fee" {'], [0, 'touchpoint first_fee "Checks the fee" {']] as const) {
                    await tasks.nth(index).click({ force: true });
                    await expect.poll(async () => {
                        const number = Number(/Ln (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
                        return twins[number - 1]?.trim();
                    }, { timeout: 20_000 }).toBe(line);
                }
                fs.rmSync(path.dirname(own), { recursive: true, force: true });
            });

            it('exports the map view from the toolbar: SVG (labels as text librsvg draws, though the pane shows HTML labels), PNG at twice the pixels, Markdown', async () => {
                // A workbench of its own, on a fresh copy of the examples (nothing restored from the tests before).
                const own = copyOfExamples();
                const frame = preview = await openPreview(workbench, server, own, 'bank-account.journey');
                await showView(frame, 'Map');
                expect(await frame.locator('#canvas svg foreignObject').count()).toBeGreaterThan(20);
                const exported = (extension: string) => path.join(own, `bank-account.bank_account_opening.map.${extension}`);
                for (const [button, extension] of [['SVG', 'svg'], ['PNG', 'png'], ['MD', 'md']] as const) {
                    await frame.locator('#toolbar button', { hasText: new RegExp(`^${button}$`) }).click();
                    // VS Code asks where to save, next to the map by default: accept it.
                    const dialog = workbench.page.locator('.quick-input-widget .quick-input-box input');
                    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
                    await expect.poll(() => dialog.inputValue(), { timeout: 10_000 }).toContain(`bank_account_opening.map.${extension}`);
                    await workbench.page.keyboard.press('Enter');
                    await expect.poll(() => fs.existsSync(exported(extension)), { timeout: 30_000 }).toBe(true);
                }
                const svg = fs.readFileSync(exported('svg'), 'utf8');
                expect(svg).toMatch(/^<svg[^>]* width="\d+"/);
                expect(svg).toMatch(/^<svg[^>]* height="\d+"/);
                const pdf = path.join(path.dirname(own), 'journey.pdf');
                execFileSync('rsvg-convert', ['-f', 'pdf', '-o', pdf, exported('svg')]);
                const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
                expect(text).toContain('Downloads the app');
                expect(text).toContain('Awareness');
                const png = fs.readFileSync(exported('png'));
                expect(png.subarray(1, 4).toString()).toBe('PNG');
                expect(png.readUInt32BE(16)).toBe(2 * Number(/ width="(\d+)"/.exec(svg)![1]));
                // The Markdown export is the CLI's document for the same view (journey/markdown).
                const cli = runCli(['render', path.join(own, 'bank-account.journey'), '--view', 'map', '--format', 'markdown']);
                expect(fs.readFileSync(exported('md'), 'utf8')).toBe(cli.stdout);
                fs.rmSync(path.dirname(own), { recursive: true, force: true });
            });

            it("draws a ```journey block in VS Code's Markdown preview at 12 px or more; a wide map scrolls within its block", async () => {
                const { page } = workbench;
                // A workbench of its own, on a fresh copy of the examples with a spec that holds a map.
                const own = copyOfExamples();
                const gift = fs.readFileSync(path.join(own, 'gift-purchase.journey'), 'utf8');
                fs.writeFileSync(path.join(own, 'spec.md'), ['# Gift checkout spec', '', 'The map as it is today:', '', '```journey', gift.trim(), '```', ''].join('\n'));
                await openWorkbench(page, server.url({ folder: own }));
                await waitForExplorer(page, 'spec.md');
                await page.keyboard.press('Control+1');
                await quickOpen(page, 'spec.md');
                await runCommandWhenAvailable(page, 'Markdown: Open Preview to the Side');
                let frame: Frame | undefined;
                await expect.poll(async () => {
                    frame = await webviewFrame(page, /\[Preview\] spec\.md/);
                    return frame.locator('.journey-diagram svg').count().catch(() => 0);
                }, { timeout: 60_000, interval: 500 }).toBeGreaterThan(0);
                const report = await measureLegibility(frame!, '.journey-diagram svg');
                const { min, p5, count } = sizeFigures(report.labels);
                console.log(`Markdown preview block: ${count} labels, smallest ${min.toFixed(1)} px, 5th percentile ${p5.toFixed(1)} px`);
                expect(count).toBeGreaterThan(20);
                expect(min).toBeGreaterThanOrEqual(12);
                const block = await frame!.locator('.journey-diagram').first().evaluate(element => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
                expect(block.scrollWidth).toBeGreaterThan(block.clientWidth);
                await screenshot(page, path.join(SHOTS, 'markdown-preview.png'));
                fs.rmSync(path.dirname(own), { recursive: true, force: true });
            });
        });
    }
});
