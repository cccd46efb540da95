import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJourneyText } from '../../language/format/format-journey-text.js';
import { runCli, runShell, tempFolder } from '../helpers/cli.js';

/** An OSC 52 sequence (writes the reader's clipboard) and a colour change, in the middle of a map. */
const OSC52 = '\u001b]52;c;cHduZWQ=\u0007';
const hostileMap = `persona lan "Lan"\njourney j "J" {\n  persona lan\n  ${OSC52}\u001b[31m stage s { touchpoint t { emotion 4 } }\n}\n`;
/** A file name that, printed raw, starts a line GitHub Actions takes as a command. */
const injectingName = 'evil\n::error file=x.journey,line=1::pwned\u001b[2J.journey';

/** Any control character but the line feed that ends each line. */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

function expectPrintable(text: string, what: string): void {
    expect(text, what).not.toMatch(CONTROL);
    for (const line of text.split('\n')) {
        expect(line.trimStart(), what).not.toMatch(/^::/);
    }
}

describe('every message is safe to print', { timeout: 30_000 }, () => {
    it('validate, format and format --check escape the tokens and file names they print; JSON stays exact', () => {
        const folder = tempFolder({});
        writeFileSync(join(folder, injectingName), hostileMap);
        for (const args of [['validate', '.'], ['format', '.'], ['format', '--check', '.'], ['export', '.'], ['render', injectingName], ['validate', 'nope\u001b]52;c;eA==\u0007\n::error::x']]) {
            const result = runCli(args, folder);
            expect(result.status, args.join(' ')).not.toBe(0);
            expectPrintable(result.stdout + result.stderr, args.join(' '));
        }
        const validate = runCli(['validate', '.'], folder);
        expect(validate.stdout.split('\n')[0]).toBe('evil\\n::error file=x.journey,line=1::pwned␛[2J.journey:4:3: error JM001 Unexpected `␛]`: ' +
            'names use letters, digits, `_` and `-`, and texts go in double quotes.');

        const json = JSON.parse(runCli(['validate', '--format', 'json', '.'], folder).stdout) as Array<{ file: string; message: string }>;
        expect(json[0].file).toBe(injectingName);
        expect(json.some(diagnostic => diagnostic.message.includes('\u001b'))).toBe(true);
    });

    it('a file name starting with :: is printed as ./::…, never as a CI command', () => {
        const folder = tempFolder({ '::error::pwned.journey': hostileMap });
        const result = runCli(['validate', '.'], folder);
        expect(result.stdout).toMatch(/^\.\/::error::pwned\.journey:4:3: error JM001 /);
        expectPrintable(result.stdout + result.stderr, 'validate');
    });
});

describe('closed pipes, full disks and pathological files end with one line and exit 2 (or 1)', { timeout: 60_000 }, () => {
    it('export into a pipe closed early (| head -1): exit 2, one line, no internal error', () => {
        const result = runShell('$JOURNEY_MAP export examples | head -c 1 >/dev/null; echo "exit ${PIPESTATUS[0]}"');
        expect(result.stdout).toBe('exit 2\n');
        expect(result.stderr).toBe('journey-map: cannot write to standard output: the reader closed it (a pipe to a command that stopped reading)\n');
    });

    it('validate and export into /dev/full: exit 2, one line', () => {
        for (const command of ['validate', 'export']) {
            const result = runShell(`$JOURNEY_MAP ${command} examples > /dev/full; echo "exit $?"`);
            expect(result.stdout, command).toBe('exit 2\n');
            expect(result.stderr, command).toBe('journey-map: cannot write to standard output: the disk is full\n');
        }
    });

    it('format of a file with 300,000 syntax errors: one line, exit 1 (the editor formatter shares the code)', () => {
        // Each `@` is a lexer error: 300,000 of them.
        const text = 'persona lan "Lan"\n' + '@\n'.repeat(300_000);
        expect(formatJourneyText(text)).toEqual({ ok: false, reason: 'syntax-error', line: 2 });
        const folder = tempFolder({ 'broken.journey': text });
        const result = runCli(['format', 'broken.journey'], folder);
        expect(result.stderr).toBe('cannot format broken.journey: it has syntax errors (line 2)\n');
        expect(result.stdout).toBe('0 files formatted, 1 file with syntax errors, 0 files already formatted\n');
        expect(result.status).toBe(1);
    });
});
