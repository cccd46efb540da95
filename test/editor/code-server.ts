// Starts code-server (VS Code 1.117 in the browser) for the editor tests and for `npm start`.
// Everything it writes goes to a state folder of its own (HOME, XDG, TMPDIR, user data,
// extensions); it runs in a process group of its own, and stop() ends the whole group.
//
// This file uses only type syntax that Node can strip, so scripts/start.mjs imports it as it is; it
// imports its neighbours by their .ts names, since Node (unlike vitest and esbuild) does not map .js to .ts.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_BIN, ROOT, installCodeServer, projectNode } from '../../scripts/install-code-server.mjs';
import { findProcesses, isLanguageServer } from './processes.ts';

export { ROOT };

/** The user settings every code-server window gets: no welcome page, chat, tips, trust prompt, telemetry, updates. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.editor.untitled.hint': 'hidden',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'remote.autoForwardPorts': false,
    'editor.accessibilitySupport': 'off'
};

export interface CodeServerOptions {
    /** Loopback port; default: a free one. */
    port?: number;
    /**
     * Folder for HOME, XDG, TMPDIR, user data and extensions. Default: a fresh temporary folder,
     * removed by stop() (kept when EDITOR_TEST_KEEP=1, to look at logs).
     */
    stateDir?: string;
    /** User settings over QUIET_SETTINGS. settings.json is written only when it does not exist yet. */
    settings?: Record<string, unknown>;
    /**
     * Extension folders linked into the extensions folder, so every window has them, even one opened
     * by a plain URL (used by `npm start`). The tests load the extension with a URL payload instead.
     */
    linkExtensions?: string[];
    /** Copy code-server's output to this stream as well (it is always kept for log()). */
    echo?: NodeJS.WritableStream;
}

export interface WorkbenchUrlOptions {
    /** Absolute folder to open. */
    folder: string;
    /**
     * Extension folder loaded as in an Extension Development Host, or null for none.
     * Default: the repository root (package.json, main ./dist/extension.js).
     */
    extensionDevelopmentPath?: string | null;
    /** Absolute path of a module whose run() the extension host runs as a test suite. */
    extensionTestsPath?: string;
}

export interface CodeServer {
    readonly port: number;
    /** http://127.0.0.1:PORT */
    readonly origin: string;
    readonly stateDir: string;
    readonly userDataDir: string;
    readonly extensionsDir: string;
    /** HOME, XDG_* and TMPDIR inside stateDir: use them for Chromium too. */
    readonly env: NodeJS.ProcessEnv;
    /** The workbench URL for a folder, with the extension (and tests) as a URL payload. */
    url(options: WorkbenchUrlOptions): string;
    /** A file path as the vscode-remote URI the workbench uses. */
    remoteUri(absolutePath: string): string;
    /** Everything code-server printed so far. Not a test result: see docs/testing.md. */
    log(): string;
    /** The pids of the journey language servers (dist/server.js) running under this code-server. */
    languageServerPids(): number[];
    /** Ends code-server's whole process group and removes a temporary state folder. */
    stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}

/** True when something answers on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
    return new Promise(resolve => {
        const socket = net.connect({ host: '127.0.0.1', port });
        socket.once('connect', () => { socket.destroy(); resolve(true); });
        socket.once('error', () => resolve(false));
    });
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function groupAlive(pid: number): boolean {
    try {
        process.kill(-pid, 0);
        return true;
    } catch {
        return false;
    }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
    try {
        process.kill(-pid, signal);
    } catch {
        // already gone
    }
}

/** Starts code-server (installing it first when missing) and resolves once /healthz answers. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
    installCodeServer({ quietWhenInstalled: true, needChromium: false });
    const node = projectNode().bin;
    const temporary = options.stateDir === undefined;
    const stateDir = options.stateDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'journey-editor-'));
    const dirs = {
        home: path.join(stateDir, 'home'),
        config: path.join(stateDir, 'home', '.config'),
        data: path.join(stateDir, 'home', '.local', 'share'),
        cache: path.join(stateDir, 'home', '.cache'),
        tmp: path.join(stateDir, 'tmp'),
        userData: path.join(stateDir, 'user-data'),
        extensions: path.join(stateDir, 'extensions')
    };
    for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });

    const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
    if (!fs.existsSync(settingsFile)) {
        fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
        fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 4) + '\n');
    }
    for (const extension of options.linkExtensions ?? []) {
        const pkg = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
        const link = path.join(dirs.extensions, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
        fs.rmSync(link, { recursive: true, force: true });
        fs.symlinkSync(extension, link, 'dir');
    }

    const port = options.port ?? await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const configFile = path.join(stateDir, 'config.yaml');
    fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        HOME: dirs.home,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache,
        TMPDIR: dirs.tmp,
        // The extension host and the language server it forks run on this Node (22), as in a user's VS Code.
        PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`
    };
    for (const name of ['PASSWORD', 'HASHED_PASSWORD', 'PORT', 'VSCODE_IPC_HOOK_CLI', 'ELECTRON_RUN_AS_NODE']) delete env[name];

    const args = [
        CODE_SERVER_BIN,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--config', configFile,
        '--user-data-dir', dirs.userData,
        '--extensions-dir', dirs.extensions,
        '--bind-addr', `127.0.0.1:${port}`
    ];
    // detached: a new session and process group (setsid), so stop() can end code-server's children too.
    const child: ChildProcess = spawn(node, args, { cwd: stateDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid === undefined) throw new Error('code-server did not start');
    let output = '';
    const collect = (chunk: Buffer) => {
        const text = chunk.toString();
        output += text;
        options.echo?.write(text);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let exited: number | null | undefined;
    child.on('exit', code => { exited = code; });
    // Should the test process die without stop(), do not leave code-server behind.
    const onExit = () => killGroup(pid, 'SIGKILL');
    process.on('exit', onExit);

    let stopped = false;
    const stop = async () => {
        if (stopped) return;
        stopped = true;
        killGroup(pid, 'SIGTERM');
        for (let waited = 0; groupAlive(pid) && waited < 5000; waited += 100) await sleep(100);
        if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
        for (let waited = 0; groupAlive(pid) && waited < 2000; waited += 100) await sleep(100);
        process.off('exit', onExit);
        if (temporary && process.env.EDITOR_TEST_KEEP !== '1') fs.rmSync(stateDir, { recursive: true, force: true });
    };

    const started = Date.now();
    for (;;) {
        if (exited !== undefined) {
            await stop();
            throw new Error(`code-server exited with code ${exited} before answering on ${origin}:\n${output}`);
        }
        try {
            const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) });
            if (response.ok) break;
        } catch {
            // not listening yet
        }
        if (Date.now() - started > 30_000) {
            await stop();
            throw new Error(`code-server did not answer on ${origin}/healthz within 30 s:\n${output}`);
        }
        await sleep(100);
    }

    const authority = `127.0.0.1:${port}`;
    const remoteUri = (absolutePath: string) => `vscode-remote://${authority}${encodeURI(path.resolve(absolutePath))}`;
    return {
        port,
        origin,
        stateDir,
        userDataDir: dirs.userData,
        extensionsDir: dirs.extensions,
        env: { HOME: dirs.home, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache, TMPDIR: dirs.tmp },
        remoteUri,
        url({ folder, extensionDevelopmentPath = ROOT, extensionTestsPath }: WorkbenchUrlOptions) {
            // code-server refuses --extensionDevelopmentPath on its command line; the workbench takes it as a payload.
            const payload: [string, string][] = [];
            if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)]);
            if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
            // Slashes stay readable in the folder: the URL is printed for people by `npm start`.
            let query = `folder=${encodeURIComponent(path.resolve(folder)).replace(/%2F/g, '/')}`;
            if (payload.length > 0) query += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
            return `${origin}/?${query}`;
        },
        log: () => output,
        // code-server runs in a session of its own (detached): its language servers are in it.
        languageServerPids: () => findProcesses(process => process.session === pid && isLanguageServer(process.commandLine)),
        stop
    };
}
