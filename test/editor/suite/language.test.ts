// Runs in the real extension host (VS Code 1.117 in code-server), on a copy of examples/:
// the language, the language server's diagnostics, completion and hover as VS Code asks for them.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceFile } from './helpers.js';

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The position just after `prefix` on the first line that contains it. */
function positionAfter(document: vscode.TextDocument, prefix: string): vscode.Position {
    const offset = document.getText().indexOf(prefix);
    assert.notEqual(offset, -1, `${prefix} is in ${document.uri.path}`);
    return document.positionAt(offset + prefix.length);
}

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents).map(content => typeof content === 'string' ? content : content.value).join('\n');
}

describe('the journey language in VS Code', () => {
    let document: vscode.TextDocument;
    let editor: vscode.TextEditor;

    before(async () => {
        document = await vscode.workspace.openTextDocument(workspaceFile('gift-purchase.journey'));
        editor = await vscode.window.showTextDocument(document);
    });

    it('opens a .journey file as the journey language and activates the extension', async () => {
        assert.equal(document.languageId, 'journey');
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is loaded`);
        await waitFor('the extension to activate', () => extension.isActive);
    });

    it('reports a JM diagnostic for an error typed in, and drops it on undo', async () => {
        const original = document.getText();
        const jm002 = () => vscode.languages.getDiagnostics(document.uri).filter(d => codeOf(d) === 'JM002');
        assert.deepEqual(jm002(), [], 'no JM002 before the edit');

        // The journey's persona becomes a name nothing declares: JM002, a reference names nothing.
        const start = positionAfter(document, '  persona ');
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(start, start.translate(0, 'chị_Lan'.length)), 'nobody_here');
        assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');

        const [diagnostic] = await waitFor('a JM002 diagnostic from the language server', () => jm002().length > 0 && jm002());
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(diagnostic.range.start.line, start.line);
        assert.match(diagnostic.message, /nobody_here/);

        await vscode.window.showTextDocument(document, { preserveFocus: false });
        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), original, 'undo restores the text');
        await waitFor('the JM002 diagnostic to disappear after undo', () => jm002().length === 0);
        assert.equal(vscode.window.activeTextEditor?.document, editor.document);
    });

    it('completes the built-in channels after `channel `', async () => {
        const position = positionAfter(document, '      channel ');
        const list = await waitFor('completion items after `channel `', async () => {
            const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
            return result.items.length > 0 && result;
        });
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const builtIn of ['web', 'mobile', 'email', 'social', 'phone', 'store']) {
            assert.ok(labels.includes(builtIn), `built-in channel ${builtIn} offered (got ${labels.join(', ')})`);
        }
    });

    it("hovers a persona reference with the persona's card", async () => {
        const position = positionAfter(document, '  persona chị_');
        const text = await waitFor('a hover on the persona', async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
            return hovers.length > 0 && hoverText(hovers);
        });
        assert.match(text, /Chị Lan, nhân viên văn phòng/);
        assert.match(text, /persona `chị_Lan`/);
        assert.match(text, /\*\*Goals\*\*/);
    });
});
