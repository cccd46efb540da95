import type { JourneyModel } from '../language/model/journey-model.js';
import type { Command } from './command.js';
import { collectJourneyFiles, UsageError } from './collect-files.js';
import { formatText, reportedDiagnostics } from './diagnostics-output.js';
import { journeyModelOf, loadJourneyFiles } from './load-journey-files.js';
import { writeOutput } from './write-output.js';

/** Version of the exported JSON (docs/export-schema.json); raised when a field changes meaning or goes away. */
export const EXPORT_VERSION = 1;

/** The JSON `journey-map export` prints: the JourneyModel with a version first. */
export function exportJson(model: JourneyModel): string {
    return JSON.stringify({ version: EXPORT_VERSION, ...model }, null, 2) + '\n';
}

export const exportCommand: Command = {
    name: 'export',
    summary: 'print the journey model as JSON, for other tools',
    help: `Usage: journey-map export PATH... [--format json] [-o FILE]

Prints the model of the .journey files as JSON: personas, channels (the
built-in ones included, "builtin": true) and journeys with their stages,
touchpoints, pain points and opportunities, each with its source range
(file URI, 0-based line and character). Schema: docs/export-schema.json,
described in docs/views.md. PATH is a file or a folder (searched for
*.journey); all files given form one workspace, as for 'journey-map validate',
so give the folder that declares the personas too.

Options:
  --format json      JSON (the only format, and the default)
  -o, --output FILE  write to FILE instead of standard output
  -h, --help         show this help

Exit status: 0 exported, 1 errors in the files (printed as by validate;
nothing exported), 2 a usage problem or a path that cannot be read or written.`,
    options: {
        format: { type: 'string', default: 'json' },
        output: { type: 'string', short: 'o' }
    },
    async run({ values, positionals }, io) {
        if (positionals.length === 0) {
            throw new UsageError('export needs at least one file or folder, e.g. `journey-map export examples --format json`');
        }
        if (values.format !== 'json') {
            throw new UsageError(`unknown --format '${values.format}': use json`);
        }
        const files = collectJourneyFiles(positionals);
        if (files.length === 0) {
            throw new UsageError(`no .journey files in ${positionals.join(', ')}`);
        }
        const loaded = await loadJourneyFiles(files);
        const diagnostics = reportedDiagnostics(loaded);
        if (diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
            io.err(formatText(diagnostics, files.length, false) + 'journey-map: nothing exported: fix the errors above first\n');
            return 1;
        }
        const json = exportJson(journeyModelOf(loaded));
        writeOutput(io, values.output as string | undefined, json);
        return 0;
    }
};
