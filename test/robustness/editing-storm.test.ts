import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type Diagnostic, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_FUZZ } from '../fuzz/config.js';
import { tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';
import { exampleFiles } from '../helpers/reference.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { workspaceOf } from '../helpers/workspace.js';

/**
 * An editing storm at the protocol level (docs/reliability.md): the real server (dist/server.js over
 * stdio) on a folder of all the examples receives 1,000 rapid incremental edits of one of them
 * (typing, deleting, pasting, breaking lines; in bursts, so that builds start and are cancelled
 * under way). Then the diagnostics it published last must equal those of a fresh validation of the
 * final text in a new workspace: none stale, none lost.
 */

const EDITS = LONG_FUZZ ? 5_000 : 1_000;
const SEEDS = LONG_FUZZ ? [1, 2, 3, 4, 5] : [20260405];

const PIECES = ['a', 'e', ' ', '\n', '"', '{', '}', ',', '%', '5', 'emotion 2 ', 'pain p ', 'touchpoint t {', 'stage s {\n', '"label"', '// note\n',
    '/* ', ' */', 'persona chị_Lan', 'channel web', 'fixes ', 'ấ', '🎁', '\r\n', '\t'];

/** The next edit of a storm: a change event for the document as it is now. */
function nextEdit(next: () => number, document: TextDocument): TextDocumentContentChangeEvent {
    const text = document.getText();
    const offset = Math.floor(next() * (text.length + 1));
    const position = document.positionAt(offset);
    const kind = next();
    if (kind < 0.45 || text.length < 50) {
        // Typing: one character or a short piece.
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        return { range: { start: position, end: position }, text: piece };
    }
    if (kind < 0.8) {
        // Backspace or a selection deleted.
        const length = next() < 0.7 ? 1 : Math.floor(next() * 60);
        return { range: { start: position, end: document.positionAt(Math.min(text.length, offset + length)) }, text: '' };
    }
    if (kind < 0.95) {
        // Replacing a selection with a piece.
        const end = document.positionAt(Math.min(text.length, offset + Math.floor(next() * 20)));
        return { range: { start: position, end }, text: PIECES[Math.floor(next() * PIECES.length)] };
    }
    // Pasting a block of another part of the file.
    const from = Math.floor(next() * text.length);
    return { range: { start: position, end: position }, text: text.slice(from, from + Math.floor(next() * 400)) };
}

/** What two publications must agree on (the server adds documentation links). */
function comparable(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`).sort();
}

describe('an editing storm over the protocol', { timeout: LONG_FUZZ ? 1_800_000 : 120_000 }, () => {
    const examples = exampleFiles();
    const target = 'gift-purchase.journey';
    let server: ServerSession;
    let folder: string;

    beforeAll(async () => {
        folder = tempFolder(examples);
        server = await startServer(folder);
    });

    afterAll(async () => {
        await server?.stop();
    });

    for (const seed of SEEDS) {
        it(`${EDITS} rapid incremental edits (seed ${seed}) end with the diagnostics of a fresh validation`, async () => {
            const uri = pathToFileURL(join(folder, target)).toString();
            const next = seededRandom(seed);
            let document = TextDocument.create(uri, 'journey', 1, examples[target]);
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: examples[target] } });
            const started = performance.now();
            for (let i = 0; i < EDITS; i++) {
                // One to three changes per notification, as an editor batches them.
                const changes: TextDocumentContentChangeEvent[] = [];
                for (let k = 0, n = 1 + Math.floor(next() * 3); k < n; k++) {
                    const change = nextEdit(next, document);
                    changes.push(change);
                    document = TextDocument.update(document, [change], document.version + 1);
                }
                const version = document.version;
                void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
                // Bursts: now and then a pause, long enough for a build to start and be cancelled by the next edit.
                if (next() < 0.05) {
                    await new Promise(resolve => setTimeout(resolve, Math.floor(next() * 40)));
                }
            }
            const sent = performance.now() - started;
            const finalText = document.getText();
            // A code action request waits until the document's last version is validated.
            await server.connection.sendRequest(CodeActionRequest.method, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
            const fresh = await workspaceOf({ ...examples, [target]: finalText });
            // Every file's last publication (the others' JM003 and JM002 depend on the edited file): wait until it matches,
            // then check that nothing different comes after it.
            const all = async () => Object.fromEntries(await Promise.all(Object.keys(examples).map(async name =>
                [name, comparable(await server.diagnostics(pathToFileURL(join(folder, name)).toString()))] as const)));
            const expected = Object.fromEntries(Object.keys(examples).map(name => [name, comparable(fresh.diagnostics(name))]));
            await expect.poll(all, { timeout: 20_000, interval: 100 }).toEqual(expected);
            await new Promise(resolve => setTimeout(resolve, 1_000));
            expect(await all()).toEqual(expected);
            console.info(`editing storm (seed ${seed}): ${EDITS} edits sent in ${Math.round(sent)} ms, final text ${finalText.length} characters, ${expected[target].length} diagnostics there, ${Object.values(expected).flat().length} in all`);
            expect(server.process.exitCode).toBeNull();
            // Back to the example for the next storm.
            await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version + 1 }, contentChanges: [{ text: examples[target] }] });
        });
    }
});
