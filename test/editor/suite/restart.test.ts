// Runs in the real extension host: the language server process is killed as a crash would end it
// (SIGKILL, no goodbye), and the client must start a new one that serves the same documents again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it, before } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { JourneyMapsApi } from '../../../client/extension.js';
import { EXTENSION_ID, waitFor, workspaceFile } from './helpers.js';

/** The pids of this extension host's children that run the journey language server (dist/server.js). */
function languageServerPids(): number[] {
    const pids: number[] = [];
    for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
            const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
            const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
            if (parent === process.pid && /dist[/\\]server\.js/.test(commandLine)) pids.push(Number(entry));
        } catch {
            // The process ended while we looked.
        }
    }
    return pids;
}

describe('a crashed language server', () => {
    let api: JourneyMapsApi;

    before(async () => {
        const extension = vscode.extensions.getExtension<JourneyMapsApi>(EXTENSION_ID);
        assert.ok(extension);
        api = await extension.activate();
        await waitFor('the running language server', () => api.client.state === State.Running);
    });

    it('is restarted by the client, which serves the open map again', async () => {
        const document = await vscode.workspace.openTextDocument(workspaceFile('coffee-loyalty.journey'));
        await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
        const [victim, ...others] = languageServerPids();
        assert.ok(victim, 'the language server runs as a child process of the extension host');
        assert.deepEqual(others, [], 'one language server per window');

        const states: string[] = [];
        const listener = api.client.onDidChangeState(event => states.push(State[event.newState]));
        try {
            process.kill(victim, 'SIGKILL');
            await waitFor('a new language server process', () => {
                const [pid] = languageServerPids();
                return pid !== undefined && pid !== victim && api.client.state === State.Running ? pid : undefined;
            });
        } finally {
            listener.dispose();
        }
        assert.deepEqual(states.slice(0, 1), ['Stopped'], `client states after the kill: ${states.join(' → ')}`);
        assert.equal(states.at(-1), 'Running', `client states after the kill: ${states.join(' → ')}`);

        // The new server knows the open document: a fresh mistake gets its diagnostic, and the fix clears it.
        const original = document.getText();
        const broken = original.replace(/emotion (\d)\b/, 'emotion 9');
        assert.notEqual(broken, original);
        const edit = (text: string) => {
            const change = new vscode.WorkspaceEdit();
            change.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
            return vscode.workspace.applyEdit(change);
        };
        try {
            assert.ok(await edit(broken));
            const diagnostic = await waitFor('the new server to report the out-of-range score', () =>
                vscode.languages.getDiagnostics(document.uri).find(d => d.severity === vscode.DiagnosticSeverity.Error && /\b9\b/.test(d.message)));
            assert.match(String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code), /^JM\d{3}$/);
        } finally {
            assert.ok(await edit(original));
        }
        await waitFor('the diagnostics to clear after the fix', () => !vscode.languages.getDiagnostics(document.uri).some(d => d.severity === vscode.DiagnosticSeverity.Error));
        await document.save();

        // Workspace-wide features work too: the new server indexed the other files again.
        const symbols = await waitFor('workspace symbols from the new server', async () => {
            const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'chị_Lan');
            return found && found.length > 0 ? found : undefined;
        });
        assert.ok(symbols.some(symbol => symbol.name === 'chị_Lan'));
    });
});
