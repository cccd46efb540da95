// Runs in the real extension host: *Journey: Import Mermaid Journey…* on a .mmd file and on a
// selection of a Markdown file opens the imported map as a new journey document, which the language
// server checks with no error.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { waitFor, workspaceFile } from './helpers.js';

const DIAGRAM = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Do work: 1: Me, Cat
`;

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
    const uri = workspaceFile(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
}

async function importedFrom(run: () => Thenable<unknown>): Promise<vscode.TextDocument> {
    const document = await run() as vscode.TextDocument | undefined;
    assert.ok(document, 'the command returns the document it opened');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the imported map is the active editor');
    assert.equal(document.languageId, 'journey');
    assert.equal(document.isUntitled, true, 'a new, unsaved document: the user saves it where they want');
    return document;
}

async function errorsOf(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
    // The language server reports the JM007 warning of "Do work" (emotion 1, no pain point): it has checked the document.
    await waitFor('the diagnostics of the imported map', () => vscode.languages.getDiagnostics(document.uri).length > 0);
    return vscode.languages.getDiagnostics(document.uri).filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error);
}

describe('Journey: Import Mermaid Journey…', () => {
    it('imports the .mmd file clicked in the explorer as a new journey document', async () => {
        const uri = await writeFile('working-day.mmd', DIAGRAM);
        const document = await importedFrom(() => vscode.commands.executeCommand('journeyMaps.importMermaid', uri));
        assert.match(document.getText(), /^persona me "Me"\n\npersona cat "Cat"\n\njourney my_working_day "My working day" \{\n/);
        assert.deepEqual(await errorsOf(document), []);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('imports the selection of a Markdown document, a diagram without its fence', async () => {
        const uri = await writeFile('notes.md', `# Notes\n\nSome text.\n\n\`\`\`mermaid\n${DIAGRAM}\`\`\`\n`);
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        editor.selection = new vscode.Selection(5, 0, 10, 0);
        const document = await importedFrom(() => vscode.commands.executeCommand('journeyMaps.importMermaid'));
        assert.match(document.getText(), /research "Imported from the Mermaid journey diagram at line 6 of notes\.md"/);
        assert.deepEqual(await errorsOf(document), []);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
});
