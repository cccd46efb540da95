import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, type Diagnostic, type InitializeResult } from 'vscode-languageserver-protocol';

export interface ServerSession {
    connection: MessageConnection;
    process: ChildProcess;
    initialize: InitializeResult;
    /** The server's log (window/logMessage) so far. */
    logs: Array<{ type: number; message: string }>;
    /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
    diagnostics(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    stop(): Promise<void>;
}

/**
 * Starts the bundled language server (dist/server.js --stdio) on a workspace folder, as any LSP client would.
 * `env` is added to the server's environment (e.g. JOURNEY_TEST_FAULT, docs/reliability.md); `locale` is the
 * display language the client says at `initialize`, as VS Code does.
 */
export async function startServer(folder: string, options: { env?: Record<string, string>; locale?: string } = {}): Promise<ServerSession> {
    const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Map<string, Diagnostic[]>();
    const waiting: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, params.diagnostics);
        for (const waiter of [...waiting]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiting.splice(waiting.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    const logs: Array<{ type: number; message: string }> = [];
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => void logs.push(params));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const rootUri = pathToFileURL(folder).toString();
    const initialize = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        locale: options.locale,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'maps' }],
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true },
            textDocument: { completion: { completionItem: { snippetSupport: true } }, rename: { prepareSupport: true } }
        }
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        connection,
        process: child,
        initialize,
        logs,
        diagnostics: (uri, accept = () => true) => {
            const known = published.get(uri);
            if (known && accept(known)) {
                return Promise.resolve(known);
            }
            return new Promise(resolvePromise => waiting.push({ uri, accept, resolve: resolvePromise }));
        },
        stop: async () => {
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            await new Promise(resolveExit => child.once('exit', resolveExit));
            connection.dispose();
        }
    };
}
