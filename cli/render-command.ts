import { resolve } from 'node:path';
import { printable } from '../language/printable.js';
import { URI } from 'langium';
import type { JourneyMapModel, JourneyModel } from '../language/model/journey-model.js';
import {
    viewNamed, MERMAID_DEFAULT_MAX_TEXT_SIZE, renderView, VIEW_NAMES, viewsFor, whyViewDoesNotFit, type ViewName
} from '../language/views/index.js';
import { renderMarkdown, type MarkdownSelection } from '../language/views/markdown.js';
import { readerLanguage } from './reader-language.js';
import type { Command, CommandIO } from './command.js';
import { displayPath, isFolder, UsageError } from './collect-files.js';
import { formatText, noteTo, reportedDiagnostics } from './diagnostics-output.js';
import { journeyModelOf, loadJourneyFiles, type LoadedFiles } from './load-journey-files.js';
import { collectWorkspace } from './workspace.js';
import { checkOutputTarget, writeOutput } from './write-output.js';

export const renderCommand: Command = {
    name: 'render',
    summary: 'draw the journeys of a file as Mermaid diagrams or a Markdown document',
    help: `Usage: journey-map render FILE [--journey NAME] [--view VIEW] [--format mermaid|markdown]
                          [-o FILE] [--workspace DIR]

Draws the journeys of FILE as Mermaid diagrams (docs/views.md). FILE is read
in its workspace (docs/workspace.md): with the other .journey files of its
folder and below, so personas and channels declared in other files resolve.

Options:
  --journey NAME     only this journey of FILE (default: every journey of FILE)
  --view VIEW        only this view: journey, lanes, emotion, blueprint, day,
                     compare (default: the views that fit each journey: journey,
                     lanes and emotion always; blueprint for service blueprints;
                     day for day-in-the-life maps; compare for future maps that
                     improve a current map)
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
journey, a view that does not fit, a path that cannot be read or written).`,
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
                ? 'render needs a .journey file, e.g. `journey-map render examples/gift-purchase.journey`'
                : `render takes one file, not ${positionals.length} (its folder is read as the workspace)`);
        }
        if (format !== 'mermaid' && format !== 'markdown') {
            throw new UsageError(`unknown --format '${format}': use mermaid or markdown`);
        }
        if (viewWritten !== undefined && viewOption === undefined) {
            throw new UsageError(`unknown --view '${viewWritten}': use one of ${VIEW_NAMES.join(', ')}`);
        }
        const file = resolve(positionals[0]);
        if (isFolder(file, positionals[0])) {
            throw new UsageError(`'${positionals[0]}' is a folder: render takes one .journey file (use --workspace for the folder)`);
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
    const uris = new Set([fileUri]);
    const pending = model.journeys.filter(journey => journey.source.uri === fileUri);
    const seen = new Set<JourneyMapModel>();
    while (pending.length > 0) {
        const journey = pending.pop()!;
        if (seen.has(journey)) {
            continue;
        }
        seen.add(journey);
        uris.add(journey.source.uri);
        const personas = new Set([...journey.personas, ...journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.personas))]);
        const channels = new Set(journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.channel ?? [])));
        model.personas.filter(persona => personas.has(persona.name)).forEach(persona => uris.add(persona.source.uri));
        model.channels.filter(channel => channels.has(channel.name) && channel.source).forEach(channel => uris.add(channel.source!.uri));
        pending.push(...model.journeys.filter(candidate => candidate.name === journey.improves));
    }
    const used = loaded.files.filter(({ document }) => uris.has(document.uri.toString()));
    const shownFiles = new Set(used.map(({ file }) => file.display));
    const diagnostics = reportedDiagnostics(loaded).filter(diagnostic => shownFiles.has(diagnostic.file));
    if (!diagnostics.some(diagnostic => diagnostic.severity === 'error')) {
        return undefined;
    }
    return formatText(diagnostics, used.length, false) + 'journey-map: nothing rendered: fix the errors above first\n';
}

function select(model: JourneyModel, fileUri: string, shownFile: string, journeyName: string | undefined, view: ViewName | undefined, io: CommandIO): MarkdownSelection[] {
    const own = model.journeys.filter(journey => journey.source.uri === fileUri);
    let journeys = own;
    if (journeyName !== undefined) {
        const wanted = journeyName.normalize('NFC');
        const found = own.find(journey => journey.name.normalize('NFC') === wanted);
        if (!found) {
            const elsewhere = model.journeys.find(journey => journey.name.normalize('NFC') === wanted);
            const where = elsewhere ? `; it is declared in ${displayPath(URI.parse(elsewhere.source.uri).fsPath)}` : '';
            throw new UsageError(`no journey named '${journeyName}' in ${shownFile}${where}. ` +
                (own.length > 0 ? `Journeys of ${shownFile}: ${own.map(journey => journey.name).join(', ')}` : `${shownFile} declares no journey`));
        }
        journeys = [found];
    }
    if (journeys.length === 0) {
        throw new UsageError(`${shownFile} declares no journey: nothing to render`);
    }
    if (view === undefined) {
        return journeys.map(journey => ({ journey, views: viewsFor(journey) }));
    }
    const fitting = journeys.filter(journey => whyViewDoesNotFit(journey, view) === undefined);
    if (fitting.length === 0) {
        const reasons = journeys.map(journey => `${whyViewDoesNotFit(journey, view)} (views for it: ${viewsFor(journey).join(', ')})`);
        throw new UsageError(reasons.join('; '));
    }
    for (const journey of journeys.filter(candidate => !fitting.includes(candidate))) {
        io.err(`journey-map: skipped '${printable(journey.name)}': ${printable(whyViewDoesNotFit(journey, view) ?? '')}\n`);
    }
    return fitting.map(journey => ({ journey, views: [view] }));
}

function mermaidOutput(model: JourneyModel, selections: readonly MarkdownSelection[], io: CommandIO): string {
    const diagrams = selections.flatMap(({ journey, views }) => views.map(view => ({ journey, view, text: renderView(model, journey.name, view, readerLanguage()) })));
    for (const { journey, view, text } of diagrams) {
        if (text.length > MERMAID_DEFAULT_MAX_TEXT_SIZE) {
            io.err(`journey-map: the ${view} view of '${journey.name}' is ${text.length} characters, more than Mermaid's default ` +
                `maxTextSize (${MERMAID_DEFAULT_MAX_TEXT_SIZE}): a renderer must be initialised with maxTextSize of at least ${text.length} ` +
                'to draw it (see docs/views.md)\n');
        }
    }
    if (diagrams.length === 1) {
        return diagrams[0].text;
    }
    return diagrams.map(({ journey, view, text }) => `%% journey ${journey.name}, view ${view}\n${text}`).join('\n');
}
