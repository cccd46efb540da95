// Helpers shared by the extension-host test files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'journey-maps.journey-maps-as-code';

export function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workbench has a folder open');
    return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls probe until it returns something other than undefined/false, or fails with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeout = 30_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}
