import * as l10n from '@vscode/l10n';
import type { Command } from './command.js';
import { UsageError } from './collect-files.js';
import { formatText, noteTo, reportedDiagnostics } from './diagnostics-output.js';
import { collectWorkspace } from './workspace.js';
import { loadJourneyFiles } from './load-journey-files.js';

export const validateCommand: Command = {
    name: 'validate',
    get summary() { return l10n.t('report syntax errors and map problems (exit 1 on an error)'); },
    get help() { return l10n.t(`Usage: journey-map validate PATH... [--format text|json] [--workspace DIR]

Checks .journey files: syntax, names that refer to nothing, and the map rules
(JM001-JM016, see docs/diagnostics.md). PATH is a file or a folder (searched
for *.journey); all files given form one workspace, so a persona declared in
one file can be used in another. A FILE is checked in its workspace: with the
.journey files of its folder and below (or of DIR), as the editor does; only
the problems of the files given are reported (docs/workspace.md).

Options:
  --format text   one line per problem: path:line:column: severity CODE message,
                  then "N errors, M warnings in K files" (default)
  --format json   a JSON array of {file, line, column, endLine, endColumn,
                  severity, code, message}
  --workspace DIR read the files given with the .journey files of DIR
                  instead of those of their own folders
  -h, --help      show this help

Exit status: 0 no error (warnings allowed), 1 at least one error,
2 a usage problem or a path that cannot be read.`); },
    options: {
        format: { type: 'string', default: 'text' },
        workspace: { type: 'string' }
    },
    async run({ values, positionals }, io) {
        const format = values.format as string;
        if (positionals.length === 0) {
            throw new UsageError(l10n.t('validate needs at least one file or folder, e.g. `journey-map validate examples`'));
        }
        if (format !== 'text' && format !== 'json') {
            throw new UsageError(l10n.t("unknown --format '{0}': use text or json", format));
        }
        const workspace = collectWorkspace(positionals, values.workspace as string | undefined, noteTo(io));
        if (workspace.named.length === 0) {
            throw new UsageError(l10n.t('no .journey files in {0}', positionals.join(', ')));
        }
        const loaded = await loadJourneyFiles(workspace.files);
        const diagnostics = reportedDiagnostics(loaded, workspace.named);
        io.out(format === 'json' ? JSON.stringify(diagnostics, null, 2) + '\n' : formatText(diagnostics, workspace.named.length, io.color));
        return diagnostics.some(d => d.severity === 'error') ? 1 : 0;
    }
};
