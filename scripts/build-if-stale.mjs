// `npm run build` unless dist/ is newer than everything it is built from. `npm start` uses it so that
// a second start is quick and a start during a test run never rewrites dist/ under the other tests.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './install-code-server.mjs';

const SOURCES = ['client', 'server', 'language', 'cli', 'protocol', 'esbuild.mjs', 'scripts/mermaid-bundle.mjs', 'package.json', 'langium-config.json'];
const OUTPUTS = ['extension.js', 'server.js', 'cli.js', 'preview.js', 'markdown-preview.js', 'mermaid.min.js'].map(file => path.join('dist', file));

/** The newest modification time of a file or of the files in a folder. */
function newest(file) {
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...fs.readdirSync(file).map(entry => newest(path.join(file, entry))));
}

export function distIsCurrent() {
    const outputs = OUTPUTS.map(file => path.join(ROOT, file));
    if (!outputs.every(file => fs.existsSync(file))) return false;
    const built = Math.min(...outputs.map(file => fs.statSync(file).mtimeMs));
    return SOURCES.every(source => newest(path.join(ROOT, source)) <= built);
}

/** Runs `npm run build` when dist/ is missing or older than its sources; throws when the build fails. */
export function buildIfStale() {
    if (distIsCurrent()) return;
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`\`npm run build\` failed (exit code ${result.status ?? result.signal})`);
}
