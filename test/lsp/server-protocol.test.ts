import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentFormattingRequest,
    HoverRequest, RenameRequest, type CompletionList, type Hover, type LocationLink, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarkdownRequest } from '../../protocol/requests.js';
import { runCli, tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';

const people = 'persona lan "Lan Nguyen" {\n  goal "Buy a gift"\n}\n';
const gift = 'journey gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      channel web\n      emotion 4\n    }\n  }\n}\n';

describe('the bundled language server over stdio (dist/server.js --stdio)', () => {
    let server: ServerSession;
    let folder: string;
    let giftUri: string;
    let peopleUri: string;

    beforeAll(async () => {
        folder = tempFolder({ 'people.journey': people, 'maps/gift.journey': gift });
        giftUri = pathToFileURL(join(folder, 'maps/gift.journey')).toString();
        peopleUri = pathToFileURL(join(folder, 'people.journey')).toString();
        server = await startServer(folder);
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: giftUri, languageId: 'journey', version: 1, text: gift }
        });
    });

    afterAll(async () => {
        await server?.stop();
    });

    it('announces the features a BA uses', () => {
        const capabilities = server.initialize.capabilities;
        for (const feature of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider',
            'documentSymbolProvider', 'workspaceSymbolProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider',
            'codeActionProvider', 'foldingRangeProvider', 'semanticTokensProvider', 'inlayHintProvider', 'documentHighlightProvider'] as const) {
            expect(capabilities[feature], feature).toBeTruthy();
        }
    });

    it('publishes diagnostics with codes and documentation links, and updates them on a change', async () => {
        expect(await server.diagnostics(giftUri)).toEqual([]);
        const broken = gift.replace('emotion 4', 'emotion 9');
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: giftUri, version: 2 }, contentChanges: [{ text: broken }]
        });
        const [diagnostic] = await server.diagnostics(giftUri, d => d.length > 0);
        expect(diagnostic).toMatchObject({ code: 'JM004', severity: 1, range: { start: { line: 6, character: 14 } } });
        expect(diagnostic.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/diagnostics\.md#jm004$/);
        expect(readFileSync(new URL(diagnostic.codeDescription!.href), 'utf8')).toContain('<a id="jm004"></a>');
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: giftUri, version: 3 }, contentChanges: [{ text: gift }]
        });
        expect(await server.diagnostics(giftUri, d => d.length === 0)).toEqual([]);
    });

    it('answers journey/markdown with the Markdown document the CLI writes for the same journey and view (the preview\'s Markdown export)', async () => {
        const answer = await server.connection.sendRequest(MarkdownRequest.method, { uri: giftUri, journey: 'gift', view: 'journey' }) as MarkdownRequest.Result;
        const cli = runCli(['render', join(folder, 'maps/gift.journey'), '--workspace', folder, '--journey', 'gift', '--view', 'journey', '--format', 'markdown']);
        expect(cli.status).toBe(0);
        expect(answer.markdown).toBe(cli.stdout);
        expect(answer.markdown).toContain('Lan Nguyen');
        // A view that does not fit the journey: nothing to export.
        expect(await server.connection.sendRequest(MarkdownRequest.method, { uri: giftUri, journey: 'gift', view: 'day' })).toEqual({});
    });

    it('completes channels after `channel`', async () => {
        const list = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: giftUri }, position: { line: 5, character: 14 } }) as CompletionList;
        expect(list.items.map(item => item.label)).toEqual(expect.arrayContaining(['web', 'mobile', 'word-of-mouth']));
    });

    it("hovers a persona with its card, read from another file of the folder", async () => {
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: giftUri }, position: { line: 1, character: 11 } }) as Hover;
        expect(JSON.stringify(hover.contents)).toContain('Lan Nguyen');
        expect(JSON.stringify(hover.contents)).toContain('Buy a gift');
    });

    it('goes to the definition in the other file', async () => {
        const links = await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: giftUri }, position: { line: 1, character: 11 } }) as LocationLink[];
        expect(links.map(link => [link.targetUri, link.targetSelectionRange.start.line])).toEqual([[peopleUri, 0]]);
    });

    it('renames a persona in both files', async () => {
        const edit = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: giftUri }, position: { line: 1, character: 11 }, newName: 'chị_Lan' }) as WorkspaceEdit;
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([giftUri, peopleUri].sort());
    });

    it('refuses an invalid new name with a message the editor shows', async () => {
        await expect(server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: giftUri }, position: { line: 1, character: 11 }, newName: 'two words' }))
            .rejects.toThrow('is not a valid name');
    });

    it('formats a document to the canonical layout', async () => {
        const messy = 'journey gift "Gift" { persona lan\n stage s { touchpoint t { channel web emotion 4 } } }';
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: giftUri, version: 4 }, contentChanges: [{ text: messy }]
        });
        await server.diagnostics(giftUri, d => d.length === 0);
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: giftUri }, options: { tabSize: 2, insertSpaces: true } }) as TextEdit[];
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        expect(TextDocument.applyEdits(TextDocument.create(giftUri, 'journey', 4, messy), edits)).toBe(gift);
    });
});
