#!/usr/bin/env node
// The same extension-host suite (dist/test/suite.js) in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (a laptop, a public CI). Not used on the project's own
// machines, which cannot reach update.code.visualstudio.com: there, `npm run test:editor` runs the
// suite in code-server. Run `npm run build` first, then:
//
//   node scripts/test-electron.mjs            (on Linux without a display: xvfb-run -a node ...)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './install-code-server.mjs';

if (process.argv.includes('--help')) {
    console.log('Usage: node scripts/test-electron.mjs\nRuns dist/test/suite.js in desktop VS Code 1.117 (downloaded by @vscode/test-electron); see docs/testing.md.');
    process.exit(0);
}
const suite = path.join(ROOT, 'dist', 'test', 'suite.js');
if (!fs.existsSync(suite)) {
    console.error('dist/test/suite.js is missing: run `npm run build` first.');
    process.exit(1);
}
// The suite edits (and undoes) a file: give it a copy of examples/.
const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-electron-')), 'examples');
fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
try {
    await runTests({
        version: '1.117.0', // the VS Code of code-server 4.117, which the editor tests use here
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: suite,
        launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust']
    });
} catch (error) {
    console.error(`The extension-host suite failed or VS Code could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
} finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
}
