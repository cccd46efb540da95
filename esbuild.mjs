// Bundles the extension (dist/extension.js), the language server (dist/server.js) and the
// `journey-map` command (dist/cli.js) for Node, as CommonJS, and the preview page (dist/preview.js,
// a browser script) with its stylesheet and Mermaid's own browser build. `--watch` rebuilds on change.
import { copyFileSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const shared = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !production,
    minify: production,
    logLevel: 'info'
};

const builds = [
    { ...shared, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist', external: ['vscode'] },
    { ...shared, entryPoints: { server: 'server/main.ts' }, outdir: 'dist' },
    { ...shared, entryPoints: { cli: 'cli/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
    { ...shared, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { preview: 'client/webview/main.ts' }, outdir: 'dist' },
    { ...shared, platform: 'browser', format: 'iife', target: 'chrome120', entryPoints: { 'markdown-preview': 'client/markdown/preview-script.ts' }, outdir: 'dist' },
    // The extension-host test suite (docs/testing.md); mocha is required from node_modules at run time.
    { ...shared, entryPoints: { suite: 'test/editor/suite/index.ts' }, outdir: 'dist/test', external: ['vscode', 'mocha'] }
];

// The preview loads Mermaid as its own script (the release build, as published) and its stylesheet.
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/mermaid/dist/mermaid.min.js', 'dist/mermaid.min.js');
copyFileSync('client/webview/preview.css', 'dist/preview.css');
copyFileSync('client/markdown/markdown-preview.css', 'dist/markdown-preview.css');

if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
