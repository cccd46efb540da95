import type { JourneyMapModel, JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { escapeXyChart } from './escape.js';
import { allPersonaLabels } from './journey-view.js';
import { listWords, plural, scoreOf, shown, touchpointNumbers, touchpointsOf } from './view-helpers.js';
import { textUnits, truncateUnits } from './wrap.js';

/**
 * Line colours of the emotion curves, in order: the Okabe–Ito colour-blind-safe blue, vermillion,
 * bluish green and reddish purple, then dark goldenrod and purple. Each has a contrast of at least
 * 3:1 against white (light themes), #1e1e1e (VS Code dark) and black (high contrast).
 */
export const LINE_COLOURS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B8860B', '#9467BD'];

/** Approximate width of one unit of text (see wrap.ts) at the 14 px axis font. */
const PX_PER_UNIT = 7.5;

export interface EmotionLine {
    title: string;
    values: number[];
}

/**
 * The emotion view: Mermaid `xychart-beta`, the emotion score (1 to 5) of every touchpoint that has
 * one, in order, each labelled with its number in the journey (as in the lanes and blueprint views). One line when every persona takes every scored touchpoint; otherwise one line per
 * persona, which stays level across the touchpoints that persona does not take (the feeling carries
 * over; before a persona's first touchpoint the line starts at that first score).
 */
export function emotionView(model: JourneyModel, journey: JourneyMapModel): string {
    const personas = allPersonaLabels(model, journey);
    const all = touchpointsOf(journey);
    const scored = all.filter(touchpoint => scoreOf(touchpoint) !== undefined);
    const title = shown(journey.label, journey.name);
    const numbers = touchpointNumbers(journey);
    const categories = scored.map(touchpoint => `${numbers.get(touchpoint)}. ${shown(touchpoint.label, touchpoint.name)}`);
    const lines = emotionLines(journey, scored, personas);
    const left = all.length - scored.length;
    return writeXyChart({
        title: `Emotion curve: ${title}`,
        accTitle: `Emotion view of ${title}`,
        accDescr: `The emotion score, from 1 (very negative) to 5 (very positive), of ${plural(scored.length, 'touchpoint')} in order` +
            (lines.length > 1 ? `, one line per persona: ${listWords(lines.map((line, i) => `${line.title} (${colourName(i)})`))}` : '') +
            (left > 0 ? `; ${plural(left, 'touchpoint')} with no emotion recorded left out.` : '.') +
            // The axis may shorten long labels: the description keeps them whole.
            (categories.length > 0 ? ` Touchpoints: ${categories.join('; ')}.` : ''),
        xTitle: 'Touchpoints, in order',
        yTitle: 'Emotion (1 very negative, 5 very positive)',
        categories: categories.length > 0 ? categories : ['(no emotion recorded)'],
        lines: lines.length > 0 ? lines : [{ title: 'No emotion recorded', values: [3] }]
    });
}

const COLOUR_NAMES = ['blue', 'vermillion', 'green', 'pink', 'gold', 'purple'];

function colourName(index: number): string {
    return COLOUR_NAMES[index % COLOUR_NAMES.length];
}

function emotionLines(journey: JourneyMapModel, scored: TouchpointModel[], personas: ReadonlyMap<string, string>): EmotionLine[] {
    if (scored.length === 0) {
        return [];
    }
    const everyone = journey.personas;
    const differ = everyone.length > 1 && scored.some(touchpoint => everyone.some(name => !touchpoint.personas.includes(name)));
    if (!differ) {
        const names = everyone.length > 0 ? everyone : [...new Set(scored.flatMap(touchpoint => touchpoint.personas))];
        return [{ title: listWords(names.map(name => personas.get(name) ?? name)) || 'Emotion', values: scored.map(touchpoint => scoreOf(touchpoint) ?? 3) }];
    }
    const lines: EmotionLine[] = [];
    for (const name of everyone) {
        const own = scored.map(touchpoint => (touchpoint.personas.includes(name) ? scoreOf(touchpoint) : undefined));
        const first = own.find(score => score !== undefined);
        if (first === undefined) {
            continue;
        }
        let carried = first;
        const values = own.map(score => (carried = score ?? carried));
        lines.push({ title: personas.get(name) ?? name, values });
    }
    return lines;
}

export interface XyChart {
    title: string;
    accTitle: string;
    accDescr: string;
    xTitle: string;
    yTitle: string;
    categories: string[];
    lines: EmotionLine[];
}

/** Chart width: room for each category label (from 110 to 280 px a point), between 700 and 2000 px. */
function chartWidth(categories: readonly string[]): number {
    const longest = Math.max(0, ...categories.map(category => textUnits(category))) * PX_PER_UNIT;
    const spacing = Math.min(280, Math.max(110, Math.ceil(longest) + 20));
    return Math.min(2000, Math.max(700, 120 + categories.length * spacing));
}

/**
 * Axis labels cut to the room each point has: Mermaid neither wraps nor rotates them, and longer
 * ones overlap their neighbours into an unreadable line.
 */
function fitCategories(categories: readonly string[], width: number): string[] {
    const roomUnits = Math.max(6, Math.floor((width - 120) / Math.max(1, categories.length) / PX_PER_UNIT) - 1);
    return categories.map(category => truncateUnits(category, roomUnits));
}

export function writeXyChart(chart: XyChart): string {
    const quoted = (text: string) => `"${escapeXyChart(text)}"`;
    const width = chartWidth(chart.categories);
    const categories = fitCategories(chart.categories, width);
    return [
        `%%{init: {"xyChart": {"width": ${width}}, "themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOURS.join(', ')}"}}}}%%`,
        'xychart-beta',
        `  title ${quoted(chart.title)}`,
        `  accTitle: ${escapeXyChart(chart.accTitle)}`,
        `  accDescr: ${escapeXyChart(chart.accDescr)}`,
        `  x-axis ${quoted(chart.xTitle)} [${categories.map(quoted).join(', ')}]`,
        `  y-axis ${quoted(chart.yTitle)} 1 --> 5`,
        ...chart.lines.map(line => `  line ${quoted(line.title)} [${line.values.join(', ')}]`)
    ].join('\n') + '\n';
}
