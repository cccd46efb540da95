import * as l10n from '@vscode/l10n';
import type { JourneyModel } from '../language/index.js';
import type { Command } from './command.js';
import { URI } from 'langium';
import { UsageError } from './collect-files.js';
import { formatText, noteTo, reportedDiagnostics } from './diagnostics-output.js';
import { journeyModelOf, loadJourneyFiles } from './load-journey-files.js';
import { collectWorkspace } from './workspace.js';
import { checkOutputTarget, writeOutput } from './write-output.js';

/** Version of the exported JSON (docs/export-schema.json); raised when a field changes meaning or goes away. */
export const EXPORT_VERSION = 1;

/** The JSON `journey-map export` prints: the JourneyModel with a version first. */
export function exportJson(model: JourneyModel): string {
    return JSON.stringify({ version: EXPORT_VERSION, ...model }, null, 2) + '\n';
}

export const exportCommand: Command = {
    name: 'export',
    get summary() { return l10n.t('print the journey model as JSON, for other tools'); },
    get help() { return l10n.t(`Usage: journey-map export PATH... [--format json] [-o FILE] [--workspace DIR]

Prints the model of the .journey files as JSON: personas, channels (the
built-in ones included, "builtin": true) and journeys with their stages,
touchpoints, pain points and opportunities, each with its source range
(file URI, 0-based line and character). Schema: docs/export-schema.json,
described in docs/views.md. PATH is a file or a folder (searched for
*.journey); all files given form one workspace. A FILE is read in its
workspace, as by 'journey-map validate' (docs/workspace.md): the personas and
channels of the files around it are exported with its journeys.

Options:
  --format json      JSON (the only format, and the default)
  -o, --output FILE  write to FILE instead of standard output (atomically;
                     never one of the .journey files read)
  --workspace DIR    read the files given with the .journey files of DIR
  -h, --help         show this help

Exit status: 0 exported, 1 errors in the files (printed as by validate;
nothing exported), 2 a usage problem or a path that cannot be read or written.`); },
    options: {
        format: { type: 'string', default: 'json' },
        output: { type: 'string', short: 'o' },
        workspace: { type: 'string' }
    },
    async run({ values, positionals }, io) {
        if (positionals.length === 0) {
            throw new UsageError(l10n.t('export needs at least one file or folder, e.g. `journey-map export examples --format json`'));
        }
        if (values.format !== 'json') {
            throw new UsageError(l10n.t("unknown --format '{0}': use json", String(values.format)));
        }
        const workspace = collectWorkspace(positionals, values.workspace as string | undefined, noteTo(io));
        if (workspace.named.length === 0) {
            throw new UsageError(l10n.t('no .journey files in {0}', positionals.join(', ')));
        }
        checkOutputTarget(values.output as string | undefined, workspace.files);
        const loaded = await loadJourneyFiles(workspace.files);
        const diagnostics = reportedDiagnostics(loaded, workspace.named);
        if (diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
            io.err(formatText(diagnostics, workspace.named.length, false) + `journey-map: ${l10n.t('nothing exported: fix the errors above first')}\n`);
            return 1;
        }
        // The journeys of the files named; the personas and channels of the whole workspace.
        const named = new Set(workspace.named.map(file => URI.file(file.absolute).toString()));
        const model = journeyModelOf(loaded);
        const json = exportJson({ ...model, journeys: model.journeys.filter(journey => named.has(journey.source.uri)) });
        writeOutput(io, values.output as string | undefined, json);
        return 0;
    }
};
