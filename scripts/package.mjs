#!/usr/bin/env node
// `npm run package`: journey-maps-<version>.vsix, the extension as desktop VS Code, VSCodium and
// code-server install it (`code --install-extension journey-maps-0.1.0.vsix`).
//
// It stages exactly what the extension uses in a temporary folder: production bundles (minified, no
// source maps, no tests; every npm package bundled, so no node_modules), the files the manifest's
// `contributes` names, README, CHANGELOG, LICENSE and the icon; then packs that folder with
// @vscode/vsce. dist/ and the working tree are left as they are.
//
//   npm run package                        ./journey-maps-<version>.vsix
//   npm run package -- --out DIR/x.vsix    elsewhere
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const { values: options } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(options.out ?? path.join(ROOT, `journey-maps-${manifest.version}.vsix`));

/** The files ("./x/y", as "x/y") a manifest value names. */
function namedFiles(value) {
    if (typeof value === 'string') return value.startsWith('./') ? [value.slice(2)] : [];
    if (Array.isArray(value)) return value.flatMap(namedFiles);
    if (value && typeof value === 'object') return Object.values(value).flatMap(namedFiles);
    return [];
}

function run(command, args, cwd) {
    const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (exit code ${result.status ?? result.signal})`);
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-package-'));
try {
    run(process.execPath, ['esbuild.mjs', '--production', '--outdir', path.join(stage, 'dist')], ROOT);
    // The journey-map command is an npm package of its own (`npm pack`), not a part of the extension.
    fs.rmSync(path.join(stage, 'dist', 'cli.js'));

    const named = namedFiles([manifest.main, manifest.contributes]);
    // The translations: of the manifest (package.nls.*.json) and of the extension's messages (the `l10n` folder).
    const translations = [...fs.readdirSync(ROOT).filter(file => /^package\.nls(\.[\w-]+)?\.json$/.test(file)),
        ...fs.readdirSync(path.join(ROOT, manifest.l10n)).map(file => path.join(manifest.l10n, file))];
    const sources = new Set(['README.md', 'CHANGELOG.md', 'LICENSE', manifest.icon, ...translations, ...named.filter(file => !file.startsWith('dist/'))]);
    for (const file of sources) {
        fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
        fs.copyFileSync(path.join(ROOT, file), path.join(stage, file));
    }
    // The manifest VS Code reads, without what only this repository uses: the npm scripts (vsce would
    // run a vscode:prepublish), `files` and `bin` (the CLI's npm package; vsce would take `files` as its list).
    const extensionManifest = { ...manifest };
    for (const key of ['scripts', 'files', 'bin', 'allowScripts', 'private']) delete extensionManifest[key];
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(extensionManifest, null, 2) + '\n');
    // Everything staged ships: an empty ignore list says so to vsce (which warns when there is none).
    fs.writeFileSync(path.join(stage, '.vscodeignore'), '');

    const missing = named.filter(file => !fs.existsSync(path.join(stage, file)));
    if (missing.length > 0) throw new Error(`the package would lack ${missing.join(', ')}`);

    fs.mkdirSync(path.dirname(out), { recursive: true });
    run(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', out], stage);
} catch (error) {
    console.error(`npm run package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
} finally {
    fs.rmSync(stage, { recursive: true, force: true });
}
