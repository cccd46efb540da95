#!/usr/bin/env node
// `npm start`: VS Code (code-server 4.117, in the browser) on examples/ with this extension installed.
// Builds dist/ when it is out of date; installs code-server into .editor-test/ the first time (about 2 minutes).
//
//   npm start                         examples/ on http://127.0.0.1:8080 (or a free port if 8080 is taken)
//   npm start -- --port 9000          another port
//   npm start -- --folder ~/maps      another folder
//   npm start -- --no-browser         only print the address, even when a display is available
//
// Ctrl+C, SIGTERM or SIGHUP stops code-server (and the Chromium window it opened), and so does the end
// of the process that started this one (npm): code-server runs in a process group of its own. State (settings, opened editors) is
// kept in .editor-test/start/ between runs; delete that folder to start afresh. See docs/testing.md.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from './build-if-stale.mjs';
import { CHROMIUM, CODE_SERVER_VERSION, EDITOR_TEST_DIR, ROOT, installCodeServer } from './install-code-server.mjs';

if (Number(process.versions.node.split('.')[0]) < 22) {
    console.error(`scripts/start.mjs needs Node.js 22 or newer; this is ${process.version}. Run it as \`npm start\`, which uses the project's Node 22.`);
    process.exit(2);
}
// The harness is TypeScript; Node 22 runs it as it is (type stripping), see package.json "start".
const { startCodeServer, portInUse, freePort } = await import('../test/editor/code-server.ts');
const { CHROMIUM_ARGS } = await import('../test/editor/browser.ts');

const { values: options } = parseArgs({
    options: {
        port: { type: 'string' },
        folder: { type: 'string' },
        'no-browser': { type: 'boolean', default: false }
    }
});

const STATE = path.join(EDITOR_TEST_DIR, 'start');
const folder = path.resolve(options.folder ?? path.join(ROOT, 'examples'));
if (!fs.existsSync(folder)) {
    console.error(`No such folder: ${folder}`);
    process.exit(2);
}
try {
    buildIfStale();
    installCodeServer({ quietWhenInstalled: true, needChromium: false });
} catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
}

let port = options.port === undefined ? 8080 : Number(options.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`Not a port: ${options.port}`);
    process.exit(2);
}
if (await portInUse(port)) {
    if (options.port !== undefined) {
        console.error(`Port ${port} is in use; choose another with --port.`);
        process.exit(1);
    }
    port = await freePort();
}

// The extension is linked into code-server's extensions folder, so a plain workbench URL has it (no
// "Extension Development Host" payload). extensions.json is VS Code's list of installed extensions:
// without it, VS Code scans the folder again at start and so always finds the link of this version.
fs.rmSync(path.join(STATE, 'extensions', 'extensions.json'), { force: true });
for (const entry of fs.existsSync(path.join(STATE, 'extensions')) ? fs.readdirSync(path.join(STATE, 'extensions')) : []) {
    if (entry.startsWith('journey-maps.journey-maps-as-code-')) fs.rmSync(path.join(STATE, 'extensions', entry), { recursive: true, force: true });
}

fs.mkdirSync(STATE, { recursive: true });
const logFile = path.join(STATE, 'code-server.log');
const server = await startCodeServer({ port, stateDir: STATE, linkExtensions: [ROOT], echo: fs.createWriteStream(logFile) });
const url = server.url({ folder, extensionDevelopmentPath: null });

let chromium;
if (process.env.DISPLAY && !options['no-browser'] && fs.existsSync(CHROMIUM)) {
    const args = [...CHROMIUM_ARGS.filter(arg => arg !== '--no-sandbox' || process.getuid?.() === 0),
        `--user-data-dir=${path.join(STATE, 'chromium')}`, `--app=${url}`];
    chromium = spawn(CHROMIUM, args, { detached: true, stdio: 'ignore' });
    chromium.on('error', error => console.error(`Could not open Chromium: ${error.message}`));
}

console.log(`
Journey Maps as Code in VS Code (code-server ${CODE_SERVER_VERSION}), on ${path.relative(process.cwd(), folder) || '.'}:

  Open ${url} in your browser
${chromium ? '\n  (a Chromium window is opening on it)\n' : ''}
Edit a .journey file to see the language server at work. After \`npm run build\`, reload the page
(or run "Developer: Reload Window") to load the new extension. code-server's log:
${path.relative(process.cwd(), logFile)}. Ctrl+C stops.
`);

let stopping = false;
async function stop(code) {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    clearInterval(parentWatch);
    console.log('\nStopping code-server ...');
    if (chromium?.pid) {
        try { process.kill(-chromium.pid, 'SIGTERM'); } catch { /* closed already */ }
    }
    await server.stop();
    process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
// npm passes SIGINT and SIGTERM on to the script, but whoever started this process may also end
// without a word (kill -9): then this process gets a new parent, and stops too.
const parent = process.ppid;
const parentWatch = setInterval(() => { if (process.ppid !== parent) void stop(0); }, 500);

// Stay up while code-server is: should it die, say so and stop.
const watch = setInterval(async () => {
    try {
        await fetch(`${server.origin}/healthz`, { signal: AbortSignal.timeout(5000) });
    } catch {
        if (stopping) return;
        console.error(`code-server stopped answering on ${server.origin}. Its last output:\n${server.log().split('\n').slice(-20).join('\n')}`);
        await stop(1);
    }
}, 5000);
