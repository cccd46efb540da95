import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJourneyText } from '../../language/format/format-journey-text.js';
import { messyDocumentArbitrary } from '../format/generate.js';
import { fuzzParams, fuzzTimeout } from '../fuzz/config.js';
import { runCliUnder, tempFolder } from '../helpers/cli.js';

/**
 * Where strace kills `journey-map format` (SIGKILL at the entry of the n-th call): each step of an
 * atomic write (the data write, the flush, the rename, the flush of the folder after it), and a write
 * into the map itself (which an in-place write would do).
 */
const KILL_POINTS = [
    { syscall: 'pwrite64', when: 1 },
    { syscall: 'fsync', when: 1 },
    { syscall: 'rename', when: 1 },
    { syscall: 'fsync', when: 2 },
    { syscall: 'write', when: 1, onlyTheMap: true }
] as const;

describe('format killed at any point', () => {
    const params = fuzzParams(12, 14_014, 0.02);
    it('leaves every map either with its old bytes or with its new bytes, never anything else', () => {
        fc.assert(fc.property(messyDocumentArbitrary, fc.constantFrom(...KILL_POINTS), (text, point) => {
            const folder = tempFolder({ 'map.journey': text });
            const map = join(folder, 'map.journey');
            const strace = ['strace', '-f', '-qq', '-o', '/dev/null', ...('onlyTheMap' in point ? ['-P', map] : []),
                '-e', `trace=${point.syscall}`, '-e', `inject=${point.syscall}:signal=KILL:when=${point.when}`];
            runCliUnder(strace, ['format', 'map.journey'], folder);
            const outcome = formatJourneyText(text);
            const formatted = outcome.ok ? outcome.text : text;
            const after = readFileSync(map, 'utf8');
            expect(after === text || after === formatted, `killed at ${point.syscall} #${point.when}: ${after.length} bytes, neither old (${text.length}) nor new (${formatted.length})`).toBe(true);
        }), params);
    }, fuzzTimeout(params.numRuns, 10_000));
});
