// Bundles the extension (dist/extension.js), the language server (dist/server.js) and the
// `journey-map` command (dist/cli.js) for Node, as CommonJS, and the preview page (dist/preview.js,
// a browser script) with its stylesheet and Mermaid's own browser build. Every npm package they use
// is bundled: the .vsix and the CLI's npm package need no node_modules.
//
//   node esbuild.mjs                        dist/, with source maps, and the extension-host test suite
//   node esbuild.mjs --watch                the same, rebuilt on every change
//   node esbuild.mjs --production --outdir D   minified, no source maps, no tests, into D (scripts/package.mjs)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { patchMermaid } from './scripts/mermaid-bundle.mjs';

const { values: options } = parseArgs({
    options: {
        watch: { type: 'boolean', default: false },
        production: { type: 'boolean', default: false },
        outdir: { type: 'string', default: 'dist' }
    }
});
const { watch, production, outdir } = options;

/**
 * The first statement of a bundle run by the machine's `node`: on a Node older than Langium 4 needs,
 * one line saying so and exit code 2, instead of a crash deep inside (Object.groupBy is not a function).
 */
const nodeGuard = program =>
    // "use strict" first: a directive counts only before any statement, and the bundle's own comes after.
    `'use strict';\nif (Number(process.versions.node.split('.')[0]) < 22) { process.stderr.write('${program} needs Node.js 22 or newer; this is ' + process.version + '\\n'); process.exit(2); }`;

const shared = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Node 20 syntax, so that Node 20 can read a bundle and run its guard.
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: production ? 'warning' : 'info'
};

const builds = [
    { ...shared, entryPoints: { extension: 'client/extension.ts' }, outdir, external: ['vscode'] },
    { ...shared, entryPoints: { server: 'server/main.ts' }, outdir, banner: { js: nodeGuard('The journey-maps language server') } },
    { ...shared, entryPoints: { cli: 'cli/cli.ts' }, outdir, banner: { js: `#!/usr/bin/env node\n${nodeGuard('journey-map')}` } },
    { ...shared, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { preview: 'client/webview/main.ts' }, outdir },
    { ...shared, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { 'markdown-preview': 'client/markdown-preview/preview-script.ts' }, outdir }
];
if (!production) {
    // The extension-host test suite (docs/testing.md); mocha is required from node_modules at run time.
    builds.push({ ...shared, entryPoints: { suite: 'test/editor/suite/index.ts' }, outdir: path.join(outdir, 'test'), external: ['vscode', 'mocha'] });
}

// The preview loads Mermaid as its own script (the release build, with a faster copy of its
// configuration: scripts/mermaid-bundle.mjs) and its stylesheet.
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'mermaid.min.js'), patchMermaid(readFileSync('node_modules/mermaid/dist/mermaid.min.js', 'utf8')));
copyFileSync('client/webview/preview.css', path.join(outdir, 'preview.css'));
copyFileSync('client/markdown-preview/markdown-preview.css', path.join(outdir, 'markdown-preview.css'));

if (watch) {
    for (const build of builds) {
        const context = await esbuild.context(build);
        await context.watch();
    }
} else {
    await Promise.all(builds.map(build => esbuild.build(build)));
}
