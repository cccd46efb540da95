import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewSupport } from '../../language/lsp/preview-support.js';
import type { DiagramsResult } from '../../server/protocol.js';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';
import { exampleFiles } from '../helpers/reference.js';
import { workspaceOf } from '../helpers/workspace.js';

/** Screenshots of what the tests saw (git-ignored), for a person to look at. */
const SHOTS = 'test-results/screenshots';

describe.runIf(chromiumAvailable())('the preview page in Chromium', { timeout: 30_000 }, async () => {
    const ws = await workspaceOf(exampleFiles());
    const support = new PreviewSupport(ws.services.shared);
    const uriOf = (file: string) => ws.documents[file].uri.toString();
    const diagram = (file: string, view?: string, journey?: string) => support.diagram(uriOf(file), journey, view) as DiagramsResult;
    let preview: PreviewPage;

    async function show(result: DiagramsResult, theme: 'light' | 'dark' | 'high-contrast' = 'light') {
        await preview.showDiagram({ type: 'diagram', result, theme, locked: false, fileName: 'map.journey' });
    }

    beforeAll(async () => {
        preview = await PreviewPage.open();
        mkdirSync(SHOTS, { recursive: true });
    }, 30_000);

    afterAll(async () => {
        await preview?.close();
    });

    it('asks the extension for a diagram as soon as it loads', async () => {
        expect((await preview.posted())[0]).toEqual({ type: 'ready' });
    });

    it('draws the journey view of the Vietnamese example, labels included', async () => {
        const result = diagram('gift-purchase.journey', 'journey');
        await show(result);
        const text = await preview.page.locator('#canvas svg').textContent();
        expect(text).toContain('Nhận biết');
        expect(await preview.page.locator('#views button').allTextContents()).toEqual(['Journey', 'Lanes', 'Emotion']);
        await preview.page.screenshot({ path: `${SHOTS}/preview-journey-vi.png` });
    });

    it('draws every view of every example without an error and without touching the network', async () => {
        for (const file of Object.keys(ws.documents)) {
            const first = diagram(file);
            for (const journey of first.journeys) {
                for (const view of journey.views) {
                    const result = diagram(file, view, journey.name);
                    expect(result.mermaid, `${file} ${journey.name} ${view}: ${result.notice}`).toBeTruthy();
                    await show(result);
                    expect(await preview.page.locator('#canvas svg').count(), `${file} ${journey.name} ${view}`).toBe(1);
                    expect(await preview.page.locator('#notice').isHidden(), `${file} ${view}: ${await preview.page.locator('#notice').textContent()}`).toBe(true);
                }
            }
        }
        expect(preview.errors).toEqual([]);
        expect(preview.outsideRequests).toEqual([]);
    }, 120_000);

    it('shows entity-coded characters of block labels as the characters, never as `&#58;`', async () => {
        const result = diagram('bank-account.journey', 'lanes');
        expect(result.mermaid).toContain('#58;');
        await show(result);
        const text = await preview.page.locator('#canvas svg').evaluate(svg => Array.from(svg.querySelectorAll('text')).map(t => t.textContent).join('\n'));
        expect(text).toContain('Sets a goal: a laptop by December');
        expect(text).not.toMatch(/&#\d+;|&(lt|gt|quot|amp);/);
    });

    it('keeps the last good diagram while the map has errors, and lists the errors', async () => {
        await show(diagram('bank-account.journey', 'journey'));
        const before = await preview.page.locator('#canvas').innerHTML();
        const broken: DiagramsResult = {
            uri: uriOf('bank-account.journey'), version: 9, journeys: [], errors: [
                { message: 'An emotion score is a whole number from 1 (very negative) to 5 (very positive), not `9`.', code: 'JM004', range: { start: { line: 11, character: 14 }, end: { line: 11, character: 15 } } }
            ]
        };
        await preview.send({ type: 'diagram', result: broken, theme: 'light', locked: false, fileName: 'bank-account.journey' });
        await preview.page.locator('#problems').waitFor({ state: 'visible' });
        expect(await preview.page.locator('#canvas').innerHTML()).toBe(before);
        expect(await preview.page.locator('#problems').textContent()).toContain('Line 12: An emotion score is a whole number');
        await preview.page.screenshot({ path: `${SHOTS}/preview-errors.png` });
        await preview.page.locator('#problems .problem').click();
        expect((await preview.posted()).at(-1)).toEqual({ type: 'revealProblem', range: broken.errors[0].range });
        await show(diagram('bank-account.journey', 'journey'));
        expect(await preview.page.locator('#problems').isHidden()).toBe(true);
    });

    it('sends the clicked task to the extension, and the language finds its name', async () => {
        const result = diagram('bank-account.journey', 'journey');
        await show(result);
        const task = preview.page.locator('#canvas svg text.task, #canvas svg .task text, #canvas svg text').filter({ hasText: /\w{4,}/ }).nth(3);
        await task.click({ force: true });
        const locate = (await preview.posted()).filter(message => message.type === 'locate').at(-1) as { text: string; context?: string };
        expect(locate.text.length).toBeGreaterThan(0);
        const found = support.locate(result.uri, result.journey!, locate.text, locate.context);
        expect(found, `no element for clicked text ${JSON.stringify(locate)}`).toBeDefined();
        const text = ws.documents['bank-account.journey'].textDocument.getText(found!.range);
        expect(locate.context?.replace(/\s+/g, '')).toContain(ws.documents['bank-account.journey'].textDocument.getText().split('\n')[found!.range.start.line].match(/"([^"]+)"/)![1].replace(/\s+/g, ''));
        expect(text).toMatch(/^[\p{L}_][\p{L}\p{N}_-]*$/u);
    });

    it('highlights the element the editor cursor is in', async () => {
        const result = diagram('bank-account.journey', 'journey');
        await show(result);
        const label = ws.documents['bank-account.journey'].textDocument.getText().match(/touchpoint \S+ "([^"]+)"/)![1];
        await preview.send({ type: 'highlight', label });
        await expect.poll(() => preview.page.locator('#canvas .jm-highlight').count()).toBeGreaterThan(0);
        await preview.send({ type: 'highlight' });
        await expect.poll(() => preview.page.locator('#canvas .jm-highlight').count()).toBe(0);
    });

    it('keeps zoom and pan across updates of the same file', async () => {
        await show(diagram('bank-account.journey', 'journey'));
        await preview.page.locator('#zoom-in').click();
        await preview.page.locator('#zoom-in').click();
        const zoomed = await preview.page.locator('#canvas').getAttribute('style');
        await show(diagram('bank-account.journey', 'lanes'));
        expect(await preview.page.locator('#canvas').getAttribute('style')).toBe(zoomed);
    });

    it('redraws in dark and high-contrast themes', async () => {
        for (const theme of ['dark', 'high-contrast'] as const) {
            await preview.page.evaluate((t: string) => document.body.className = `vscode-${t}`, theme);
            await show(diagram('coffee-loyalty.journey', 'emotion'), theme);
            await preview.page.locator('#zoom-reset').click();
            await preview.page.screenshot({ path: `${SHOTS}/preview-emotion-${theme}.png` });
        }
        expect(preview.errors).toEqual([]);
    });

    it('exports the drawn diagram as SVG and PNG', async () => {
        await show(diagram('coffee-loyalty.journey', 'journey'));
        await preview.send({ type: 'exportRequest', format: 'svg' });
        await preview.send({ type: 'exportRequest', format: 'png' });
        await expect.poll(async () => (await preview.posted()).filter(m => m.type === 'export').length).toBeGreaterThanOrEqual(2);
        const exports = (await preview.posted()).filter(m => m.type === 'export') as Array<{ format: string; data: string }>;
        const svg = exports.find(m => m.format === 'svg')!.data;
        expect(svg.startsWith('<svg')).toBe(true);
        const png = Buffer.from(exports.find(m => m.format === 'png')!.data.replace('data:image/png;base64,', ''), 'base64');
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.length).toBeGreaterThan(5_000);
    });
});
