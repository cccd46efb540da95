import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/cli.js';

const canonical = 'persona lan "Lan"\n\njourney gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 4 // happy\n    }\n  }\n}\n';
const messy = canonical.replace('      emotion 4', '\temotion 4   ').replace('\n\n  stage s', '\n\n\n\n  stage s');

const read = (folder: string, path: string) => readFileSync(join(folder, path), 'utf8');

describe('journey-map format --diff', () => {
    it('shows what would change in each file as a unified diff, changes nothing, exits 1', () => {
        const folder = tempFolder({ 'maps/messy.journey': messy, 'maps/clean.journey': canonical });
        const result = runCli(['format', '--diff', 'maps'], folder);
        expect(result.stdout).toBe([
            'would reformat: maps/messy.journey',
            '--- a/maps/messy.journey',
            '+++ b/maps/messy.journey',
            '@@ -3,11 +3,9 @@',
            ' journey gift "Gift" {',
            '   persona lan',
            ' ',
            '-',
            '-',
            '   stage s {',
            '     touchpoint t {',
            '-\temotion 4    // happy',
            '+      emotion 4 // happy',
            '     }',
            '   }',
            ' }',
            '1 file would be reformatted, 1 file already formatted',
            ''
        ].join('\n'));
        expect(result.status).toBe(1);
        expect(read(folder, 'maps/messy.journey')).toBe(messy);
    });

    it('is a patch: applied with git apply, it gives the formatted file', () => {
        const folder = tempFolder({ 'maps/messy.journey': messy });
        const diff = runCli(['format', '--check', '--diff', 'maps'], folder).stdout.split('\n').filter(line => !/^(would reformat|\d+ files? )/.test(line)).join('\n');
        const applied = spawnSync('git', ['apply', '-'], { cwd: folder, input: diff, encoding: 'utf8' });
        expect(applied.stderr).toBe('');
        expect(read(folder, 'maps/messy.journey')).toBe(canonical);
    });

    it('shows control characters of the file as visible symbols, never raw', () => {
        const folder = tempFolder({ 'bell.journey': messy.replace('"Gift"', '"Gift \u001b[31mred\u0007"') });
        const result = runCli(['format', '--diff', 'bell.journey'], folder);
        expect(result.stdout).toContain('+++ b/bell.journey');
        expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
        expect(result.status).toBe(1);
    });

    it('--check alone still lists the files only', () => {
        const folder = tempFolder({ 'a.journey': messy });
        expect(runCli(['format', '--check', 'a.journey'], folder).stdout).toBe('would reformat: a.journey\n1 file would be reformatted, 0 files already formatted\n');
    });
});
