import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_NOBODY, runCli, runCliUnder, tempFolder } from '../helpers/cli.js';

const canonical = 'persona lan "Lan"\n\njourney gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 4 // happy\n    }\n  }\n}\n';
const messy = 'persona lan "Lan"\njourney gift "Gift" { persona lan\n  stage s { touchpoint t { emotion 4 // happy\n } } }';
const broken = 'persona lan "Lan"\n\njourney broken {\n  persona lan\n  stage s { touchpoint t { colour "red" } }\n}\n';

const read = (folder: string, path: string) => readFileSync(join(folder, path), 'utf8');

describe('journey-map format', () => {
    it('rewrites files in place in the canonical layout and says which it changed', () => {
        const folder = tempFolder({ 'maps/messy.journey': messy, 'maps/clean.journey': canonical, 'notes.txt': 'not a map' });
        const result = runCli(['format', '.'], folder);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(`formatted: ${join('maps', 'messy.journey')}\n1 file formatted, 1 file already formatted\n`);
        expect(result.status).toBe(0);
        expect(read(folder, 'maps/messy.journey')).toBe(canonical);
        expect(read(folder, 'maps/clean.journey')).toBe(canonical);
        expect(read(folder, 'notes.txt')).toBe('not a map');
        // A second run changes nothing.
        expect(runCli(['format', 'maps'], folder).stdout).toBe('0 files formatted, 2 files already formatted\n');
    });

    it('--check lists the files that would change, changes nothing, and exits 1', () => {
        const folder = tempFolder({ 'a.journey': messy, 'b.journey': canonical, 'c.journey': messy });
        const result = runCli(['format', '--check', 'a.journey', 'b.journey', 'c.journey'], folder);
        expect(result.stdout).toBe('would reformat: a.journey\nwould reformat: c.journey\n2 files would be reformatted, 1 file already formatted\n');
        expect(result.status).toBe(1);
        expect(read(folder, 'a.journey')).toBe(messy);
    });

    it('--check exits 0 when every file is canonical (the examples are)', () => {
        const result = runCli(['format', '--check', 'examples']);
        expect(result.stdout).toMatch(/^0 files would be reformatted, \d+ files already formatted\n$/);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
    });

    it('reports a file with syntax errors, leaves it untouched, formats the others, and exits 1', () => {
        const folder = tempFolder({ 'broken.journey': broken, 'messy.journey': messy });
        const result = runCli(['format', '.'], folder);
        expect(result.stderr).toBe('cannot format broken.journey: it has syntax errors (line 5)\n');
        expect(result.stdout).toBe('formatted: messy.journey\n1 file formatted, 1 file with syntax errors, 0 files already formatted\n');
        expect(result.status).toBe(1);
        expect(read(folder, 'broken.journey')).toBe(broken);
        expect(read(folder, 'messy.journey')).toBe(canonical);

        const check = runCli(['format', '--check', 'broken.journey'], folder);
        expect(check.stderr).toBe('cannot format broken.journey: it has syntax errors (line 5)\n');
        expect(check.status).toBe(1);
    });

    it('keeps Windows line breaks', () => {
        const folder = tempFolder({ 'crlf.journey': messy.replace(/\n/g, '\r\n') });
        expect(runCli(['format', 'crlf.journey'], folder).status).toBe(0);
        expect(read(folder, 'crlf.journey')).toBe(canonical.replace(/\n/g, '\r\n'));
    });

    it('exits 2 on a usage problem or a path that cannot be read', () => {
        const folder = tempFolder({ 'a.journey': messy, 'empty/readme.txt': '' });
        const none = runCli(['format'], folder);
        expect(none.stderr).toMatch(/^journey-map: format needs at least one file or folder/);
        expect(none.status).toBe(2);
        const missing = runCli(['format', 'a.journey', 'nope.journey'], folder);
        expect(missing.stderr).toBe("journey-map: cannot read 'nope.journey': no such file or folder\n");
        expect(missing.status).toBe(2);
        expect(read(folder, 'a.journey')).toBe(messy);
        expect(runCli(['format', 'empty'], folder).status).toBe(2);
        expect(runCli(['format', '--chek', 'a.journey'], folder).status).toBe(2);
    });

    // Root writes any file: the command runs as the user nobody.
    it.skipIf(process.platform === 'win32')('exits 2 when a file cannot be written, counts it apart, and formats the others', () => {
        const folder = tempFolder({ 'locked.journey': messy, 'open.journey': messy });
        chmodSync(folder, 0o777);
        chmodSync(join(folder, 'open.journey'), 0o666);
        chmodSync(join(folder, 'locked.journey'), 0o444);
        const result = runCliUnder(AS_NOBODY, ['format', '.'], folder);
        expect(result.stderr).toBe("journey-map: cannot write 'locked.journey': permission denied (the file is unchanged)\n");
        expect(result.stdout).toBe('formatted: open.journey\n1 file formatted, 1 file could not be written, 0 files already formatted\n');
        expect(result.status).toBe(2);
        expect(read(folder, 'locked.journey')).toBe(messy);
        expect(read(folder, 'open.journey')).toBe(canonical);
    });

    it('--help explains the command, and journey-map --help lists it', () => {
        const help = runCli(['format', '--help']);
        expect(help.stdout).toMatch(/^Usage: journey-map format PATH\.\.\. \[--check\]/);
        expect(help.stdout).toContain('--check');
        expect(help.stdout).toContain('Exit status: 0');
        expect(help.status).toBe(0);
        expect(runCli(['--help']).stdout).toMatch(/\n {2}format +rewrite files in the canonical layout/);
    });
});
