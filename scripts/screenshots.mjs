#!/usr/bin/env node
// `npm run screenshots`: refreshes the images in docs/screenshots/ (README, docs) from a real VS Code.
// Runs the editor UI tests (test/editor/editor.test.ts, "the workbench") with SCREENSHOTS_DIR set to
// docs/screenshots; in every other run those tests write to test-results/screenshots/ (git-ignored).
// Needs Chromium and code-server, as the editor tests do (npm run editor:install). Then review the
// changed images with `git diff --stat docs/screenshots` and commit them.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './install-code-server.mjs';

if (process.argv.includes('--help')) {
    console.log('Usage: npm run screenshots\nRefreshes docs/screenshots/*.png by running the editor UI tests in code-server and Chromium.');
    process.exit(0);
}
const vitest = path.join(ROOT, 'node_modules', '.bin', 'vitest');
// The workbench's UI tests (editor, preview, Markdown preview) and the light theme of the legibility
// suite (every view of two examples, one Vietnamese; the map in the dark and high-contrast themes).
const run = spawnSync(vitest, ['run', '--project', 'editor', 'test/editor/editor.test.ts', 'test/editor/legibility.test.ts', '-t', 'the workbench|draws every label'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SCREENSHOTS_DIR: path.join(ROOT, 'docs', 'screenshots'), EDITOR_TESTS: 'required' }
});
if (run.status !== 0) {
    console.error('\nThe editor UI tests failed: docs/screenshots/ may be partly refreshed (see `git status docs/screenshots`).');
    process.exit(run.status ?? 1);
}
spawnSync('git', ['status', '--short', 'docs/screenshots'], { cwd: ROOT, stdio: 'inherit' });
console.log('docs/screenshots/ refreshed: review the images, then commit them.');
