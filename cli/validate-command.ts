import type { Command } from './command.js';
import { collectJourneyFiles, UsageError } from './collect-files.js';
import { formatText, reportedDiagnostics } from './diagnostics-output.js';
import { loadJourneyFiles } from './load-journey-files.js';

export const validateCommand: Command = {
    name: 'validate',
    summary: 'report syntax errors and map problems (exit 1 on an error)',
    help: `Usage: journey-map validate PATH... [--format text|json]

Checks .journey files: syntax, names that refer to nothing, and the map rules
(JM001-JM016, see docs/diagnostics.md). PATH is a file or a folder (searched
for *.journey); all files given form one workspace, so a persona declared in
one file can be used in another.

Options:
  --format text   one line per problem: path:line:column: severity CODE message,
                  then "N errors, M warnings in K files" (default)
  --format json   a JSON array of {file, line, column, endLine, endColumn,
                  severity, code, message}
  -h, --help      show this help

Exit status: 0 no error (warnings allowed), 1 at least one error,
2 a usage problem or a path that cannot be read.`,
    options: {
        format: { type: 'string', default: 'text' }
    },
    async run({ values, positionals }, io) {
        const format = values.format as string;
        if (positionals.length === 0) {
            throw new UsageError('validate needs at least one file or folder, e.g. `journey-map validate examples`');
        }
        if (format !== 'text' && format !== 'json') {
            throw new UsageError(`unknown --format '${format}': use text or json`);
        }
        const files = collectJourneyFiles(positionals);
        if (files.length === 0) {
            throw new UsageError(`no .journey files in ${positionals.join(', ')}`);
        }
        const loaded = await loadJourneyFiles(files);
        const diagnostics = reportedDiagnostics(loaded);
        io.out(format === 'json' ? JSON.stringify(diagnostics, null, 2) + '\n' : formatText(diagnostics, files.length, io.color));
        return diagnostics.some(d => d.severity === 'error') ? 1 : 0;
    }
};
