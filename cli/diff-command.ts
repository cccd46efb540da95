import * as l10n from '@vscode/l10n';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffJourneyModels, formatDiffJson, formatDiffMarkdown, formatDiffText, printable, type JourneyModel } from '../language/index.js';
import { readerLanguage } from './reader-language.js';
import type { Command, CommandIO } from './command.js';
import { collectJourneyFiles, UsageError, type JourneyFile, type Note } from './collect-files.js';
import { formatText, noteTo, reportedDiagnostics } from './diagnostics-output.js';
import { journeyFilesAt, repositoryRoot, resolveRevision } from './git-revision.js';
import { journeyModelOf, loadJourneyFiles } from './load-journey-files.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
type DiffFormat = typeof FORMATS[number];

/** One side of the comparison: what it is (for the user) and its files. */
interface Side {
    label: string;
    files: JourneyFile[];
}

export const diffCommand: Command = {
    name: 'diff',
    get summary() { return l10n.t('show what a change to the maps means (emotions, pain points, opportunities)'); },
    get help() { return l10n.t(`Usage: journey-map diff OLD NEW [--format text|markdown|json] [--exit-code]
       journey-map diff --git REV [--] [PATH...]
       journey-map diff --git REV1..REV2 [--] [PATH...]

Compares two versions of a workspace of .journey files and tells what the
change means: personas, channels, journeys, stages, touchpoints, pain points
and opportunities added, removed, renamed (matched by name, then by label) or
moved, the fields that changed (emotion, actions, channel…), pain points now
fixed or left unfixed, and per journey the average emotion, pain points and
unfixed pain points before and after (docs/diff.md).

OLD and NEW are each a .journey file or a folder (searched for *.journey, read
as one workspace). With --git, the old version is PATH as committed in REV
(read with git; default PATH: the working folder) and the new version is PATH
in the working tree; with REV1..REV2, both versions come from git.

Options:
  --format text      a line per change, the totals of each journey and a
                     summary (default)
  --format markdown  a pull-request comment: a summary table, then per
                     journey its changes, the new journey view and, where
                     emotions changed, a before/after emotion chart, in
                     mermaid blocks
  --format json      the diff as JSON (shape: docs/diff.md)
  --git REV          compare PATH at revision REV (or REV1..REV2)
  --exit-code        exit 1 when there are changes (like git diff --exit-code)
  -h, --help         show this help

Exit status: 0 compared (with or without changes), 1 changes found with
--exit-code, 2 a usage problem, a path or revision that cannot be read, or a
syntax error in either version (printed on standard error: a diff of a map
that does not parse is not meaningful).`); },
    options: {
        format: { type: 'string', default: 'text' },
        git: { type: 'string' },
        'exit-code': { type: 'boolean', default: false }
    },
    async run({ values, positionals }, io) {
        const format = values.format as string;
        if (!(FORMATS as readonly string[]).includes(format)) {
            throw new UsageError(l10n.t("unknown --format '{0}': use text, markdown or json", format));
        }
        const note = noteTo(io);
        const [before, after] = values.git === undefined ? fileSides(positionals, note) : gitSides(values.git as string, positionals, note);
        if (before.files.length === 0 && after.files.length === 0) {
            throw new UsageError(l10n.t('no .journey files in {0} nor in {1}', before.label, after.label));
        }
        const oldModel = await loadSide(before, 'old', io);
        const newModel = await loadSide(after, 'new', io);
        if (!oldModel || !newModel) {
            io.err(`journey-map: ${l10n.t('nothing compared: fix the syntax errors above first')}\n`);
            return 2;
        }
        const diff = diffJourneyModels(oldModel, newModel);
        const labels = { oldLabel: before.label, newLabel: after.label };
        io.out(formatOutput(format as DiffFormat, diff, oldModel, newModel, labels, io));
        return values['exit-code'] === true && diff.changed ? 1 : 0;
    }
};

function formatOutput(format: DiffFormat, diff: ReturnType<typeof diffJourneyModels>, before: JourneyModel, after: JourneyModel,
    labels: { oldLabel: string; newLabel: string }, io: CommandIO): string {
    switch (format) {
        case 'text': return formatDiffText(diff, { color: io.color, before, after, reader: readerLanguage() });
        case 'markdown': return formatDiffMarkdown(diff, { before, after, ...labels, reader: readerLanguage() });
        case 'json': return formatDiffJson(diff, labels);
    }
}

/** `OLD NEW`: two files or folders on disk. */
function fileSides(positionals: readonly string[], note: Note): [Side, Side] {
    if (positionals.length !== 2) {
        throw new UsageError(positionals.length < 2
            ? l10n.t('diff needs two versions, e.g. `journey-map diff old/ new/` or `journey-map diff --git main -- examples`')
            : l10n.t('diff compares two versions (OLD NEW), not {0}; to compare with git, use --git REV -- PATH...', positionals.length));
    }
    return [
        { label: positionals[0], files: collectJourneyFiles([positionals[0]], process.cwd(), note) },
        { label: positionals[1], files: collectJourneyFiles([positionals[1]], process.cwd(), note) }
    ];
}

/** `--git REV [PATH...]` (old from git, new from the working tree) or `--git REV1..REV2 [PATH...]`. */
function gitSides(revisions: string, positionals: readonly string[], note: Note): [Side, Side] {
    const cwd = process.cwd();
    const paths = positionals.length > 0 ? positionals : ['.'];
    repositoryRoot(cwd);
    if (revisions.includes('...')) {
        throw new UsageError(l10n.t("--git '{0}': use REV or REV1..REV2 (three dots are not supported)", revisions));
    }
    const range = revisions.split('..');
    if (range.length > 2 || range.some(revision => revision === '')) {
        throw new UsageError(l10n.t("--git '{0}': use REV or REV1..REV2", revisions));
    }
    const where = paths.length === 1 && paths[0] === '.' ? '' : `:${paths.join(' ')}`;
    const old = fromRevision(range[0], paths, cwd);
    if (range.length === 2) {
        const current = fromRevision(range[1], paths, cwd);
        const nowhere = paths.filter(path => old.missing.includes(path) && current.missing.includes(path));
        if (nowhere.length > 0) {
            throw new UsageError(l10n.t("'{0}' is in neither {1} nor {2}", nowhere[0], range[0], range[1]));
        }
        return [{ label: range[0] + where, files: old.files }, { label: range[1] + where, files: current.files }];
    }
    const onDisk = paths.filter(path => existsSync(resolve(cwd, path)));
    const nowhere = paths.filter(path => !onDisk.includes(path) && old.missing.includes(path));
    if (nowhere.length > 0) {
        throw new UsageError(l10n.t("'{0}' is in neither {1} nor the working tree", nowhere[0], range[0]));
    }
    // A path deleted from the working tree: its maps are all removed.
    const files = onDisk.length > 0 ? collectJourneyFiles(onDisk, cwd, note) : [];
    return [{ label: range[0] + where, files: old.files }, { label: 'working tree', files }];
}

function fromRevision(revision: string, paths: readonly string[], cwd: string): { files: JourneyFile[]; missing: string[] } {
    const commit = resolveRevision(revision, cwd);
    return journeyFilesAt(revision, commit, paths, cwd);
}

/**
 * Loads one version as a workspace of its own (its own services: both versions may hold the same
 * URIs). Returns undefined, after printing them on standard error, when its files have syntax errors.
 */
async function loadSide(side: Side, which: 'old' | 'new', io: CommandIO): Promise<JourneyModel | undefined> {
    const loaded = await loadJourneyFiles(side.files);
    const syntaxErrors = reportedDiagnostics(loaded).filter(diagnostic => diagnostic.code === 'JM001');
    if (syntaxErrors.length > 0) {
        io.err(`journey-map: ${which === 'old' ? l10n.t('the old version ({0}) has syntax errors:', printable(side.label)) : l10n.t('the new version ({0}) has syntax errors:', printable(side.label))}\n`);
        io.err(formatText(syntaxErrors, side.files.length, false));
        return undefined;
    }
    return journeyModelOf(loaded);
}
