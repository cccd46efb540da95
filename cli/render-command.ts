import * as l10n from '@vscode/l10n';
import { resolve } from 'node:path';
import { filesUsedBy, MERMAID_DEFAULT_MAX_TEXT_SIZE, printable, renderMarkdown, renderView, VIEW_NAMES, viewNamed, viewsFor, whyViewDoesNotFit, type JourneyModel, type MarkdownSelection, type ViewName } from '../language/index.js';
import { URI } from 'langium';
import { readerLanguage } from './reader-language.js';
import type { Command, CommandIO } from './command.js';
import { displayPath, isFolder, UsageError } from './collect-files.js';
import { formatText, noteTo, reportedDiagnostics } from './diagnostics-output.js';
import { journeyModelOf, loadJourneyFiles, type LoadedFiles } from './load-journey-files.js';
import { collectWorkspace } from './workspace.js';
import { checkOutputTarget, writeOutput } from './write-output.js';

export const renderCommand: Command = {
    name: 'render',
    get summary() { return l10n.t('draw the journeys of a file as Mermaid diagrams or a Markdown document'); },
    get help() { return l10n.t(`Usage: journey-map render FILE [--journey NAME] [--view VIEW] [--format mermaid|markdown]
                          [-o FILE] [--workspace DIR]

Draws the journeys of FILE as Mermaid diagrams (docs/views.md). FILE is read
in its workspace (docs/workspace.md): with the other .journey files of its
folder and below, so personas and channels declared in other files resolve.

Options:
  --journey NAME     only this journey of FILE (default: every journey of FILE)
  --view VIEW        only this view: map, journey, emotion, day, compare
                     (default: the views that fit each journey: map, journey
                     and emotion always; day for day-in-the-life maps; compare
                     for future maps that improve a current map)
  --format mermaid   the Mermaid text (default); several diagrams are separated
                     by a blank line, each after a "%% journey NAME, view VIEW" line
  --format markdown  a document: a heading per journey, each view in a fenced
                     mermaid block, and a table of the pain points and the
                     opportunities that fix them
  -o, --output FILE  write to FILE instead of standard output (atomically;
                     never one of the .journey files read)
  --workspace DIR    read the workspace from DIR instead of FILE's folder
  -h, --help         show this help

A file with errors (in FILE or in the files it uses) renders nothing: the
problems are printed as by 'journey-map validate'.

Exit status: 0 rendered, 1 errors in the files, 2 a usage problem (unknown
journey, a view that does not fit, a path that cannot be read or written).`); },
    options: {
        journey: { type: 'string' },
        view: { type: 'string' },
        format: { type: 'string', default: 'mermaid' },
        output: { type: 'string', short: 'o' },
        workspace: { type: 'string' }
    },
    async run({ values, positionals }, io) {
        const format = values.format as string;
        const viewWritten = values.view as string | undefined;
        const viewOption = viewWritten === undefined ? undefined : viewNamed(viewWritten);
        const journeyOption = values.journey as string | undefined;
        if (positionals.length !== 1) {
            throw new UsageError(positionals.length === 0
                ? l10n.t('render needs a .journey file, e.g. `journey-map render examples/gift-purchase.journey`')
                : l10n.t('render takes one file, not {0} (its folder is read as the workspace)', positionals.length));
        }
        if (format !== 'mermaid' && format !== 'markdown') {
            throw new UsageError(l10n.t("unknown --format '{0}': use mermaid or markdown", format));
        }
        if (viewWritten !== undefined && viewOption === undefined) {
            throw new UsageError(l10n.t("unknown --view '{0}': use one of {1}", viewWritten, VIEW_NAMES.join(', ')));
        }
        const file = resolve(positionals[0]);
        if (isFolder(file, positionals[0])) {
            throw new UsageError(l10n.t("'{0}' is a folder: render takes one .journey file (use --workspace for the folder)", positionals[0]));
        }
        const workspace = collectWorkspace([positionals[0]], values.workspace as string | undefined, noteTo(io));
        checkOutputTarget(values.output as string | undefined, workspace.files);
        const loaded = await loadJourneyFiles(workspace.files);
        const model = journeyModelOf(loaded);
        const fileUri = URI.file(file).toString();

        const problems = dependencyDiagnostics(loaded, model, fileUri);
        if (problems) {
            io.err(problems);
            return 1;
        }
        const selections = select(model, fileUri, positionals[0], journeyOption, viewOption, io);
        const output = format === 'markdown' ? renderMarkdown(model, selections, readerLanguage()) : mermaidOutput(model, selections, io);
        writeOutput(io, values.output as string | undefined, output);
        return 0;
    }
};

/**
 * The diagnostics of FILE and of the files it uses (where its journeys' personas, channels and
 * improved journey are declared), formatted as by validate, when any of them has an error.
 */
function dependencyDiagnostics(loaded: LoadedFiles, model: JourneyModel, fileUri: string): string | undefined {
    const uris = filesUsedBy(model, fileUri);
    const used = loaded.files.filter(({ document }) => uris.has(document.uri.toString()));
    const shownFiles = new Set(used.map(({ file }) => file.display));
    const diagnostics = reportedDiagnostics(loaded).filter(diagnostic => shownFiles.has(diagnostic.file));
    if (!diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
        return undefined;
    }
    return formatText(diagnostics, used.length, false) + `journey-map: ${l10n.t('nothing rendered: fix the errors above first')}\n`;
}

function select(model: JourneyModel, fileUri: string, shownFile: string, journeyName: string | undefined, view: ViewName | undefined, io: CommandIO): MarkdownSelection[] {
    const own = model.journeys.filter(journey => journey.source.uri === fileUri);
    let journeys = own;
    if (journeyName !== undefined) {
        const wanted = journeyName.normalize('NFC');
        const found = own.find(journey => journey.name.normalize('NFC') === wanted);
        if (!found) {
            const elsewhere = model.journeys.find(journey => journey.name.normalize('NFC') === wanted);
            const missing = elsewhere
                ? l10n.t("no journey named '{0}' in {1}; it is declared in {2}.", journeyName, shownFile, displayPath(URI.parse(elsewhere.source.uri).fsPath))
                : l10n.t("no journey named '{0}' in {1}.", journeyName, shownFile);
            throw new UsageError(`${missing} ` +
                (own.length > 0 ? l10n.t('Journeys of {0}: {1}', shownFile, own.map(journey => journey.name).join(', ')) : l10n.t('{0} declares no journey', shownFile)));
        }
        journeys = [found];
    }
    if (journeys.length === 0) {
        throw new UsageError(l10n.t('{0} declares no journey: nothing to render', shownFile));
    }
    if (view === undefined) {
        return journeys.map(journey => ({ journey, views: viewsFor(journey) }));
    }
    const fitting = journeys.filter(journey => whyViewDoesNotFit(journey, view) === undefined);
    if (fitting.length === 0) {
        const reasons = journeys.map(journey => l10n.t('{0} (views for it: {1})', whyViewDoesNotFit(journey, view) ?? '', viewsFor(journey).join(', ')));
        throw new UsageError(reasons.join('; '));
    }
    for (const journey of journeys.filter(candidate => !fitting.includes(candidate))) {
        io.err(`journey-map: ${l10n.t("skipped '{0}': {1}", printable(journey.name), printable(whyViewDoesNotFit(journey, view) ?? ''))}\n`);
    }
    return fitting.map(journey => ({ journey, views: [view] }));
}

function mermaidOutput(model: JourneyModel, selections: readonly MarkdownSelection[], io: CommandIO): string {
    const diagrams = selections.flatMap(({ journey, views }) => views.map(view => ({ journey, view, text: renderView(model, journey.name, view, readerLanguage()) })));
    for (const { journey, view, text } of diagrams) {
        if (text.length > MERMAID_DEFAULT_MAX_TEXT_SIZE) {
            io.err(`journey-map: ${l10n.t("the {0} view of '{1}' is {2} characters, more than Mermaid's default maxTextSize ({3}): a renderer must be initialised with maxTextSize of at least {2} to draw it (see docs/views.md)", view, journey.name, text.length, MERMAID_DEFAULT_MAX_TEXT_SIZE)}\n`);
        }
    }
    if (diagrams.length === 1) {
        return diagrams[0].text;
    }
    return diagrams.map(({ journey, view, text }) => `%% journey ${journey.name}, view ${view}\n${text}`).join('\n');
}
