import * as l10n from '@vscode/l10n';
import { lstatSync } from 'node:fs';
import type { Command } from './command.js';
import { collectJourneyFiles, UsageError, type JourneyFile } from './collect-files.js';
import { noteTo } from './diagnostics-output.js';
import { reasonOf, writeFileAtomically } from './safe-write.js';
import { formatJourneyText, printablePath } from '../language/index.js';
import { formatDiff } from './format-diff.js';

export const formatCommand: Command = {
    name: 'format',
    get summary() { return l10n.t('rewrite files in the canonical layout (--check: only list them)'); },
    get help() { return l10n.t(`Usage: journey-map format PATH... [--check] [--diff]

Rewrites .journey files in the canonical layout (docs/formatting.md): two-space
indentation, one statement per line, one blank line between declarations and
between stages; comments stay where they are. Only whitespace changes. PATH is
a file or a folder (searched for *.journey; links inside it are left out).
Prints "formatted: PATH" for each file it changed. A file with a syntax error
is reported and left untouched. Each file is replaced atomically (written to a
temporary file beside it, flushed, renamed over it): a full disk or a kill
leaves it as it was; a named link is not rewritten (format the file itself).

Options:
  --check     change nothing: print "would reformat: PATH" for each file that
              is not in the canonical layout (for CI)
  --diff      as --check, and print what would change in each such file as a
              unified diff (applies with patch -p1)
  -h, --help  show this help

Exit status: 0 every file is (now) formatted, 1 a file has a syntax error or,
with --check, would be reformatted, 2 a usage problem or a path that cannot be
read or written.`); },
    options: {
        check: { type: 'boolean', default: false },
        diff: { type: 'boolean', default: false }
    },
    async run({ values, positionals }, io) {
        const diff = values.diff === true;
        const check = values.check === true || diff;
        if (positionals.length === 0) {
            throw new UsageError(l10n.t('format needs at least one file or folder, e.g. `journey-map format examples`'));
        }
        const files = collectJourneyFiles(positionals, process.cwd(), noteTo(io));
        if (files.length === 0) {
            throw new UsageError(l10n.t('no .journey files in {0}', positionals.join(', ')));
        }
        let changed = 0;
        let broken = 0;
        let unwritable = 0;
        for (const file of files) {
            const outcome = formatJourneyText(file.text);
            if (!outcome.ok) {
                broken++;
                io.err(l10n.t('cannot format {0}: it has syntax errors (line {1})', printablePath(file.display), outcome.line) + '\n');
            } else if (outcome.changed) {
                if (check) {
                    changed++;
                    io.out(l10n.t('would reformat: {0}', printablePath(file.display)) + '\n');
                    if (diff) {
                        io.out(formatDiff(printablePath(file.display), file.text, outcome.text, io.color));
                    }
                } else {
                    const failure = writeFormatted(file, outcome.text);
                    if (failure) {
                        unwritable++;
                        io.err(`journey-map: ${l10n.t("cannot write '{0}': {1} (the file is unchanged)", printablePath(file.display), failure)}\n`);
                    } else {
                        changed++;
                        io.out(l10n.t('formatted: {0}', printablePath(file.display)) + '\n');
                    }
                }
            }
        }
        io.out(summary(files.length, changed, broken, unwritable, check) + '\n');
        if (unwritable > 0) {
            return 2;
        }
        return broken > 0 || (check && changed > 0) ? 1 : 0;
    }
};

/** Replaces a file by its formatted text; returns why it could not, if it could not. */
function writeFormatted(file: JourneyFile, text: string): string | undefined {
    try {
        if (lstatSync(file.absolute).isSymbolicLink()) {
            return 'it is a link (format rewrites only the files themselves, never through a link)';
        }
        writeFileAtomically(file.absolute, text);
        return undefined;
    } catch (error) {
        return reasonOf(error);
    }
}

function summary(total: number, changed: number, broken: number, unwritable: number, check: boolean): string {
    const files = (count: number) => count === 1 ? l10n.t('1 file') : l10n.t('{0} files', count);
    const parts = [check ? l10n.t('{0} would be reformatted', files(changed)) : l10n.t('{0} formatted', files(changed))];
    if (broken > 0) {
        parts.push(l10n.t('{0} with syntax errors', files(broken)));
    }
    if (unwritable > 0) {
        parts.push(l10n.t('{0} could not be written', files(unwritable)));
    }
    const unchanged = total - changed - broken - unwritable;
    parts.push(l10n.t('{0} already formatted', files(unchanged)));
    return parts.join(', ');
}
