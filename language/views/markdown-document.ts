import type { JourneyMapModel, JourneyModel } from '../model/journey-model.js';
import { escapeMarkdownText } from './escape.js';
import type { DrawnView } from '../../protocol/drawn-elements.js';
import { drawView, MERMAID_DEFAULT_MAX_TEXT_SIZE, type ViewName } from './index.js';
import { splitJourney, type JourneyPart, type PartSize } from './split-journey.js';
import { DEFAULT_LANGUAGE, type Language } from '../locale.js';
import { listIn, MAP_WORDS, wordsFor, type MapWords } from './map-words.js';
import { painsOf, personaLabels, shown } from './view-helpers.js';

export interface MarkdownSelection {
    journey: JourneyMapModel;
    views: ViewName[];
}

/** A fence longer than any run of backticks in the text (views never write backticks; belt and braces). */
function fence(text: string): string {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}

/** A count grouped in thousands as the language writes it: `50,000`, `50.000`. */
function number(value: number, words: MapWords): string {
    return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, words.decimalMark === '.' ? ',' : '.');
}

/** The note written under a diagram longer than Mermaid's default `maxTextSize`. */
export function maxTextSizeNote(length: number, words: MapWords = MAP_WORDS.en): string {
    return words.markdown.maxTextSizeNote(number(length, words), number(MERMAID_DEFAULT_MAX_TEXT_SIZE, words), String(length));
}

/**
 * How much of a journey one diagram of a Markdown document holds, per view: Mermaid draws a wider
 * diagram scaled down to the column (880 px in a pull request), and its labels with it, so a long
 * journey is drawn in parts (language/views/split-journey.ts). Measured in Chromium at 880 px
 * (test/webview/markdown-legibility.test.ts): a `journey` task is about 220 px wide, a map column
 * about 240 px, a `timeline` slot about 250 px. The emotion curve grows downwards and is never
 * split. A view not listed (a new one) is split two stages a part.
 */
export const MARKDOWN_PART_SIZES: Readonly<Partial<Record<ViewName, PartSize>>> = {
    map: { stages: Infinity, touchpoints: 3 },
    journey: { stages: Infinity, touchpoints: 3 },
    compare: { stages: Infinity, touchpoints: 1 },
    day: { stages: Infinity, touchpoints: 3 },
    emotion: { stages: Infinity, touchpoints: Infinity }
};
const DEFAULT_PART_SIZE: PartSize = { stages: 2, touchpoints: Infinity };

export interface MarkdownDiagram {
    /** For a part of a journey drawn in several: "Part 2 of 5: touchpoints 4–6 (Stage, Stage)", as Markdown. */
    caption?: string;
    /** The Mermaid text. */
    text: string;
}

/**
 * The widest diagram whose 14 px labels still draw at 12 px in an 880 px column (Mermaid scales a
 * wider one down to the column).
 */
const MAX_DRAWN_WIDTH = Math.floor(880 * 14 / 12);

/**
 * The parts of a journey for one view, each drawn. A journey diagram's boxes widen for long texts
 * (language/views/journey-diagram.ts): where a part would be drawn wider than MAX_DRAWN_WIDTH, the
 * journey is split into smaller parts, down to one touchpoint a part.
 */
function drawnParts(model: JourneyModel, journey: JourneyMapModel, view: ViewName, reader: Language): Array<{ part: JourneyPart; drawn: DrawnView }> {
    const size = MARKDOWN_PART_SIZES[view] ?? DEFAULT_PART_SIZE;
    const words = wordsFor(journey, reader);
    for (let touchpoints = size.touchpoints; ; touchpoints = Math.floor(touchpoints / 2) || 1) {
        const parts = splitJourney(model, journey, { ...size, touchpoints }, words).map(part => ({ part, drawn: drawView(part.model, journey.name, view, reader) }));
        if (touchpoints === 1 || !Number.isFinite(touchpoints) || parts.every(({ drawn }) => (drawn.width ?? 0) <= MAX_DRAWN_WIDTH)) {
            return parts;
        }
    }
}

/** A view of a journey as the diagrams of a Markdown document: one, or one per part of a long journey (in the map's language, else the reader's). */
export function markdownDiagrams(model: JourneyModel, journey: JourneyMapModel, view: ViewName, reader: Language = DEFAULT_LANGUAGE): MarkdownDiagram[] {
    const words = wordsFor(journey, reader);
    return drawnParts(model, journey, view, reader).map(({ part, drawn }) => {
        const text = drawn.mermaid;
        if (part.count === 1) {
            return { text };
        }
        const touchpoints = words.markdown.touchpointRange(part.firstTouchpoint, part.lastTouchpoint);
        const stages = part.journey.stages.map(stage => escapeMarkdownText(shown(stage.label, stage.name))).join(', ');
        return { caption: `${words.markdown.part(part.index, part.count)}: ${touchpoints}${stages === '' ? '' : ` (${stages})`}`, text };
    });
}

/** A diagram as a fenced `mermaid` block, with the note a renderer needs for a very long one. */
export function mermaidBlock(text: string, words: MapWords = MAP_WORDS.en): string {
    const marks = fence(text);
    const block = `${marks}mermaid\n${text.endsWith('\n') ? text : text + '\n'}${marks}`;
    return text.length > MERMAID_DEFAULT_MAX_TEXT_SIZE ? `${block}\n\n${maxTextSizeNote(text.length, words)}` : block;
}

/**
 * A Markdown document: a heading per journey, each view in a fenced `mermaid` block (a long journey
 * in several, one per part, each under a heading saying which touchpoints it holds), and a table of
 * the pain points and the opportunities that fix them.
 */
export function renderMarkdown(model: JourneyModel, selections: readonly MarkdownSelection[], reader: Language = DEFAULT_LANGUAGE): string {
    const parts: string[] = [];
    for (const { journey, views } of selections) {
        const words = wordsFor(journey, reader);
        parts.push(`# ${escapeMarkdownText(shown(journey.label, journey.name))}`);
        parts.push(summary(model, journey, words));
        for (const view of views) {
            parts.push(`## ${words.views[view]}`);
            for (const diagram of markdownDiagrams(model, journey, view, reader)) {
                if (diagram.caption) {
                    parts.push(`### ${diagram.caption}`);
                }
                parts.push(mermaidBlock(diagram.text, words));
            }
        }
        parts.push(`## ${words.markdown.painsAndOpportunities}`);
        parts.push(painTable(journey, words));
    }
    return parts.join('\n\n') + '\n';
}

function summary(model: JourneyModel, journey: JourneyMapModel, words: MapWords): string {
    const said = words.markdown;
    const personas = [...personaLabels(model, journey.personas).values()].map(label => escapeMarkdownText(label));
    const items = [
        `\`${journey.name.replace(/`/g, '')}\``,
        words.mapTypes[journey.type],
        `${said.personas}: ${listIn(words, personas) || words.none}`,
        ...(journey.model ? [`${said.model} ${journey.model}`] : []),
        ...(journey.improves ? [`${said.improves} \`${journey.improves.replace(/`/g, '')}\``] : [])
    ];
    const goals = journey.goals.map(goal => `- ${said.goal}: ${escapeMarkdownText(goal)}`);
    const research = journey.research.map(line => `- ${said.research}: ${escapeMarkdownText(line)}`);
    return [items.join(' · '), ...(goals.length + research.length > 0 ? ['', ...goals, ...research] : [])].join('\n');
}

function painTable(journey: JourneyMapModel, words: MapWords): string {
    const said = words.markdown;
    const pains = painsOf(journey);
    const stageLabels = new Map(journey.stages.map(stage => [stage.name, shown(stage.label, stage.name)]));
    const fixedBy = (pain: string) => journey.opportunities.filter(opportunity => opportunity.fixes.includes(pain));
    const rows = pains.map(({ pain, touchpoint }) => {
        const opportunities = fixedBy(pain.name).map(opportunity => {
            const label = escapeMarkdownText(shown(opportunity.label, opportunity.name), 'cell');
            const details = [opportunity.impact ? words.lanes.impact(words.levels[opportunity.impact]) : undefined, opportunity.owner ? escapeMarkdownText(opportunity.owner, 'cell') : undefined]
                .filter(detail => detail !== undefined);
            return details.length > 0 ? `${label} (${details.join(', ')})` : label;
        });
        return [
            escapeMarkdownText(stageLabels.get(touchpoint.stage) ?? touchpoint.stage, 'cell'),
            escapeMarkdownText(shown(touchpoint.label, touchpoint.name), 'cell'),
            escapeMarkdownText(shown(pain.label, pain.name), 'cell'),
            pain.severity ? words.levels[pain.severity] : '',
            opportunities.length > 0 ? opportunities.join('<br>') : `**${said.noneYet}**`
        ];
    });
    const lines = rows.length === 0
        ? [said.noPains]
        : [`| ${said.tableHeader.join(' | ')} |`, '| --- | --- | --- | --- | --- |',
            ...rows.map(cells => `| ${cells.join(' | ')} |`)];
    const painNames = new Set(pains.map(({ pain }) => pain.name));
    const others = journey.opportunities.filter(opportunity => !opportunity.fixes.some(pain => painNames.has(pain)));
    if (others.length > 0) {
        lines.push('', said.otherOpportunities, '',
            ...others.map(opportunity => `- ${escapeMarkdownText(shown(opportunity.label, opportunity.name))}`));
    }
    return lines.join('\n');
}
