import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_NOBODY, runCli, runCliUnder, tempFolder } from '../helpers/cli.js';

const persona = 'persona lan "Lan"\n';
const good = 'journey gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 4\n    }\n  }\n}\n';
const bad = 'journey broken "Broken" {\n  persona nobody\n\n  stage s {\n    touchpoint t {\n      emotion 9\n    }\n  }\n}\n';
const warned = 'journey warned "Warned" {\n  persona lan\n\n  stage empty {\n  }\n}\n';

describe('journey-map validate', () => {
    it('passes the examples with 0 errors and exit 0', () => {
        const result = runCli(['validate', 'examples']);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(/^0 errors, 0 warnings in \d+ files\n$/);
        expect(result.status).toBe(0);
    });

    it('reads a folder recursively as one workspace (a persona from another file resolves)', () => {
        const folder = tempFolder({ 'people/personas.journey': persona, 'maps/gift.journey': good, 'notes.txt': 'not a map' });
        const result = runCli(['validate', '.'], folder);
        expect(result.stdout).toBe('0 errors, 0 warnings in 2 files\n');
        expect(result.status).toBe(0);
    });

    it('reports each problem as path:line:column: severity CODE message, a summary, and exit 1 on an error', () => {
        const folder = tempFolder({ 'personas.journey': persona, 'maps/broken.journey': bad });
        const result = runCli(['validate', 'personas.journey', 'maps'], folder);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines[0]).toBe(`${join('maps', 'broken.journey')}:2:11: error JM002 No persona named \`nobody\` in the workspace. Declare it with \`persona NAME "Label"\` in any file of the workspace.`);
        expect(lines[1]).toMatch(/^maps\/broken\.journey:6:15: error JM004 An emotion score is a whole number from 1/);
        expect(lines.at(-1)).toBe('2 errors, 0 warnings in 2 files');
        expect(result.status).toBe(1);
    });

    it('exits 0 when there are only warnings', () => {
        const folder = tempFolder({ 'personas.journey': persona, 'warned.journey': warned });
        const result = runCli(['validate', '.'], folder);
        expect(result.stdout).toContain('warned.journey:4:9: warning JM010 Stage `empty` has no touchpoints');
        expect(result.stdout).toContain('0 errors, 1 warning in 2 files');
        expect(result.status).toBe(0);
    });

    it('prints JSON with --format json', () => {
        const folder = tempFolder({ 'personas.journey': persona, 'broken.journey': bad });
        const result = runCli(['validate', '.', '--format', 'json'], folder);
        const diagnostics = JSON.parse(result.stdout);
        expect(diagnostics[0]).toEqual({
            file: 'broken.journey', line: 2, column: 11, endLine: 2, endColumn: 17,
            severity: 'error', code: 'JM002', message: expect.stringContaining('No persona named `nobody`')
        });
        expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(['JM002', 'JM004']);
        expect(result.status).toBe(1);
    });

    it('prints [] and exits 0 for clean files with --format json', () => {
        const folder = tempFolder({ 'personas.journey': persona, 'good.journey': good });
        const result = runCli(['validate', '.', '--format', 'json'], folder);
        expect(JSON.parse(result.stdout)).toEqual([]);
        expect(result.status).toBe(0);
    });

    it('exits 2 with a one-line message for a path that does not exist', () => {
        const result = runCli(['validate', 'no/such/folder']);
        expect(result.stderr).toBe("journey-map: cannot read 'no/such/folder': no such file or folder\n");
        expect(result.stdout).toBe('');
        expect(result.status).toBe(2);
    });

    it('exits 2 for a named .journey link that points nowhere, and leaves such a link in a folder out with a note', () => {
        const folder = tempFolder({ 'personas.journey': persona });
        symlinkSync(join(folder, 'gone.journey'), join(folder, 'dangling.journey'));
        const named = runCli(['validate', 'dangling.journey'], folder);
        expect(named.stderr).toBe("journey-map: cannot read 'dangling.journey': no such file (a broken link?)\n");
        expect(named.status).toBe(2);
        const inFolder = runCli(['validate', '.'], folder);
        expect(inFolder.stderr).toBe("journey-map: note: skipped 'dangling.journey': a link (links inside a folder are not followed; name the file itself)\n");
        expect(inFolder.stdout).toBe('0 errors, 0 warnings in 1 file\n');
        expect(inFolder.status).toBe(0);
    });

    // Root reads any file: the command runs as the user nobody.
    it('exits 2 for a file that cannot be read', () => {
        const folder = tempFolder({ 'locked.journey': persona });
        chmodSync(folder, 0o755);
        chmodSync(join(folder, 'locked.journey'), 0o000);
        const result = runCliUnder(AS_NOBODY, ['validate', 'locked.journey'], folder);
        expect(result.stderr).toBe("journey-map: cannot read 'locked.journey': permission denied\n");
        expect(result.status).toBe(2);
    });

    it('exits 2 for a folder without .journey files, an unknown option or format, and no path', () => {
        const empty = tempFolder({ 'readme.md': '# nothing' });
        expect(runCli(['validate', '.'], empty)).toMatchObject({ status: 2, stderr: 'journey-map: no .journey files in .\n' });
        expect(runCli(['validate', 'examples', '--colour'])).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown option '--colour'") });
        expect(runCli(['validate', 'examples', '--format', 'xml'])).toMatchObject({ status: 2, stderr: "journey-map: unknown --format 'xml': use text or json\n" });
        expect(runCli(['validate'])).toMatchObject({ status: 2, stderr: expect.stringContaining('validate needs at least one file or folder') });
        expect(runCli(['frobnicate'])).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    });

    it('never prints a stack trace', () => {
        for (const args of [['validate', 'nope'], ['validate', '--format'], ['nope']]) {
            expect(runCli(args).stderr).not.toMatch(/\n\s+at /);
        }
    });

    it('explains itself with --help', () => {
        const result = runCli(['validate', '--help']);
        expect(result.stdout).toContain('Usage: journey-map validate PATH... [--format text|json]');
        expect(result.stdout).toContain('Exit status: 0 no error');
        expect(result.status).toBe(0);
        expect(runCli(['--help']).stdout).toContain('validate');
    });
});
