import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, PublishDiagnosticsNotification, type CompletionItem, type CompletionList
} from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from '../test/helpers/lsp-client.js';
import type { DiagramsResult, ModelChangedParams } from '../protocol/preview-data.js';
import { DiagramsRequest, ModelChangedNotification } from '../protocol/requests.js';
import type { BenchWorkspace } from './generate.js';
import { median, oneCharEdits } from './measure.js';

export interface ServerResult {
    touchpoints: number;
    /** Process start to the answer of `initialize`. */
    initializeMs: number;
    /** Process start, open the largest file, until its diagnostics are published. */
    openedMs: number;
    /** Process start until every file's diagnostics are published (the workspace is built and validated). */
    readyMs: number;
    /** Completion at the end of the largest file (top-level keywords). */
    completionEndMs: number;
    /** Completion of a channel name in the last touchpoint of the largest file (a scope lookup). */
    completionChannelMs: number;
    completionItems: number;
    hoverMs: number;
    /** After a one-character edit of the largest file: until its diagnostics are published. */
    editToDiagnosticsMs: number;
    /** After the edit: until journey/modelChanged names the file (the server waits 60 ms for typing bursts). */
    editToNotificationMs: number;
    /** The journey/diagrams request the preview then sends (model + view). */
    diagramsMs: number;
    /** Edit to the new Mermaid text in the client: notification, then diagrams. */
    editToDiagramMs: number;
    /** The Mermaid text of the last answer, for the preview page. */
    mermaid?: string;
}

/** Writes the workspace to a temporary folder. */
export function writeWorkspace(workspace: BenchWorkspace): string {
    const folder = mkdtempSync(join(tmpdir(), `journey-bench-${workspace.touchpoints}-`));
    for (const file of workspace.files) {
        mkdirSync(dirname(join(folder, file.name)), { recursive: true });
        writeFileSync(join(folder, file.name), file.text);
    }
    return folder;
}

/**
 * The language server as an editor uses it: dist/server.js --stdio, driven over JSON-RPC
 * (vscode-jsonrpc, as test/helpers/lsp-client.ts does). Times are request round trips.
 */
export async function benchServer(workspace: BenchWorkspace, runs: number, withEdits: boolean): Promise<ServerResult> {
    const folder = writeWorkspace(workspace);
    const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();
    const start = performance.now();
    let server: ServerSession | undefined;
    try {
        server = await startServer(folder);
        const initializeMs = performance.now() - start;
        const connection = server.connection;
        // Langium builds the workspace without validating it; opening a file validates it, and the
        // first edit (the open) validates every file not validated yet.
        const file = workspace.files.find(candidate => candidate.name === workspace.largestFile)!;
        const uri = uriOf(file.name);
        let version = 1;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version, text: file.text } });
        await server.diagnostics(uri);
        const openedMs = performance.now() - start;
        await Promise.all(workspace.files.map(other => server!.diagnostics(uriOf(other.name))));
        const readyMs = performance.now() - start;
        const lines = file.text.split('\n');
        const end = { line: lines.length - 1, character: 0 };
        const channelLine = lines.findLastIndex(line => line.startsWith('      channel '));
        const personaLine = lines.findIndex(line => line.startsWith('  persona '));

        const timed = async (request: () => Promise<unknown>) => {
            const result: number[] = [];
            for (let run = -2; run < runs; run++) {
                const t = performance.now();
                await request();
                if (run >= 0) result.push(performance.now() - t);
            }
            return median(result);
        };
        let items = 0;
        const completionEndMs = await timed(async () => {
            const list = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: end }) as CompletionList | CompletionItem[];
            items = Array.isArray(list) ? list.length : list.items.length;
        });
        const completionChannelMs = await timed(() => connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: channelLine, character: 14 } }));
        const hoverMs = await timed(() => connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: personaLine, character: 11 } }));

        const result: ServerResult = {
            touchpoints: workspace.touchpoints, initializeMs, openedMs, readyMs, completionEndMs, completionChannelMs, completionItems: items, hoverMs,
            editToDiagnosticsMs: NaN, editToNotificationMs: NaN, diagramsMs: NaN, editToDiagramMs: NaN
        };
        if (withEdits) {
            const waiters: Array<(params: ModelChangedParams) => void> = [];
            connection.onNotification(ModelChangedNotification.method, (params: ModelChangedParams) => waiters.splice(0).forEach(waiter => waiter(params)));
            const nextNotification = () => new Promise<void>(resolve => {
                const wait = (params: ModelChangedParams) => params.uris.includes(uri) ? resolve() : waiters.push(wait);
                waiters.push(wait);
            });
            // From here on, publications are counted here (this replaces the helper's handler, no longer needed).
            let published: (() => void) | undefined;
            connection.onNotification(PublishDiagnosticsNotification.type, params => {
                if (params.uri === uri) published?.();
            });
            const edits = oneCharEdits(file.text);
            const diagnostics: number[] = [];
            const notification: number[] = [];
            const diagrams: number[] = [];
            const total: number[] = [];
            for (let run = -2; run < runs; run++) {
                const text = edits();
                version++;
                const fresh = new Promise<void>(resolve => { published = resolve; });
                const notified = nextNotification();
                const t0 = performance.now();
                await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
                let tDiagnostics = NaN;
                void fresh.then(() => { tDiagnostics = performance.now(); });
                await notified;
                const t1 = performance.now();
                const answer = await connection.sendRequest(DiagramsRequest.method, { uri }) as DiagramsResult;
                const t2 = performance.now();
                if (answer.version !== version || !answer.mermaid) {
                    throw new Error(`journey/diagrams answered version ${answer.version} (sent ${version}): ${answer.notice ?? answer.errors.map(e => e.message).join('; ')}`);
                }
                result.mermaid = answer.mermaid;
                if (run >= 0) {
                    diagnostics.push(tDiagnostics - t0);
                    notification.push(t1 - t0);
                    diagrams.push(t2 - t1);
                    total.push(t2 - t0);
                }
            }
            Object.assign(result, {
                editToDiagnosticsMs: median(diagnostics.filter(value => !Number.isNaN(value))), editToNotificationMs: median(notification),
                diagramsMs: median(diagrams), editToDiagramMs: median(total)
            });
        }
        return result;
    } finally {
        await server?.stop();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** Start-up of the server alone: process start to `initialize` answered, on an empty folder. */
export async function benchServerStart(runs: number): Promise<{ initializeMs: number }> {
    const values: number[] = [];
    for (let run = 0; run < runs; run++) {
        const folder = mkdtempSync(join(tmpdir(), 'journey-bench-empty-'));
        const start = performance.now();
        const server = await startServer(folder);
        values.push(performance.now() - start);
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
    }
    return { initializeMs: median(values) };
}
