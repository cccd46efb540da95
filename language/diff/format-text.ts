import { normalizeText } from '../views/escape.js';
import { printable } from '../printable.js';
import type { WorkspaceDiff } from './diff-model.js';
import type { Language } from '../locale.js';
import type { JourneyModel } from '../model/journey-model.js';
import {
    channelLines, diffWords, journeyHeading, journeyLines, journeyNamer, namer, personaLines, summaryText, totalsText, type DiffLine, type Part, type Sign
} from './describe.js';

export interface TextOptions {
    /** ANSI colours (a terminal). */
    color?: boolean;
    /** The two versions compared: the labels of the elements the diff names, and the maps' languages. */
    before?: JourneyModel;
    after?: JourneyModel;
    /** The reader's language: the diff's when its maps do not say theirs (default English). */
    reader?: Language;
}

const SIGNS: Readonly<Record<Sign, string>> = { '+': '+', '-': '-', '~': '~', fixed: '✓', unfixed: '!' };
const COLOURS: Readonly<Record<Sign, number>> = { '+': 32, '-': 31, '~': 33, fixed: 32, unfixed: 35 };

/**
 * A label as written in a `.journey` file, between double quotes: `\`, `"`, line breaks and tabs as
 * the language's escapes, other control characters (an ANSI escape among them) made visible, so
 * that no user text can move the cursor or colour the terminal.
 */
export function quoteText(text: string): string {
    return `"${printable(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

function partText(part: Part): string {
    return part.kind === 'quoted' ? quoteText(part.text) : normalizeText(part.text).replace(/\n/g, ' ');
}

/**
 * The diff for a terminal or a log: a block per group (personas, channels, each journey), a line per
 * change starting with `+`, `-`, `~`, `✓` (a pain point now fixed) or `!` (one left unfixed), the
 * totals of each journey, then a one-line summary (`No changes.` when there are none).
 */
export function formatDiffText(diff: WorkspaceDiff, options: TextOptions = {}): string {
    const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const line = ({ sign, parts }: DiffLine) => `  ${paint(COLOURS[sign], SIGNS[sign])} ${parts.map(partText).join('')}`;
    const blocks: string[] = [];
    const group = (title: string, lines: DiffLine[]) => {
        if (lines.length > 0) {
            blocks.push([paint(1, title), ...lines.map(line)].join('\n'));
        }
    };
    const words = diffWords(diff, options.before, options.after, options.reader ?? 'en');
    const workspace = namer(words, [options.before, options.after]);
    group(words.diff.personasTitle, personaLines(diff, workspace));
    group(words.diff.channelsTitle, channelLines(diff, workspace));
    for (const journey of diff.journeys) {
        const say = journeyNamer(journey, options.before, options.after, words);
        const said = say.words.diff;
        const heading = journeyHeading(journey, say.words);
        const sign = journey.change === 'added' ? `${paint(COLOURS['+'], '+')} ` : journey.change === 'removed' ? `${paint(COLOURS['-'], '-')} ` : '';
        const title = `${sign}${paint(1, `${said.journeyTitle} ${heading.parts.map(partText).join('')}`)}${heading.note ? ` (${heading.note})` : ''}`;
        const totals = totalsText(journey.totals, say.words);
        blocks.push([
            title,
            ...journeyLines(journey, say).map(line),
            `  ${said.averageEmotion} ${totals.averageEmotion} · ${said.painsTotal} ${totals.pains} · ${said.unfixedTotal} ${totals.unfixedPains}`
        ].join('\n'));
    }
    const summary = summaryText(diff, words);
    blocks.push(summary === undefined ? words.diff.noChanges : words.diff.changesSummary(summary));
    return blocks.join('\n\n') + '\n';
}
