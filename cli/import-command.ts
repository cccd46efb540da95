import * as l10n from '@vscode/l10n';
import { basename, extname, resolve } from 'node:path';
import { FileReadError, importMermaidJourneys, journeyCount, otherDiagramsLeftOut, printable, printablePath, readRegularFile, type ImportSource } from '../language/index.js';
import type { Command } from './command.js';
import { displayPath, UsageError } from './collect-files.js';
import { SHOWN_SEVERITY } from './diagnostics-output.js';
import { isSameFile } from './safe-write.js';
import { writeOutput } from './write-output.js';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export const importCommand: Command = {
    name: 'import',
    get summary() { return l10n.t('turn the Mermaid journey diagrams of a .mmd or Markdown file into a map'); },
    get help() { return l10n.t(`Usage: journey-map import FILE [-o FILE]

Reads the Mermaid journey diagrams of FILE and prints them as one .journey
workspace (docs/import.md). FILE is a Mermaid file (.mmd, one diagram) or a
Markdown document (.md: every \`\`\`mermaid block that holds a journey diagram;
blocks of other diagrams are left out and counted).

Each diagram becomes a journey: its title the journey's label, sections stages,
tasks touchpoints, scores emotions, actors personas (declared once). Names are
made from the labels. Scores outside 1-5 are brought into 1-5 (rescaled when the
diagram uses a 0-10 or 0-100 scale, else clamped) with a warning; a score that
is not a number gives no emotion, with a warning.

Options:
  -o, --output FILE  write to FILE instead of standard output (atomically;
                     never FILE itself)
  -h, --help         show this help

Warnings and a summary go to standard error, as "FILE:LINE: warning: ...".

Exit status: 0 imported, 1 a diagram Mermaid would refuse (the message names
its line) or no journey diagram in FILE, 2 a usage problem or a path that
cannot be read or written.`); },
    options: {
        output: { type: 'string', short: 'o' }
    },
    async run({ values, positionals }, io) {
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0
                ? l10n.t('import needs a Mermaid or Markdown file, e.g. `journey-map import docs/onboarding.md`')
                : l10n.t('import takes one file, not {0}', positionals.length));
        }
        const file = resolve(positionals[0]);
        const shown = displayPath(file);
        const output = values.output as string | undefined;
        if (output !== undefined && (resolve(output) === file || isSameFile(file, resolve(output)))) {
            throw new UsageError(l10n.t("refusing to write '{0}': it is the file read (give another --output file)", output));
        }
        let text: string;
        try {
            text = readRegularFile(file);
        } catch (error) {
            if (error instanceof FileReadError) {
                throw new UsageError(l10n.t("cannot read '{0}': {1}", positionals[0], error.code === 'ENOENT' ? l10n.t('no such file') : error.message));
            }
            throw error;
        }
        const extension = extname(file).toLowerCase();
        const source: ImportSource = {
            text,
            kind: MARKDOWN.has(extension) ? 'markdown' : 'mermaid',
            name: basename(file),
            fallbackTitle: basename(file, extname(file))
        };
        const result = importMermaidJourneys(source);
        for (const { severity, line, message } of result.messages) {
            io.err(`${printablePath(shown)}:${line}: ${SHOWN_SEVERITY[severity]()}: ${printable(message)}\n`);
        }
        if (result.text === undefined) {
            return 1;
        }
        writeOutput(io, output, result.text);
        const journeys = journeyCount(result.journeys);
        const imported = output === undefined
            ? l10n.t('imported {0} from {1}', journeys, printablePath(shown))
            : l10n.t('imported {0} from {1} into {2}', journeys, printablePath(shown), printable(output));
        const skipped = result.skipped === 0 ? '' : `; ${otherDiagramsLeftOut(result.skipped)}`;
        io.err(`journey-map: ${imported}${skipped}\n`);
        return 0;
    }
};
