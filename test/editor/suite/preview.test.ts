// Runs in the real extension host: the live preview (through the extension's API, which exposes
// the panel's state and a "diagram shown" event), its exports, and the Markdown preview plugin.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { JourneyMapsApi } from '../../../client/extension.js';
import type { DiagramsResult } from '../../../protocol/preview-data.js';
import { EXTENSION_ID, waitFor, workspaceFile } from './helpers.js';

/** The next diagram the preview shows that satisfies `accept`. */
function nextDiagram(api: JourneyMapsApi, what: string, accept: (result: DiagramsResult) => boolean, timeout = 30_000): Promise<DiagramsResult> {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            listener.dispose();
            const { state, result, latest } = api.preview.current;
            reject(new Error(`timed out waiting for ${what}; the preview shows ${JSON.stringify({ state, version: result?.version, view: result?.view, errors: result?.errors, latest: { version: latest?.version, errors: latest?.errors, notice: latest?.notice, mermaid: Boolean(latest?.mermaid) } })}`));
        }, timeout);
        const listener = api.preview.onDidRender(result => {
            if (accept(result)) {
                clearTimeout(timer);
                listener.dispose();
                resolve(result);
            }
        });
    });
}

async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('the live preview', () => {
    let api: JourneyMapsApi;
    let document: vscode.TextDocument;
    let original: string;

    before(async () => {
        const extension = vscode.extensions.getExtension<JourneyMapsApi>(EXTENSION_ID);
        assert.ok(extension);
        api = await extension.activate();
        document = await vscode.workspace.openTextDocument(workspaceFile('bank-account.journey'));
        original = document.getText();
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    });

    after(async () => {
        await replaceAll(document, original);
        await document.save();
    });

    it('opens beside the editor and shows the map view (the classic journey map) first', async () => {
        const shown = nextDiagram(api, 'the first diagram', result => result.uri === document.uri.toString());
        await vscode.commands.executeCommand('journeyMaps.openPreviewToSide');
        const result = await shown;
        assert.equal(result.view, 'map');
        assert.match(result.mermaid ?? '', /^block-beta$/m);
        assert.ok(api.preview.isOpen);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the editor keeps the focus');
    });

    it('follows every edit of the map', async () => {
        const updated = nextDiagram(api, 'the edited label', result => (result.mermaid ?? '').includes('Reads every fee'));
        await replaceAll(document, document.getText().replace('"Reads the fee table on the bank website"', '"Reads every fee of the bank website"'));
        await updated;
    });

    it('keeps the last good diagram while the map has an error', async () => {
        const before = api.preview.current.result?.mermaid;
        await replaceAll(document, document.getText().replace(/emotion 2\b/, 'emotion 9'));
        await waitFor('the error diagnostic', () => vscode.languages.getDiagnostics(document.uri).some(d => d.severity === vscode.DiagnosticSeverity.Error));
        await new Promise(resolve => setTimeout(resolve, 500));
        assert.equal(api.preview.current.result?.mermaid, before, 'the preview still shows the last good diagram');
        const fixed = nextDiagram(api, 'the diagram after the fix', result => result.version > 0 && (result.mermaid ?? '').length > 0);
        await replaceAll(document, document.getText().replace('emotion 9', 'emotion 2'));
        await fixed;
    });

    it('switches to another view', async () => {
        const journey = nextDiagram(api, 'the journey view', result => result.view === 'journey');
        await vscode.commands.executeCommand('journeyMaps.showView', 'journey');
        assert.match((await journey).mermaid ?? '', /^journey$/m);
    });

    it('exports the view as SVG, PNG and Markdown', async () => {
        const folder = vscode.workspace.workspaceFolders![0].uri;
        const svg = await vscode.commands.executeCommand<vscode.Uri>('journeyMaps.exportSvg', vscode.Uri.joinPath(folder, 'out.svg'));
        const png = await vscode.commands.executeCommand<vscode.Uri>('journeyMaps.exportPng', vscode.Uri.joinPath(folder, 'out.png'));
        const md = await vscode.commands.executeCommand<vscode.Uri>('journeyMaps.exportMarkdown', vscode.Uri.joinPath(folder, 'out.md'));
        const text = (uri: vscode.Uri) => vscode.workspace.fs.readFile(uri).then(bytes => Buffer.from(bytes));
        assert.match((await text(svg)).toString('utf8'), /^<svg[\s\S]*<\/svg>$/);
        assert.equal((await text(png)).subarray(1, 4).toString(), 'PNG');
        assert.match((await text(md)).toString('utf8'), /```mermaid\n(%%\{.*\}%%\n)?journey\n/m);
    });

    it('follows the active .journey editor, unless locked', async () => {
        const other = await vscode.workspace.openTextDocument(workspaceFile('coffee-loyalty.journey'));
        const followed = nextDiagram(api, 'the other map', result => result.uri === other.uri.toString());
        await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
        await followed;
        await vscode.commands.executeCommand('journeyMaps.togglePreviewLock');
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        await new Promise(resolve => setTimeout(resolve, 500));
        assert.equal(api.preview.current.state?.uri, other.uri.toString(), 'a locked preview stays on its file');
        assert.equal(api.preview.current.state?.locked, true);
        await vscode.commands.executeCommand('journeyMaps.togglePreviewLock');
    });
});

describe('journey blocks in the Markdown preview', () => {
    it("renders a ```journey block as its diagram's Mermaid source, and errors inside the block", async () => {
        const markdown = [
            '# Spec', '', '```journey', 'journey spec_map "From the spec" {', '  persona minh', '', '  stage s {', '    touchpoint t "Calls support" {', '      emotion 4', '    }', '  }', '}', '```', '',
            '```journey', 'journey broken {', '  persona nobody_here', '  stage s { touchpoint t }', '}', '```', ''
        ].join('\n');
        const html = await waitFor('the rendered blocks', async () => {
            const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
            return rendered.includes('journey-mermaid') && rendered.includes('journey-errors') ? rendered : undefined;
        });
        assert.match(html, /<pre class="journey-mermaid"[^>]*>[^<]*block-beta\n[\s\S]*Calls support/);
        assert.match(html, /No persona named `nobody_here`|No persona named <code>nobody_here<\/code>|nobody_here/);
    });
});
