import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DidOpenTextDocumentNotification, HoverRequest, type CompletionList } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_TEXT_BUDGET } from '../../language/lsp/preview-support.js';
import { VIEW_NAMES } from '../../language/views/index.js';
import type { DiagramsResult } from '../../protocol/preview-data.js';
import { FuzzWorkspace } from '../fuzz/harness.js';
import { tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';
import { bigJourneyFile, bigWorkspace, hugeFile } from './big-maps.js';

/**
 * Huge documents (docs/reliability.md): a workspace of 50,000 lines and a single 5 MB file, served by
 * the real language server over stdio. The server stays responsive: a completion request in a small
 * open file is answered while the big build runs; the build ends with every file's diagnostics. The
 * preview says a diagram is too big to draw instead of freezing on it or showing a blank.
 */

/** A small map the user has open, with a cursor after `channel ` (line 6). */
const SMALL = 'persona lan "Lan"\n\njourney small "Small" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      channel web\n    }\n  }\n}\n';
const CURSOR = { line: 7, character: 14 };

/** Sends a completion request at once and says how long it took and whether `before` was still pending then. */
async function completionWhileBuilding(server: ServerSession, uri: string, pending: () => boolean) {
    const started = performance.now();
    const list = await server.connection.sendRequest(CompletionRequest.method, { textDocument: { uri }, position: CURSOR }) as CompletionList;
    return { ms: performance.now() - started, buildRunning: pending(), labels: list.items.map(item => item.label) };
}

describe('a 50,000-line workspace in the language server', { timeout: 180_000 }, () => {
    let server: ServerSession;
    const files = bigWorkspace(51, 1_000);
    let folder: string;

    beforeAll(() => {
        folder = tempFolder({ ...files, 'small.journey': SMALL });
    });

    afterAll(async () => {
        await server?.stop();
    });

    it('answers a completion while it builds, then publishes every file\'s diagnostics, all empty', async () => {
        expect(Object.values(files).reduce((lines, text) => lines + text.split('\n').length - 1, 0)).toBeGreaterThanOrEqual(50_000);
        const started = performance.now();
        server = await startServer(folder);
        const uri = pathToFileURL(join(folder, 'small.journey')).toString();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: SMALL } });
        const uris = Object.keys(files).map(name => pathToFileURL(join(folder, name)).toString());
        const published = new Set<string>();
        for (const fileUri of uris) {
            void server.diagnostics(fileUri).then(() => published.add(fileUri));
        }
        const completion = await completionWhileBuilding(server, uri, () => published.size < uris.length);
        expect(completion.labels).toEqual(expect.arrayContaining(['web', 'mobile']));
        expect(completion.ms).toBeLessThan(15_000);
        const all = await Promise.all(uris.map(fileUri => server.diagnostics(fileUri)));
        const built = performance.now() - started;
        expect(all.flat()).toEqual([]);
        console.info(`50,000 lines: completion answered in ${Math.round(completion.ms)} ms (build still running: ${completion.buildRunning}), all diagnostics in ${Math.round(built)} ms`);
        expect(built).toBeLessThan(120_000);
    });
});

describe('a 5 MB file in the language server', { timeout: 300_000 }, () => {
    let server: ServerSession;
    const huge = hugeFile(5_000_000);
    let folder: string;

    beforeAll(() => {
        folder = tempFolder({ 'huge.journey': huge, 'small.journey': SMALL });
    });

    afterAll(async () => {
        await server?.stop();
    });

    it('answers a completion in another file while the 5 MB file builds, then its own requests', async () => {
        expect(Buffer.byteLength(huge)).toBeGreaterThanOrEqual(5_000_000);
        const started = performance.now();
        server = await startServer(folder);
        const uri = pathToFileURL(join(folder, 'small.journey')).toString();
        const hugeUri = pathToFileURL(join(folder, 'huge.journey')).toString();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: SMALL } });
        let hugeDone = false;
        const hugeDiagnostics = server.diagnostics(hugeUri).then(diagnostics => {
            hugeDone = true;
            return diagnostics;
        });
        const completion = await completionWhileBuilding(server, uri, () => !hugeDone);
        expect(completion.labels).toEqual(expect.arrayContaining(['web', 'mobile']));
        // Answered before the 5 MB file was done: the server did not wait for the whole build.
        expect(completion.buildRunning, `completion after ${Math.round(completion.ms)} ms`).toBe(true);
        expect(completion.ms).toBeLessThan(15_000);
        expect(await hugeDiagnostics).toEqual([]);
        const built = performance.now() - started;
        // Then the big file's own features: a hover near its end.
        const lines = huge.split('\n').length;
        const hoverStarted = performance.now();
        const hover = await server.connection.sendRequest(HoverRequest.method, { textDocument: { uri: hugeUri }, position: { line: lines - 40, character: 20 } });
        const hoverMs = performance.now() - hoverStarted;
        console.info(`5 MB (${lines} lines): completion elsewhere in ${Math.round(completion.ms)} ms while it built, built in ${Math.round(built)} ms, hover in it ${Math.round(hoverMs)} ms`);
        expect(hover).toBeDefined();
        expect(hoverMs).toBeLessThan(10_000);
        expect(server.process.exitCode).toBeNull();
    });
});

describe('the preview of a map too big to draw', { timeout: 120_000 }, () => {
    let workspace: FuzzWorkspace;
    let uri: string;

    beforeAll(async () => {
        workspace = await FuzzWorkspace.create();
        // About 4,000 touchpoints: past every view's budget, far below the 5 MB file.
        const { 'big.journey': document } = await workspace.set({ 'big.journey': bigJourneyFile('big', 36_000).replace('journey j_big "Journey big" {', 'journey j_big "Journey big" {\n  type blueprint') });
        uri = document.uri.toString();
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    }, 120_000);

    it('answers a notice that says why and what to do, for every view, instead of a diagram', () => {
        const first = workspace.preview.diagram(uri);
        expect(first.journeys[0].views).toEqual(['map', 'journey', 'emotion']);
        for (const view of first.journeys[0].views) {
            const result = workspace.preview.diagram(uri, 'j_big', view);
            expect(result.mermaid, view).toBeUndefined();
            expect(result.view).toBe(view);
            expect(result.notice).toMatch(/too big for the .* view of the preview: 4,\d{3} touchpoints in \d+ stages make [\d,]+ characters of Mermaid.*Split the journey/);
        }
        expect(Object.keys(PREVIEW_TEXT_BUDGET).sort()).toEqual([...VIEW_NAMES].sort());
    });

    it.runIf(chromiumAvailable())('the preview page shows that notice, not a blank and not an old diagram', async () => {
        const page = await PreviewPage.open();
        try {
            const small = await workspace.set({ 'small.journey': SMALL });
            const smallResult = workspace.preview.diagram(small['small.journey'].uri.toString()) as DiagramsResult;
            // First a diagram of the same file (as if the map had just grown past the budget).
            await page.showDiagram({ type: 'diagram', result: { ...smallResult, uri }, theme: 'light', locked: false, fileName: 'big.journey' });
            expect(await page.page.locator('#canvas svg').count()).toBe(1);
            const result = workspace.preview.diagram(uri, 'j_big', 'map') as DiagramsResult;
            await page.send({ type: 'diagram', result, theme: 'light', locked: false, fileName: 'big.journey' });
            await page.page.locator('#notice').waitFor({ state: 'visible' });
            expect(await page.page.locator('#notice').textContent()).toBe(result.notice);
            expect(await page.page.locator('#canvas svg').count()).toBe(0);
            await page.page.screenshot({ path: 'test-results/screenshots/preview-too-big.png' });
            expect(page.errors).toEqual([]);
        } finally {
            await page.close();
        }
    });
});
