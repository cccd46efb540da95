// The extension-host test suite: VS Code loads dist/test/suite.js (this file, bundled by esbuild.mjs)
// as `extensionTestsPath` and awaits run() inside the real extension host, with the extension under
// test loaded. A rejection is a failed run (exit code 1 for the harness), as under @vscode/test-electron.
//
// The test files use mocha's BDD functions imported from 'mocha' (not globals); mocha itself stays
// outside the bundle and is required from node_modules.
import Mocha, { type Runner } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers.js';

/** Marks the suite's own lines in the extension host's log, which the harness receives mixed with VS Code's. */
export const LINE_PREFIX = '[suite]';

interface TestLike { title: string; duration?: number; fullTitle(): string }

/**
 * One console.log per line, each a finished string: the extension host forwards console output to the
 * workbench as text and drops printf-style substitutions, which garbles mocha's own reporters.
 */
class LineReporter {
    constructor(runner: Runner) {
        const say = (text: string) => console.log(`${LINE_PREFIX} ${text}`);
        let passed = 0;
        const failed: string[] = [];
        runner.on('suite', (suite: { title: string }) => { if (suite.title) say(suite.title); });
        runner.on('pass', (test: TestLike) => { passed++; say(`  ✔ ${test.title} (${test.duration ?? 0} ms)`); });
        runner.on('pending', (test: TestLike) => say(`  - ${test.title} (skipped)`));
        runner.on('fail', (test: TestLike, error: unknown) => {
            failed.push(test.fullTitle());
            say(`  ✘ ${test.title}`);
            const detail = error instanceof Error ? error.stack ?? error.message : String(error);
            for (const line of detail.split('\n')) say(`      ${line}`);
        });
        runner.on('end', () => {
            say(`${passed} passing, ${failed.length} failing`);
            for (const title of failed) say(`  failed: ${title}`);
        });
    }
}

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: LineReporter });
    // What `mocha` does before it requires each test file: bind describe/it to this run.
    mocha.suite.emit('pre-require', {}, 'test/editor/suite', mocha);
    await import('./language.test.js');
    await import('./preview.test.js');
    await import('./import.test.js');
    // Last: it kills the language server.
    await import('./restart.test.js');

    // Which copy of the extension is tested: the repository, or a package installed from a .vsix.
    console.log(`${LINE_PREFIX} extension under test: ${vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath}`);
    const failures = await new Promise<number>(resolve => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
