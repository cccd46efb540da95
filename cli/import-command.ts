import { basename, extname, resolve } from 'node:path';
import { FileReadError, importMermaidJourneys, printable, printablePath, readRegularFile, type ImportSource } from '../language/index.js';
import type { Command } from './command.js';
import { displayPath, UsageError } from './collect-files.js';
import { isSameFile } from './safe-write.js';
import { writeOutput } from './write-output.js';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export const importCommand: Command = {
    name: 'import',
    summary: 'turn the Mermaid journey diagrams of a .mmd or Markdown file into a map',
    help: `Usage: journey-map import FILE [-o FILE]

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
cannot be read or written.`,
    options: {
        output: { type: 'string', short: 'o' }
    },
    async run({ values, positionals }, io) {
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0
                ? 'import needs a Mermaid or Markdown file, e.g. `journey-map import docs/onboarding.md`'
                : `import takes one file, not ${positionals.length}`);
        }
        const file = resolve(positionals[0]);
        const shown = displayPath(file);
        const output = values.output as string | undefined;
        if (output !== undefined && (resolve(output) === file || isSameFile(file, resolve(output)))) {
            throw new UsageError(`refusing to write '${output}': it is the file read (give another --output file)`);
        }
        let text: string;
        try {
            text = readRegularFile(file);
        } catch (error) {
            if (error instanceof FileReadError) {
                throw new UsageError(`cannot read '${positionals[0]}': ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
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
            io.err(`${printablePath(shown)}:${line}: ${severity}: ${printable(message)}\n`);
        }
        if (result.text === undefined) {
            return 1;
        }
        writeOutput(io, output, result.text);
        const skipped = result.skipped === 0 ? '' : `; ${result.skipped} other Mermaid diagram${result.skipped === 1 ? '' : 's'} left out`;
        const where = output === undefined ? '' : ` into ${printable(output)}`;
        io.err(`journey-map: imported ${result.journeys} journey${result.journeys === 1 ? '' : 's'} from ${printablePath(shown)}${where}${skipped}\n`);
        return 0;
    }
};
