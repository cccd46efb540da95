import type { JourneyMapModel, JourneyModel } from '../model/journey-model.js';
import { escapeMarkdownInline, escapeMarkdownText, normalizeText } from '../views/escape.js';
import type { Language } from '../locale.js';
import type { MapWords } from '../views/map-words.js';
import { markdownDiagrams } from '../views/markdown-document.js';
import type { JourneyChange, WorkspaceDiff } from './diff-model.js';
import {
    channelLines, diffWords, journeyLines, journeyNamer, namer, personaLines, summaryText, totalsText, type DiffLine, type Part, type Sign
} from './describe.js';
import { emotionChart, emotionPoints, emotionsDiffer } from './emotion-chart.js';
import { nameKey } from './match.js';

/** The first line of every comment: lets a CI job find its own comment to update it. */
export const COMMENT_MARKER = '<!-- journey-map diff -->';

/** GitHub refuses a comment longer than 65,536 characters; the form stays under this. */
export const MAX_COMMENT_LENGTH = 65_000;

export interface MarkdownOptions {
    /** The two versions compared, for the diagrams (the new version's journey view, the emotion chart). */
    before: JourneyModel;
    after: JourneyModel;
    /** What each side is, e.g. `origin/main` and `working tree`; shown under the heading. */
    oldLabel?: string;
    newLabel?: string;
    /** Longest text returned (default MAX_COMMENT_LENGTH): diagrams are left out, then the text cut, to fit. */
    maxLength?: number;
    /** The reader's language: the comment's when its maps do not say theirs (default English). */
    reader?: Language;
}

const SIGNS: Readonly<Record<Sign, string>> = { '+': '➕', '-': '➖', '~': '✏️', fixed: '✅', unfixed: '⚠️' };

/** A name (identifier) or our own word list as inline code; names hold no backtick, this strips any. */
function code(text: string): string {
    return `\`${normalizeText(text).replace(/[`\n]/g, '')}\``;
}

function partMarkdown(part: Part): string {
    switch (part.kind) {
        case 'name': return code(part.text);
        case 'quoted': return `“${escapeMarkdownText(part.text)}”`;
        case 'plain': return escapeMarkdownInline(part.text);
    }
}

function item(line: DiffLine): string {
    return `- ${SIGNS[line.sign]} ${line.parts.map(partMarkdown).join('')}`;
}

/** A fence longer than any run of backticks in the text. */
function fenced(language: string, text: string): string {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    const marks = '`'.repeat(Math.max(3, longest + 1));
    return `${marks}${language}\n${text.endsWith('\n') ? text : text + '\n'}${marks}`;
}

function journeyTitle(journey: { name: string; label: string }): string {
    const label = journey.label.trim() === '' ? journey.name : journey.label;
    return nameKey(label) === nameKey(journey.name) ? code(journey.name) : `${escapeMarkdownText(label)} (${code(journey.name)})`;
}

/** The "Change" cell of the summary table. */
function changeCell(journey: JourneyChange, words: MapWords): string {
    const said = words.diff;
    if (journey.change === 'added') {
        return `${said.changes.added} (${words.mapTypes[journey.type]})`;
    }
    if (journey.change === 'removed') {
        return said.changes.removed;
    }
    const parts: string[] = [];
    if (journey.renamedFrom !== undefined) {
        parts.push(`${said.renamedFrom}${code(journey.renamedFrom)}`);
    }
    if (journey.fields.length > 0) {
        parts.push(`${said.markdown.header}: ${journey.fields.map(field => (field.field === 'order' ? said.stageOrder : said.fields[field.field])).join(', ')}`);
    }
    const groups: Array<['stage' | 'touchpoint' | 'pain point' | 'opportunity', Array<{ change: string }>]> = [
        ['stage', journey.stages], ['touchpoint', journey.touchpoints], ['pain point', journey.pains], ['opportunity', journey.opportunities]
    ];
    for (const [noun, list] of groups) {
        const counts = (['added', 'removed', 'changed'] as const)
            .map(kind => [kind, list.filter(change => change.change === kind).length] as const)
            .filter(([, count]) => count > 0);
        if (counts.length > 0) {
            parts.push(`${words.nouns[noun][1]}: ${counts.map(([kind, count]) => `${count} ${said.changes[kind]}`).join(', ')}`);
        }
    }
    const pains = (count: number) => `${count} ${words.nouns['pain point'][count === 1 ? 0 : 1]}`;
    if (journey.newlyFixed.length > 0) {
        parts.push(said.markdown.nowFixed(pains(journey.newlyFixed.length)));
    }
    if (journey.leftUnfixed.length > 0) {
        parts.push(said.markdown.leftUnfixed(pains(journey.leftUnfixed.length)));
    }
    return parts.join('; ') || said.changes.changed;
}

function summaryTable(diff: WorkspaceDiff, options: MarkdownOptions, words: MapWords): string {
    const rows = diff.journeys.map(journey => {
        const own = journeyNamer(journey, options.before, options.after, words).words;
        const totals = totalsText(journey.totals, own);
        return `| ${journeyTitle(journey)} | ${changeCell(journey, own)} | ${totals.averageEmotion} | ${totals.pains} | ${totals.unfixedPains} |`;
    });
    return [`| ${words.diff.markdown.table.join(' | ')} |`, '| --- | --- | --- | ---: | ---: |', ...rows].join('\n');
}

function findJourney(model: JourneyModel, name: string): JourneyMapModel | undefined {
    return model.journeys.find(journey => nameKey(journey.name) === nameKey(name));
}

/** The diagrams of a journey: the new version's journey view, and the emotion chart when a touchpoint's emotion changed. */
/** Which diagrams a comment holds: all, the emotion charts alone (the change itself), or none. */
type Diagrams = 'all' | 'charts' | 'none';

function diagrams(journey: JourneyChange, options: MarkdownOptions, which: Diagrams, words: MapWords): string[] {
    if (journey.change === 'removed' || which === 'none') {
        return [];
    }
    const parts: string[] = [];
    const after = findJourney(options.after, journey.name);
    const before = journey.change === 'changed' ? findJourney(options.before, journey.renamedFrom ?? journey.name) : undefined;
    if (after && which === 'all') {
        try {
            const blocks = markdownDiagrams(options.after, after, 'journey', words.language)
                .map(diagram => (diagram.caption ? `**${diagram.caption}**\n\n` : '') + fenced('mermaid', diagram.text));
            parts.push(`<details><summary>${words.diff.markdown.journeyViewSummary(words.views.journey)}</summary>\n\n${blocks.join('\n\n')}\n\n</details>`);
        } catch {
            // A journey the views cannot draw is described by its changes alone.
        }
    }
    if (before && after && journey.emotionsChanged) {
        const points = emotionPoints(before, after);
        if (emotionsDiffer(points)) {
            const said = words.diff;
            parts.push(`**${said.markdown.emotionHeading}** ${said.markdown.emotionNote(said.chart.legend)}\n\n${fenced('mermaid', emotionChart(after, points, words))}`);
        }
    }
    return parts;
}

function journeySection(journey: JourneyChange, options: MarkdownOptions, which: Diagrams, fallback: MapWords): string {
    const say = journeyNamer(journey, options.before, options.after, fallback);
    const words = say.words;
    const said = words.diff;
    const totals = totalsText(journey.totals, words);
    const heading = `### ${journey.change === 'added' ? '➕ ' : journey.change === 'removed' ? '➖ ' : ''}${journeyTitle(journey)}`;
    const note = journey.change === 'added'
        ? said.markdown.newMap(words.mapTypes[journey.type])
        : journey.change === 'removed' ? said.markdown.removed : journey.renamedFrom !== undefined ? said.markdown.renamedFrom(code(journey.renamedFrom)) : undefined;
    const lines = journeyLines(journey, say).map(item);
    return [
        heading,
        ...(note ? [note] : []),
        ...(lines.length > 0 ? [lines.join('\n')] : []),
        `**${said.averageEmotion}** ${totals.averageEmotion} · **${said.markdown.table[3].toLowerCase()}** ${totals.pains} · **${said.unfixedTotal}** ${totals.unfixedPains}`,
        ...diagrams(journey, options, which, words)
    ].join('\n\n');
}

function render(diff: WorkspaceDiff, options: MarkdownOptions, which: Diagrams): string {
    const words = diffWords(diff, options.before, options.after, options.reader ?? 'en');
    const said = words.diff.markdown;
    const sides = options.oldLabel !== undefined && options.newLabel !== undefined ? `${code(options.oldLabel)} → ${code(options.newLabel)}` : undefined;
    const summary = summaryText(diff, words);
    const parts = [COMMENT_MARKER, `## ${said.heading}`, [sides, summary === undefined ? said.noChanges : `${summary}.`].filter(Boolean).join(' · ')];
    if (diff.journeys.length > 0) {
        parts.push(summaryTable(diff, options, words));
    }
    const workspace = namer(words, [options.before, options.after]);
    const others = [...personaLines(diff, workspace), ...channelLines(diff, workspace)].map(item);
    if (others.length > 0) {
        parts.push(`### ${said.personasAndChannels}`, others.join('\n'));
    }
    parts.push(...diff.journeys.map(journey => journeySection(journey, options, which, words)));
    if (which !== 'all' && diff.journeys.length > 0) {
        parts.push(`> ${which === 'charts' ? said.chartsLeftOut : said.diagramsLeftOut}`);
    }
    return parts.join('\n\n') + '\n';
}

/**
 * The diff as a pull-request comment (GitHub Markdown): a marker comment, a heading, a summary
 * table of the journeys, personas and channels changed, then per journey its changes as a list, its
 * totals, the new version's journey view and, where a touchpoint's emotion changed, a before/after
 * emotion chart, each in a `mermaid` block.
 */
export function formatDiffMarkdown(diff: WorkspaceDiff, options: MarkdownOptions): string {
    const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH;
    for (const which of ['all', 'charts'] as const) {
        const text = render(diff, options, which);
        if (text.length <= maxLength) {
            return text;
        }
    }
    const short = render(diff, options, 'none');
    if (short.length <= maxLength) {
        return short;
    }
    const note = `\n\n> ${diffWords(diff, options.before, options.after, options.reader ?? 'en').diff.markdown.cut}\n`;
    const cut = short.slice(0, maxLength - note.length);
    return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
