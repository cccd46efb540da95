import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';

/**
 * A name declared twice in the workspace (JM003) is reported on both declarations, in both files.
 * When one file changes, the other file's diagnostics must follow: found by the editing storm
 * (editing-storm.test.ts), where a file kept "declared more than once" errors for declarations
 * that had been deleted from another file. The other file has no reference to the edited one, so
 * Langium did not validate it again.
 */

const a = 'persona lan "Lan"\n';
const withoutLan = 'persona minh "Minh"\n';
const withLan = 'persona minh "Minh"\npersona lan "Lan again"\n';

describe('diagnostics of a file that depend on another file', { timeout: 15_000 }, () => {
    let server: ServerSession;
    let aUri: string;
    let bUri: string;

    beforeAll(async () => {
        const folder = tempFolder({ 'a.journey': a, 'b.journey': withoutLan });
        aUri = pathToFileURL(join(folder, 'a.journey')).toString();
        bUri = pathToFileURL(join(folder, 'b.journey')).toString();
        server = await startServer(folder);
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bUri, languageId: 'journey', version: 1, text: withoutLan } });
        expect(await server.diagnostics(aUri)).toEqual([]);
    }, 60_000); // a server started on a busy machine

    afterAll(async () => {
        await server?.stop();
    });

    const codes = (uri: string, accept: (codes: string[]) => boolean) =>
        server.diagnostics(uri, diagnostics => accept(diagnostics.map(d => String(d.code)))).then(diagnostics => diagnostics.map(d => String(d.code)));

    it('a duplicate typed in one file is reported in the other file too', async () => {
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bUri, version: 2 }, contentChanges: [{ text: withLan }] });
        expect(await codes(bUri, c => c.includes('JM003'))).toEqual(['JM003']);
        expect(await codes(aUri, c => c.includes('JM003'))).toEqual(['JM003']);
    });

    it('and goes away in both files when it is deleted', async () => {
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bUri, version: 3 }, contentChanges: [{ text: withoutLan }] });
        expect(await codes(bUri, c => c.length === 0)).toEqual([]);
        expect(await codes(aUri, c => c.length === 0)).toEqual([]);
    });

    it('and when the file that holds it is deleted', async () => {
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bUri, version: 4 }, contentChanges: [{ text: withLan }] });
        expect(await codes(aUri, c => c.includes('JM003'))).toEqual(['JM003']);
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bUri } });
        const { rmSync } = await import('node:fs');
        rmSync(new URL(bUri));
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: bUri, type: FileChangeType.Deleted }] });
        expect(await codes(aUri, c => c.length === 0)).toEqual([]);
    });
});
