// `npm run bench`: builds dist/ (the server and the preview the benchmark drives), bundles the
// benchmark (bench/run.ts, TypeScript) to dist/bench/, and runs it with --expose-gc.
// Arguments are passed on: `npm run bench -- --quick` (fewer runs), `--sizes 100,1000`,
// `--only language,server,preview,bundles`, `--cpu-prof` (V8 CPU profiles of each phase, as
// `node --cpu-prof` records them, into dist/bench/profiles/), `--no-stock`, `--runs N`.
// `node bench/bench.mjs --entry bench/other.ts` runs another TypeScript entry the same way.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const entryAt = args.indexOf('--entry');
const entry = entryAt >= 0 ? args.splice(entryAt, 2)[1] : 'bench/run.ts';

if (!args.includes('--no-dist')) {
    const dist = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (dist.status !== 0) {
        process.stderr.write(dist.stderr);
        process.exit(dist.status ?? 1);
    }
}
const outfile = `dist/bench/${entry.replace(/^bench\//, '').replace(/\.ts$/, '')}.mjs`;
const bundle = (entryPoint, out) => esbuild.build({
    entryPoints: [entryPoint],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: 'inline',
    // Packages load from node_modules as they are (Mermaid and jsdom as ES modules, langium as published).
    packages: 'external',
    logLevel: 'warning',
    // scripts/*.mjs find the repository from their own place (import.meta.url): load them from there, unbundled.
    plugins: [{
        name: 'scripts-in-place',
        setup: build => build.onResolve({ filter: /scripts\/[^/]+\.mjs$/ }, args => ({ path: path.resolve(args.resolveDir, args.path), external: true }))
    }]
});
await bundle(entry, outfile);
if (entry === 'bench/run.ts') {
    // The first build in a new process and the heap after it: a process that loads the language only.
    await bundle('bench/child.ts', 'dist/bench/child.mjs');
}
const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', outfile, ...args.filter(a => a !== '--no-dist')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
