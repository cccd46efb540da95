import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol';
import { tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';

// The real server (dist/server.js) on a folder whose files turn into what cannot be read. Every
// request must be answered, whatever the file system does (docs/workspace.md, docs/reliability.md).

/** A request's answer, or 'no answer' after 10 s (the server never answered in that time before the fix). */
function answerOf<T>(request: Promise<T>): Promise<T | 'no answer'> {
    return Promise.race([request, new Promise<'no answer'>(resolve => setTimeout(() => resolve('no answer'), 10_000))]);
}

const symbolNames = async (server: ServerSession) => {
    const symbols = await answerOf(server.connection.sendRequest(WorkspaceSymbolRequest.method, { query: '' }) as Promise<SymbolInformation[]>);
    return symbols === 'no answer' ? symbols : symbols.map(symbol => symbol.name).filter(name => /^(lan|mai|linked)$/.test(name)).sort();
};

const watched = (server: ServerSession, path: string, type: FileChangeType) =>
    server.connection.sendNotification(DidChangeWatchedFilesNotification.method, { changes: [{ uri: pathToFileURL(path).toString(), type }] });

describe('the server answers every request, whatever the file system does', { timeout: 60_000 }, () => {
    let server: ServerSession | undefined;
    afterEach(async () => {
        server?.process.kill();
        server = undefined;
    });

    it('a workspace/symbol request arriving while a new x.journey that is a folder or a dangling link is loading', async () => {
        const folder = tempFolder({ 'a.journey': 'persona lan "Lan"\n', 'b.journey': 'persona mai "Mai"\n' });
        server = await startServer(folder);
        expect(await symbolNames(server)).toEqual(['lan', 'mai']);
        // A folder of many folders: the server searches it for maps long enough for the request to arrive meanwhile.
        for (let i = 0; i < 400; i++) {
            mkdirSync(join(folder, 'folder.journey', `notes-${i}`, 'drafts'), { recursive: true });
        }
        await watched(server, join(folder, 'folder.journey'), FileChangeType.Created);
        expect(await symbolNames(server)).toEqual(['lan', 'mai']);
        symlinkSync(join(folder, 'gone.journey'), join(folder, 'dangling.journey'));
        await watched(server, join(folder, 'dangling.journey'), FileChangeType.Created);
        expect(await symbolNames(server)).toEqual(['lan', 'mai']);
    });

    it('a loaded map that becomes a FIFO or a folder leaves the workspace; nothing hangs', async () => {
        const folder = tempFolder({ 'a.journey': 'persona lan "Lan"\n', 'b.journey': 'persona mai "Mai"\n', 'c.journey': 'persona linked "L"\n' });
        server = await startServer(folder);
        expect(await symbolNames(server)).toEqual(['lan', 'linked', 'mai']);
        rmSync(join(folder, 'a.journey'));
        execFileSync('mkfifo', [join(folder, 'a.journey')]);
        await watched(server, join(folder, 'a.journey'), FileChangeType.Changed);
        expect(await symbolNames(server)).toEqual(['linked', 'mai']);
        rmSync(join(folder, 'b.journey'));
        mkdirSync(join(folder, 'b.journey'));
        await watched(server, join(folder, 'b.journey'), FileChangeType.Changed);
        expect(await symbolNames(server)).toEqual(['linked']);
    });

    it('a link to a map, added to the folder, is not read: links are treated as by the CLI', async () => {
        const outside = tempFolder({ 'shared.journey': 'persona linked "Linked"\n' });
        const folder = tempFolder({ 'a.journey': 'persona lan "Lan"\n' });
        server = await startServer(folder);
        expect(await symbolNames(server)).toEqual(['lan']);
        symlinkSync(join(outside, 'shared.journey'), join(folder, 'shared.journey'));
        await watched(server, join(folder, 'shared.journey'), FileChangeType.Created);
        expect(await symbolNames(server)).toEqual(['lan']);
    });

    it('a map over 50 MB in the folder at start is left out, with a line in the log; the others load', async () => {
        const folder = tempFolder({ 'a.journey': 'persona lan "Lan"\n', 'huge.journey': '' });
        truncateSync(join(folder, 'huge.journey'), 50 * 1024 * 1024 + 1);
        server = await startServer(folder);
        expect(await symbolNames(server)).toEqual(['lan']);
        expect(server.logs.map(log => log.message)).toContainEqual(expect.stringMatching(/^\[journey\] left out file:\/\/.*huge\.journey: it cannot be read \(it is larger than 50 MB/));
    });

    it('a didOpen whose uri is not a string is logged and dropped: no document named [object Object]', async () => {
        const folder = tempFolder({ 'a.journey': 'persona lan "Lan"\n' });
        server = await startServer(folder);
        const uri = pathToFileURL(join(folder, 'a.journey')).toString();
        for (const bad of [{}, 42, null]) {
            await server.connection.sendNotification(DidOpenTextDocumentNotification.method, { textDocument: { uri: bad, languageId: 'journey', version: 1, text: 'persona lan "Again"\n' } });
        }
        expect(await symbolNames(server)).toEqual(['lan']);
        await server.connection.sendNotification(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'journey', version: 1, text: 'persona lan "Lan"\npersona mai "Mai"\n' } });
        expect(await server.diagnostics(uri, diagnostics => diagnostics.length === 0)).toEqual([]);
        expect(await symbolNames(server)).toEqual(['lan', 'mai']);
        expect(server.logs.map(log => log.message)).toEqual(expect.arrayContaining([
            '[journey] ignored a DidOpenTextDocument notification: its textDocument.uri is object, not a string',
            '[journey] ignored a DidOpenTextDocument notification: its textDocument.uri is number, not a string',
            '[journey] ignored a DidOpenTextDocument notification: its textDocument.uri is null, not a string'
        ]));
    });
});

