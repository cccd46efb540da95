import type { JourneyMapModel, JourneyModel } from '../model/journey-model.js';
import { escapeMarkdownInline, escapeMarkdownText, normalizeText } from '../views/escape.js';
import { VIEW_TITLES } from '../views/index.js';
import { markdownDiagrams } from '../views/markdown.js';
import type { JourneyChange, WorkspaceDiff } from './diff-model.js';
import {
    channelLines, journeyLines, MAP_TYPE_WORDS, personaLines, plural, summaryText, totalsText, type DiffLine, type Part, type Sign
} from './describe.js';
import { CHART_LEGEND, emotionChart, emotionPoints, emotionsDiffer } from './emotion-chart.js';
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
function changeCell(journey: JourneyChange): string {
    if (journey.change === 'added') {
        return `added (${MAP_TYPE_WORDS[journey.type]})`;
    }
    if (journey.change === 'removed') {
        return 'removed';
    }
    const parts: string[] = [];
    if (journey.renamedFrom !== undefined) {
        parts.push(`renamed from ${code(journey.renamedFrom)}`);
    }
    if (journey.fields.length > 0) {
        parts.push(`header: ${journey.fields.map(field => (field.field === 'order' ? 'stage order' : field.field)).join(', ')}`);
    }
    const groups: Array<[string, Array<{ change: string }>]> = [
        ['stage', journey.stages], ['touchpoint', journey.touchpoints], ['pain point', journey.pains], ['opportunity', journey.opportunities]
    ];
    for (const [word, list] of groups) {
        const counts = (['added', 'removed', 'changed'] as const)
            .map(kind => [kind, list.filter(change => change.change === kind).length] as const)
            .filter(([, count]) => count > 0);
        if (counts.length > 0) {
            parts.push(`${word === 'opportunity' ? 'opportunities' : word + 's'}: ${counts.map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
        }
    }
    if (journey.newlyFixed.length > 0) {
        parts.push(`${plural(journey.newlyFixed.length, 'pain point')} now fixed`);
    }
    if (journey.leftUnfixed.length > 0) {
        parts.push(`${plural(journey.leftUnfixed.length, 'pain point')} left unfixed`);
    }
    return parts.join('; ') || 'changed';
}

function summaryTable(diff: WorkspaceDiff): string {
    const rows = diff.journeys.map(journey => {
        const totals = totalsText(journey.totals);
        return `| ${journeyTitle(journey)} | ${changeCell(journey)} | ${totals.averageEmotion} | ${totals.pains} | ${totals.unfixedPains} |`;
    });
    return ['| Journey | Change | Average emotion | Pain points | Unfixed |', '| --- | --- | --- | ---: | ---: |', ...rows].join('\n');
}

function findJourney(model: JourneyModel, name: string): JourneyMapModel | undefined {
    return model.journeys.find(journey => nameKey(journey.name) === nameKey(name));
}

/** The diagrams of a journey: the new version's journey view, and the emotion chart when a touchpoint's emotion changed. */
/** Which diagrams a comment holds: all, the emotion charts alone (the change itself), or none. */
type Diagrams = 'all' | 'charts' | 'none';

function diagrams(journey: JourneyChange, options: MarkdownOptions, which: Diagrams): string[] {
    if (journey.change === 'removed' || which === 'none') {
        return [];
    }
    const parts: string[] = [];
    const after = findJourney(options.after, journey.name);
    const before = journey.change === 'changed' ? findJourney(options.before, journey.renamedFrom ?? journey.name) : undefined;
    if (after && which === 'all') {
        try {
            const blocks = markdownDiagrams(options.after, after, 'journey')
                .map(diagram => (diagram.caption ? `**${diagram.caption}**\n\n` : '') + fenced('mermaid', diagram.text));
            parts.push(`<details><summary>${VIEW_TITLES.journey} view, new version</summary>\n\n${blocks.join('\n\n')}\n\n</details>`);
        } catch {
            // A journey the views cannot draw is described by its changes alone.
        }
    }
    if (before && after && journey.emotionsChanged) {
        const points = emotionPoints(before, after);
        if (emotionsDiffer(points)) {
            parts.push(`**Emotion before and after** (${CHART_LEGEND}; touchpoints added or removed are not drawn)\n\n${fenced('mermaid', emotionChart(after, points))}`);
        }
    }
    return parts;
}

function journeySection(journey: JourneyChange, options: MarkdownOptions, which: Diagrams): string {
    const totals = totalsText(journey.totals);
    const heading = `### ${journey.change === 'added' ? '➕ ' : journey.change === 'removed' ? '➖ ' : ''}${journeyTitle(journey)}`;
    const note = journey.change === 'added'
        ? `New ${MAP_TYPE_WORDS[journey.type]}.`
        : journey.change === 'removed' ? 'Removed.' : journey.renamedFrom !== undefined ? `Renamed from ${code(journey.renamedFrom)}.` : undefined;
    const lines = journeyLines(journey).map(item);
    return [
        heading,
        ...(note ? [note] : []),
        ...(lines.length > 0 ? [lines.join('\n')] : []),
        `**Average emotion** ${totals.averageEmotion} · **pain points** ${totals.pains} · **unfixed** ${totals.unfixedPains}`,
        ...diagrams(journey, options, which)
    ].join('\n\n');
}

function render(diff: WorkspaceDiff, options: MarkdownOptions, which: Diagrams): string {
    const sides = options.oldLabel !== undefined && options.newLabel !== undefined ? `${code(options.oldLabel)} → ${code(options.newLabel)}` : undefined;
    const summary = summaryText(diff);
    const parts = [COMMENT_MARKER, '## Journey map changes', [sides, summary === undefined ? 'No changes to the journey maps.' : `${summary}.`].filter(Boolean).join(' · ')];
    if (diff.journeys.length > 0) {
        parts.push(summaryTable(diff));
    }
    const others = [...personaLines(diff), ...channelLines(diff)].map(item);
    if (others.length > 0) {
        parts.push('### Personas and channels', others.join('\n'));
    }
    parts.push(...diff.journeys.map(journey => journeySection(journey, options, which)));
    if (which !== 'all' && diff.journeys.length > 0) {
        parts.push(which === 'charts'
            ? '> The journey views are left out to keep this comment under GitHub\'s size limit: run `journey-map diff` locally to see them.'
            : '> The diagrams are left out to keep this comment under GitHub\'s size limit: run `journey-map diff` locally to see them.');
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
    const note = '\n\n> This comment is cut to fit GitHub\'s size limit: run `journey-map diff` locally for the whole diff.\n';
    const cut = short.slice(0, maxLength - note.length);
    return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
