// The extension as a user gets it: `npm run package` makes the .vsix, code-server installs it with
// --install-extension, and the extension-host suite (test/editor/suite) runs against that installed
// copy, not the repository folder. Also what the package holds: production bundles, no sources, tests,
// source maps or node_modules, at most 6 MiB.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_SERVER_BIN, projectNode } from '../../scripts/install-code-server.mjs';
import { runExtensionTests } from '../editor/browser.js';
import { ROOT, startCodeServer, type CodeServer } from '../editor/code-server.js';
import { editorTestsBlockedBy, editorTestsRequired, skipBanner } from '../editor/requirements.js';

const blocked = editorTestsBlockedBy();
if (blocked !== undefined) {
    if (editorTestsRequired()) throw new Error(`The .vsix test cannot run: ${blocked}`);
    console.warn(skipBanner(blocked));
}

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const SUITE = path.join(ROOT, 'dist', 'test', 'suite.js');
const TEST_RUNNER = path.join(ROOT, 'test', 'package', 'fixtures', 'test-runner');
const MiB = 1024 * 1024;

describe.skipIf(blocked !== undefined)('the .vsix made by npm run package', () => {
    let work: string;
    let vsix: string;

    beforeAll(() => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-vsix-'));
        vsix = path.join(work, `journey-maps-${version}.vsix`);
        execFileSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, stdio: 'inherit' });
    });

    afterAll(() => {
        if (work) fs.rmSync(work, { recursive: true, force: true });
    });

    it('holds production bundles, the manifest, README, CHANGELOG, LICENSE and icon, and nothing else, in at most 6 MiB', () => {
        expect(fs.statSync(vsix).size).toBeLessThanOrEqual(6 * MiB);
        const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
        const files = listing.filter(entry => entry.startsWith('extension/')).map(entry => entry.slice('extension/'.length));
        for (const needed of ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'client/icons/icon.png',
            'dist/extension.js', 'dist/server.js', 'dist/preview.js', 'dist/mermaid.min.js', 'syntaxes/journey.tmLanguage.json',
            'package.nls.json', 'package.nls.vi.json', 'l10n/bundle.l10n.vi.json']) {
            expect(files).toContain(needed);
        }
        expect(files.filter(file => /\.(ts|map)$|(^|\/)(node_modules|test|tests|src)\//.test(file) || file === 'dist/cli.js')).toEqual([]);

        const bundle = execFileSync('unzip', ['-p', vsix, 'extension/dist/extension.js'], { encoding: 'utf8' });
        expect(bundle).not.toContain('sourceMappingURL');
        // Minified: long lines (a few hundred at most, from multi-line strings), not tens of thousands of short ones.
        expect(bundle.length / bundle.split('\n').length).toBeGreaterThan(2_000);
        const manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
        expect(manifest).not.toHaveProperty('scripts');
        expect(manifest.icon).toBe('client/icons/icon.png');
        // VS Code in Vietnamese reads the commands' titles from package.nls.vi.json, the messages from l10n/.
        expect(manifest.l10n).toBe('./l10n');
        expect(JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.nls.vi.json'], { encoding: 'utf8' }))['command.openPreviewToSide.title']).toBe('Mở bản xem trước bên cạnh');
    });

    describe('installed into code-server', () => {
        let server: CodeServer;
        let state: string;

        beforeAll(async () => {
            state = path.join(work, 'editor');
            const home = path.join(state, 'home');
            fs.mkdirSync(home, { recursive: true });
            // As a user does: `code --install-extension FILE.vsix` (code-server's own command line).
            const output = execFileSync(projectNode().bin, [CODE_SERVER_BIN,
                '--user-data-dir', path.join(state, 'user-data'), '--extensions-dir', path.join(state, 'extensions'),
                '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') } });
            expect(output).toMatch(/successfully installed/i);
            server = await startCodeServer({ stateDir: state });
        });

        afterAll(async () => {
            await server?.stop();
        });

        it('passes the extension-host suite run against the installed package', async () => {
            const workspace = path.join(work, 'examples');
            fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
            const run = await runExtensionTests(server, { folder: workspace, testsPath: SUITE, extensionDevelopmentPath: TEST_RUNNER });
            const report = `suite output:\n${run.suiteLines.join('\n')}\n\nworkbench log (last 60 lines):\n${run.log.slice(-60).join('\n')}`;
            expect(run.suiteLines, report).toContain(`extension under test: ${path.join(state, 'extensions', `journey-maps.journey-maps-as-code-${version}`)}`);
            expect(run.exitCode, report).toBe(0);
            expect(run.suiteLines.at(-1), report).toMatch(/^\d+ passing, 0 failing$/);
        });
    });
});
