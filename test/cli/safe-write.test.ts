import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliUnder, tempFolder } from '../helpers/cli.js';

// Fault injection with strace (Debian's strace; .ci/run installs it). The CLI writes a file's bytes
// with pwrite (cli/safe-write.ts), which nothing else in Node calls: `inject=pwrite64` hits exactly
// the data writes, whichever temporary file they go to. `-P map.journey … write` hits a write into
// the map itself, as the first version of `format` did (the reproduction of issue 14).

const canonical = 'persona lan "Lan"\n\njourney gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 4 // happy\n    }\n  }\n}\n';
const messy = 'persona lan "Lan"\njourney gift "Gift" { persona lan\n  stage s { touchpoint t { emotion 4 // happy\n } } }';

const strace = (...injection: string[]) => ['strace', '-f', '-qq', '-o', '/dev/null', ...injection];
const bytes = (folder: string, name: string) => readFileSync(join(folder, name));
const entries = (folder: string) => readdirSync(folder).sort();

// Each case starts Node under strace (a second or two on a busy machine).
describe('no map is ever lost: every write is atomic', { timeout: 30_000 }, () => {
    it('format on a full disk leaves the map byte for byte, says so, exits 2 and counts it apart', () => {
        const folder = tempFolder({ 'map.journey': messy });
        const result = runCliUnder(strace('-e', 'trace=pwrite64', '-e', 'inject=pwrite64:error=ENOSPC'), ['format', 'map.journey'], folder);
        expect(result.stderr).toBe("journey-map: cannot write 'map.journey': the disk is full (the file is unchanged)\n");
        expect(result.stdout).toBe('0 files formatted, 1 file could not be written, 0 files already formatted\n');
        expect(result.status).toBe(2);
        expect(bytes(folder, 'map.journey').toString()).toBe(messy);
        expect(entries(folder)).toEqual(['map.journey']); // no temporary file left behind
    });

    it('format killed while writing, flushing or renaming leaves the old bytes; killed after the rename, the new ones', () => {
        for (const [syscall, when, expected] of [['pwrite64', 1, messy], ['fsync', 1, messy], ['rename', 1, messy], ['fsync', 2, canonical]] as const) {
            const folder = tempFolder({ 'map.journey': messy });
            const result = runCliUnder(strace('-e', `trace=${syscall}`, '-e', `inject=${syscall}:signal=KILL:when=${when}`), ['format', 'map.journey'], folder);
            expect(result.status, `${syscall} #${when}`).not.toBe(0);
            expect(bytes(folder, 'map.journey').toString(), `${syscall} #${when}`).toBe(expected);
        }
    }, 60_000);

    it('format killed at its first write into the map leaves the map whole (the reproduction of issue 14)', () => {
        const folder = tempFolder({ 'map.journey': messy });
        runCliUnder(strace('-P', join(folder, 'map.journey'), '-e', 'trace=write,pwrite64', '-e', 'inject=write,pwrite64:signal=KILL'), ['format', 'map.journey'], folder);
        const after = bytes(folder, 'map.journey').toString();
        expect([messy, canonical]).toContain(after);
    });

    it('format keeps the mode of the file it replaces', () => {
        const folder = tempFolder({ 'map.journey': messy });
        chmodSync(join(folder, 'map.journey'), 0o640);
        expect(runCli(['format', 'map.journey'], folder).status).toBe(0);
        expect(bytes(folder, 'map.journey').toString()).toBe(canonical);
        expect(statSync(join(folder, 'map.journey')).mode & 0o777).toBe(0o640);
    });

    it('export -o on a full disk leaves the previous output as it was and exits 2', () => {
        const folder = tempFolder({ 'map.journey': canonical, 'out.json': 'previous export' });
        const result = runCliUnder(strace('-e', 'trace=pwrite64', '-e', 'inject=pwrite64:error=ENOSPC'), ['export', 'map.journey', '-o', 'out.json'], folder);
        expect(result.stderr).toBe("journey-map: cannot write 'out.json': the disk is full (nothing was changed)\n");
        expect(result.status).toBe(2);
        expect(bytes(folder, 'out.json').toString()).toBe('previous export');
        expect(entries(folder)).toEqual(['map.journey', 'out.json']);
    });

    it('render -o writes the file atomically', () => {
        const folder = tempFolder({ 'map.journey': canonical });
        writeFileSync(join(folder, 'map.mmd'), 'previous drawing');
        const result = runCliUnder(strace('-e', 'trace=pwrite64', '-e', 'inject=pwrite64:signal=KILL'), ['render', 'map.journey', '-o', 'map.mmd'], folder);
        expect(result.status).not.toBe(0);
        expect(bytes(folder, 'map.mmd').toString()).toBe('previous drawing');
        expect(runCli(['render', 'map.journey', '-o', 'map.mmd'], folder).status).toBe(0);
        expect(bytes(folder, 'map.mmd').toString()).toContain('%% journey gift, view journey\n');
    });

    it('-o refuses a path that is one of the files read (itself, another spelling, a link to it, a file beside it)', () => {
        const folder = tempFolder({ 'map.journey': canonical, 'sub/other.journey': 'persona mai "Mai"\n' });
        symlinkSync(join(folder, 'map.journey'), join(folder, 'link.json'));
        for (const args of [
            ['export', 'map.journey', '-o', 'map.journey'],
            ['export', '.', '-o', './sub/../map.journey'],
            ['export', 'map.journey', '-o', 'link.json'],
            ['render', 'map.journey', '-o', 'map.journey'],
            ['render', 'map.journey', '-o', 'sub/other.journey']
        ]) {
            const result = runCli(args, folder);
            expect(result.stderr, args.join(' ')).toMatch(/^journey-map: refusing to write '.+': it is one of the \.journey files read \(give another --output file\)\n$/);
            expect(result.status, args.join(' ')).toBe(2);
        }
        expect(bytes(folder, 'map.journey').toString()).toBe(canonical);
        expect(bytes(folder, 'sub/other.journey').toString()).toBe('persona mai "Mai"\n');
    });
});
