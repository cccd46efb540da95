import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest, CompletionRequest, DefinitionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentHighlightRequest,
    DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
    SemanticTokensRequest, WorkspaceSymbolRequest
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMapAstType } from '../../language/ast.js';
import { createJourneyServices } from '../../language/journey-module.js';
import { loadWorkspace, memoryUri } from '../../language/workspace/load-workspace.js';
import type { DiagramsResult } from '../../protocol/preview-data.js';
import { DiagramsRequest } from '../../protocol/requests.js';
import { tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';
import { workspaceOf } from '../helpers/workspace.js';
import { PreviewSupport } from '../../language/lsp/preview-support.js';

/**
 * Crash containment (docs/reliability.md): the real server (dist/server.js over stdio), started with
 * JOURNEY_TEST_FAULT=all so that every feature throws on purpose, answers each request with an empty
 * result, logs the failure, and keeps working: its diagnostics still arrive, and a second server
 * without the fault answers the same requests. A rename refused for the user still says why.
 */

const map = 'persona lan "Lan"\n\njourney gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      channel web\n      emotion 9\n    }\n  }\n}\n';

const position = { line: 3, character: 11 };

/** Every request a BA's editor sends, with its parameters. */
function requests(uri: string): Array<[string, string, unknown]> {
    const textDocument = { uri };
    const range = { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } };
    return [
        ['completion', CompletionRequest.method, { textDocument, position }],
        ['hover', HoverRequest.method, { textDocument, position }],
        ['definition', DefinitionRequest.method, { textDocument, position }],
        ['references', ReferencesRequest.method, { textDocument, position, context: { includeDeclaration: true } }],
        ['highlight', DocumentHighlightRequest.method, { textDocument, position }],
        ['prepare rename', PrepareRenameRequest.method, { textDocument, position }],
        ['rename', RenameRequest.method, { textDocument, position, newName: 'minh' }],
        ['formatting', DocumentFormattingRequest.method, { textDocument, options: { tabSize: 2, insertSpaces: true } }],
        ['code actions', CodeActionRequest.method, { textDocument, range, context: { diagnostics: [] } }],
        ['document symbols', DocumentSymbolRequest.method, { textDocument }],
        ['workspace symbols', WorkspaceSymbolRequest.method, { query: 'gi' }],
        ['folding', FoldingRangeRequest.method, { textDocument }],
        ['semantic tokens', SemanticTokensRequest.method, { textDocument }],
        ['inlay hints', InlayHintRequest.method, { textDocument, range }]
    ];
}

describe('crash containment in the language server', { timeout: 60_000 }, () => {
    let faulty: ServerSession;
    let healthy: ServerSession;
    let uri: string;

    beforeAll(async () => {
        const folder = tempFolder({ 'map.journey': map });
        uri = pathToFileURL(join(folder, 'map.journey')).toString();
        [faulty, healthy] = await Promise.all([startServer(folder, { env: { JOURNEY_TEST_FAULT: 'all' } }), startServer(folder)]);
        for (const server of [faulty, healthy]) {
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: map } });
        }
    });

    afterAll(async () => {
        await Promise.all([faulty?.stop(), healthy?.stop()]);
    });

    it('answers every request of a throwing feature with an empty result, and logs the failure', async () => {
        for (const [name, method, params] of requests(uri)) {
            const answer = await faulty.connection.sendRequest(method, params);
            expect(answer, name).toBeNull();
        }
        const failures = faulty.logs.filter(log => log.type === 1 && log.message.includes('JOURNEY_TEST_FAULT'));
        for (const entry of ['CompletionProvider.getCompletion', 'HoverProvider.getHoverContent', 'Formatter.formatDocument', 'CodeActionProvider.getCodeActions',
            'DocumentSymbolProvider.getSymbols', 'WorkspaceSymbolProvider.getSymbols', 'SemanticTokenProvider.semanticHighlight', 'RenameProvider.rename']) {
            expect(failures.some(log => log.message.includes(`${entry} failed`)), `${entry} is logged`).toBe(true);
        }
        // The log says which document, and where in the code.
        expect(failures.find(log => log.message.includes('CompletionProvider'))!.message).toContain(uri);
        expect(failures.find(log => log.message.includes('CompletionProvider'))!.message).toMatch(/\n\s+at /);
    });

    it("answers the preview's request with a notice the preview shows", async () => {
        const result = await faulty.connection.sendRequest(DiagramsRequest.method, { uri }) as DiagramsResult;
        expect(result).toMatchObject({ uri, journeys: [], errors: [] });
        expect(result.notice).toMatch(/failed to draw this map.*log/);
    });

    it('keeps running: diagnostics are still published, the process is alive', async () => {
        const diagnostics = await faulty.diagnostics(uri, d => d.length > 0);
        expect(diagnostics.map(d => d.code)).toContain('JM004');
        expect(faulty.process.exitCode).toBeNull();
    });

    it('the same requests work on a server without the fault', async () => {
        await healthy.diagnostics(uri, d => d.length > 0);
        const hover = await healthy.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position });
        expect(JSON.stringify(hover)).toContain('Lan');
        const completion = await healthy.connection.sendRequest(CompletionRequest.method, { textDocument: { uri }, position: { line: 7, character: 14 } }) as { items: unknown[] };
        expect(completion.items.length).toBeGreaterThan(0);
        expect(healthy.logs.filter(log => log.type === 1)).toEqual([]);
    });

    it('a refusal meant for the user is still an error the editor shows (not swallowed)', async () => {
        await expect(healthy.connection.sendRequest(RenameRequest.method, { textDocument: { uri }, position, newName: 'two words' })).rejects.toThrow('is not a valid name');
    });
});

describe('a validation check that throws', () => {
    it('becomes a diagnostic and a log line; the other checks still report', async () => {
        const { journeyLanguage } = createJourneyServices();
        journeyLanguage.validation.ValidationRegistry.register<JourneyMapAstType>({ Touchpoint: (): void => { throw new Error('a broken check'); } });
        const logged: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => void logged.push(args);
        try {
            const [document] = await loadWorkspace(journeyLanguage, [{ uri: memoryUri('map.journey'), text: map }]);
            const messages = (document.diagnostics ?? []).map(d => `${d.code ?? ''} ${d.message}`);
            expect(messages.some(m => m.includes('a broken check'))).toBe(true);
            expect(messages.some(m => m.startsWith('JM004'))).toBe(true);
        } finally {
            console.error = original;
        }
        expect(logged.length).toBeGreaterThan(0);
    });
});

describe.runIf(chromiumAvailable())('the preview while the language server restarts', { timeout: 60_000 }, () => {
    it('says the server stopped over the last diagram, and clears that once it runs again', async () => {
        // client/preview/preview-panel.ts posts these messages when the language client's state changes.
        const page = await PreviewPage.open();
        try {
            const ws = await workspaceOf({ 'map.journey': map.replace('emotion 9', 'emotion 4') });
            const result = new PreviewSupport(ws.services.shared).diagram(ws.documents['map.journey'].uri.toString()) as DiagramsResult;
            await page.showDiagram({ type: 'diagram', result, theme: 'light', locked: false, fileName: 'map.journey' });
            await page.send({ type: 'serverStatus', message: 'The journey language server stopped; restarting…' });
            await page.page.locator('#server-status').waitFor({ state: 'visible' });
            expect(await page.page.locator('#server-status').textContent()).toBe('The journey language server stopped; restarting…');
            expect(await page.page.locator('#server-status').getAttribute('role')).toBe('status');
            expect(await page.page.locator('#canvas svg').count()).toBe(1);
            await page.page.screenshot({ path: 'test-results/screenshots/preview-server-stopped.png' });
            await page.send({ type: 'serverStatus' });
            await page.page.locator('#server-status').waitFor({ state: 'hidden' });
            expect(page.errors).toEqual([]);
        } finally {
            await page.close();
        }
    });
});
