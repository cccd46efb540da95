import { chmodSync, readFileSync, symlinkSync, truncateSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_NOBODY, runCli, runCliUnder, tempFolder } from '../helpers/cli.js';

const persona = 'persona lan "Lan"\n';
const journey = 'journey gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 4\n    }\n  }\n}\n';
const messy = 'persona mai "Mai"\njourney j "J" { persona mai\n stage s { touchpoint t { emotion 4 } } }\n';

/** A folder the user nobody can enter and read (mkdtemp makes it 0700). */
function sharedFolder(files: Record<string, string>): string {
    const folder = tempFolder(files);
    chmodSync(folder, 0o755);
    return folder;
}

describe('only regular files are read', { timeout: 30_000 }, () => {
    it('a named link to /dev/zero, a FIFO or a folder named x.journey: one line, exit 2, at once', () => {
        const folder = tempFolder({ 'personas.journey': persona });
        symlinkSync('/dev/zero', join(folder, 'zero.journey'));
        execFileSync('mkfifo', [join(folder, 'pipe.journey')]);
        for (const [command, name] of [['validate', 'zero.journey'], ['validate', 'pipe.journey'], ['format', 'zero.journey'], ['format', 'pipe.journey'],
            ['export', 'pipe.journey'], ['render', 'zero.journey'], ['diff', 'zero.journey']]) {
            const args = command === 'diff' ? ['diff', 'personas.journey', name] : [command, name];
            const result = runCli(args, folder);
            expect(result.stderr, args.join(' ')).toBe(`journey-map: cannot read '${name}': it is not a regular file (a device, a FIFO or a socket)\n`);
            expect(result.status, args.join(' ')).toBe(2);
        }
    });

    it('inside a folder, links and FIFOs are left out with a note; the other files are checked', () => {
        const folder = tempFolder({ 'maps/personas.journey': persona, 'maps/gift.journey': journey });
        symlinkSync('/dev/zero', join(folder, 'maps', 'zero.journey'));
        execFileSync('mkfifo', [join(folder, 'maps', 'pipe.journey')]);
        const result = runCli(['validate', 'maps'], folder);
        expect(result.stderr).toBe(
            `journey-map: note: skipped '${join('maps', 'pipe.journey')}': not a regular file (a device, a FIFO or a socket)\n` +
            `journey-map: note: skipped '${join('maps', 'zero.journey')}': a link (links inside a folder are not followed; name the file itself)\n`);
        expect(result.stdout).toBe('0 errors, 0 warnings in 2 files\n');
        expect(result.status).toBe(0);
    });

    it('a file over 50 MB is refused before it is read', () => {
        const folder = tempFolder({ 'huge.journey': '' });
        truncateSync(join(folder, 'huge.journey'), 50 * 1024 * 1024 + 1);
        const result = runCli(['validate', 'huge.journey'], folder);
        expect(result.stderr).toBe("journey-map: cannot read 'huge.journey': it is larger than 50 MB, the limit for a .journey file\n");
        expect(result.status).toBe(2);
    });

    it('diff --git reads the working tree the same way', () => {
        const folder = tempFolder({ 'maps/personas.journey': persona });
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: folder });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'maps');
        symlinkSync('/dev/zero', join(folder, 'maps', 'zero.journey'));
        const result = runCli(['diff', '--git', 'HEAD', '--', 'maps'], folder);
        expect(result.stderr).toBe(`journey-map: note: skipped '${join('maps', 'zero.journey')}': a link (links inside a folder are not followed; name the file itself)\n`);
        expect(result.stdout).toBe('No changes.\n');
        expect(result.status).toBe(0);
    });

    it('format writes only inside the paths it was given: a link inside a folder is not followed, a named link is not rewritten', () => {
        const outside = tempFolder({ 'shared.journey': messy });
        const folder = tempFolder({ 'maps/own.journey': messy });
        symlinkSync(join(outside, 'shared.journey'), join(folder, 'maps', 'shared.journey'));
        const result = runCli(['format', 'maps'], folder);
        expect(result.stdout).toBe(`formatted: ${join('maps', 'own.journey')}\n1 file formatted, 0 files already formatted\n`);
        expect(result.status).toBe(0);
        expect(readFileSync(join(outside, 'shared.journey'), 'utf8')).toBe(messy);

        const named = runCli(['format', join('maps', 'shared.journey')], folder);
        expect(named.stderr).toBe(`journey-map: cannot write '${join('maps', 'shared.journey')}': it is a link (format rewrites only the files themselves, never through a link) (the file is unchanged)\n`);
        expect(named.status).toBe(2);
        expect(readFileSync(join(outside, 'shared.journey'), 'utf8')).toBe(messy);
    });

    it('a folder that cannot be read: one line and exit 2 (as the user nobody: root reads everything)', () => {
        const folder = sharedFolder({ 'maps/personas.journey': persona, 'maps/locked/x.journey': persona });
        chmodSync(join(folder, 'maps'), 0o755);
        chmodSync(join(folder, 'maps', 'locked'), 0o000);
        for (const command of ['validate', 'format', 'export']) {
            const result = runCliUnder(AS_NOBODY, [command, 'maps'], folder);
            expect(result.stderr, command).toBe(`journey-map: cannot read '${join('maps', 'locked')}': the folder cannot be read (permission denied)\n`);
            expect(result.status, command).toBe(2);
        }
    });

    it('an unrelated locked folder beside a named file is left out with a note: render and validate still work', () => {
        const folder = sharedFolder({ 'maps/personas.journey': persona, 'maps/gift.journey': journey, 'maps/private/x.journey': persona });
        chmodSync(join(folder, 'maps'), 0o755);
        chmodSync(join(folder, 'maps', 'private'), 0o000);
        const note = `journey-map: note: skipped '${join('maps', 'private')}': the folder cannot be read (permission denied)\n`;
        const render = runCliUnder(AS_NOBODY, ['render', join('maps', 'gift.journey'), '--view', 'journey'], folder);
        expect(render.stderr).toBe(note);
        expect(render.stdout).toContain('\njourney\n');
        expect(render.status).toBe(0);
        const validate = runCliUnder(AS_NOBODY, ['validate', join('maps', 'gift.journey')], folder);
        expect(validate).toEqual({ status: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: note });
    });

});
