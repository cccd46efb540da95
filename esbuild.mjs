// Bundles the extension (dist/extension.js), the language server (dist/server.js) and the
// `journey-map` command (dist/cli.js) for Node, as CommonJS. `--watch` rebuilds on change.
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
    { ...shared, entryPoints: { cli: 'cli/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }
];

if (watch) {
    for (const options of builds) {
        const context = await esbuild.context(options);
        await context.watch();
    }
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
