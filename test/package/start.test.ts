// `npm start` as the README says, run the way a user runs it: npm from a user's PATH, the address it
// prints answers with VS Code's workbench on examples/, and stopping npm (a signal to npm alone, or Ctrl+C
// to the terminal's process group) ends everything it started and frees the port.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, portInUse } from '../editor/code-server.js';
import { findProcesses } from '../editor/processes.js';
import { editorTestsBlockedBy, editorTestsRequired, skipBanner } from '../editor/requirements.js';

const blocked = editorTestsBlockedBy({ needChromium: false });
if (blocked !== undefined) {
    if (editorTestsRequired()) throw new Error(`The npm start check cannot run: ${blocked}`);
    console.warn(skipBanner(blocked));
}

/** npm and every process below it, as pids (walking /proc's parent links). */
function processTree(root: number): number[] {
    const all = new Map<number, number>();
    findProcesses(info => { all.set(info.pid, info.parent); return false; });
    const tree = [root];
    for (let grown = true; grown;) {
        grown = false;
        for (const [pid, parent] of all) {
            if (tree.includes(parent) && !tree.includes(pid)) { tree.push(pid); grown = true; }
        }
    }
    return tree;
}

const alive = (pid: number) => findProcesses(info => info.pid === pid).length > 0;

/** Starts `npm start` in a process group of its own (as a terminal does) and waits for the address it prints. */
async function npmStart(): Promise<{ npm: ChildProcess; url: string; output: () => string }> {
    // A user's shell: no node_modules/.bin on the PATH (npm test puts it there), so npm runs on the
    // machine's Node (20 here) and `npm start` must bring its own Node 22. No DISPLAY: only the address
    // is printed, no Chromium window is opened.
    const PATH = (process.env.PATH ?? '').split(path.delimiter).filter(dir => !dir.endsWith(path.join('node_modules', '.bin'))).join(path.delimiter);
    const npm = spawn('npm', ['start'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH, DISPLAY: '' } });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address within 240 s:\n${output}`)), 240_000);
        const read = (chunk: Buffer) => {
            output += chunk.toString();
            const found = /Open (http:\/\/127\.0\.0\.1:\d+\/\S*) in your browser/.exec(output);
            if (found) { clearTimeout(timer); resolve(found[1]); }
        };
        npm.stdout?.on('data', read);
        npm.stderr?.on('data', read);
        npm.once('exit', code => { clearTimeout(timer); reject(new Error(`npm start exited (${code}) before printing an address:\n${output}`)); });
    });
    return { npm, url, output: () => output };
}

/** Every process tree seen, to end what a failed check leaves behind. */
const seen: number[][] = [];

async function expectStopped(npm: ChildProcess, tree: number[], port: number): Promise<void> {
    if (npm.exitCode === null && npm.signalCode === null) await new Promise(resolve => npm.once('exit', resolve));
    // code-server's stop waits up to 7 s for its process group; allow some more.
    await expect.poll(() => tree.filter(alive), { timeout: 15_000, interval: 250 }).toEqual([]);
    expect(await portInUse(port)).toBe(false);
}

describe.skipIf(blocked !== undefined)('npm start', () => {
    afterEach(() => {
        // Should a check fail, do not leave an editor running.
        for (const pid of seen.splice(0).flat()) if (alive(pid)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    });

    it('serves VS Code on examples/ at the address it prints; SIGTERM to npm stops it all and frees the port', async () => {
        const { npm, url } = await npmStart();
        const port = Number(new URL(url).port);
        expect(new URL(url).searchParams.get('folder')).toBe(`${ROOT}/examples`);
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('vscode-workbench-web-configuration');

        const tree = processTree(npm.pid!);
        seen.push(tree);
        expect(tree.length).toBeGreaterThan(2); // npm, the start script, code-server and its helpers
        npm.kill('SIGTERM'); // to npm alone, as `kill PID` or a process manager does
        await expectStopped(npm, tree, port);
    });

    it('stops when npm itself is killed (SIGKILL, no chance to pass a signal on)', async () => {
        const { npm, url } = await npmStart();
        const port = Number(new URL(url).port);
        const tree = processTree(npm.pid!);
        seen.push(tree);
        npm.kill('SIGKILL');
        await expectStopped(npm, tree, port);
    });

    it('stops on Ctrl+C (SIGINT to the terminal\'s process group)', async () => {
        const { npm, url } = await npmStart();
        const port = Number(new URL(url).port);
        expect((await fetch(url)).status).toBe(200);
        const tree = processTree(npm.pid!);
        seen.push(tree);
        process.kill(-npm.pid!, 'SIGINT');
        await expectStopped(npm, tree, port);
    });
});
