// Runs in the real extension host: the language server process is killed as a crash would end it
// (SIGKILL, no goodbye), and the client must start a new one that serves the same documents again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it, before } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { JourneyMapsApi } from '../../../client/extension.js';
import { findProcesses, isLanguageServer } from '../processes.js';
import { EXTENSION_ID, waitFor, workspaceFile } from './helpers.js';

/** The journey language servers this extension host started (its children). */
function languageServerPids(): number[] {
    return findProcesses(child => child.parent === process.pid && isLanguageServer(child.commandLine));
}

/** Whether a child process has died and not been reaped yet (its state in /proc is Z). */
function isZombie(pid: number): boolean {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
    } catch {
        return false;
    }
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
            // As when the user types while the server dies: the client writes to the dead process before
            // it has noticed the death (each write fails with EPIPE, which must not stop the restart).
            // Waiting without yielding keeps the extension host from noticing; the dead child stays a zombie.
            const deadline = Date.now() + 5_000;
            while (!isZombie(victim) && Date.now() < deadline) { /* the kill takes a moment */ }
            assert.ok(isZombie(victim), 'the killed server is dead');
            for (let write = 0; write < 6; write++) {
                void api.client.sendNotification('workspace/didChangeConfiguration', { settings: {} }).catch(() => undefined);
            }
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

describe('Journey: Restart Language Server', () => {
    it('starts a new language server that serves the workspace', async () => {
        const extension = vscode.extensions.getExtension<JourneyMapsApi>(EXTENSION_ID);
        const api = await extension!.activate();
        const [before] = await waitFor('the running language server', () => api.client.state === State.Running && languageServerPids());
        await vscode.commands.executeCommand('journeyMaps.restartServer');
        const [after] = await waitFor('a new language server process', () => {
            const pids = languageServerPids();
            return api.client.state === State.Running && pids.length === 1 && pids[0] !== before ? pids : undefined;
        });
        assert.notEqual(after, before);
        const symbols = await waitFor('workspace symbols from the new server', async () => {
            const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'chị_Lan');
            return found && found.length > 0 ? found : undefined;
        });
        assert.ok(symbols.some(symbol => symbol.name === 'chị_Lan'));
    });
});
