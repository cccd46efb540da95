import type { DrawnElement } from '../../protocol/drawn-elements.js';
import type { JourneyMapModel, JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { escapeXyChart } from './escape.js';
import { allPersonaLabels } from './journey-view.js';
import { counted, listIn, MAP_WORDS, type MapWords } from './map-words.js';
import { scoreOf, shown, touchpointNumbers, touchpointsOf } from './view-helpers.js';
import { textUnits } from './wrap.js';

/**
 * Line colours of the emotion curves, in order: the Okabe–Ito colour-blind-safe blue, vermillion,
 * bluish green and reddish purple, then dark goldenrod and purple. Each has a contrast of at least
 * 3:1 against white (light themes), #1e1e1e (VS Code dark) and black (high contrast).
 */
export const LINE_COLOURS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B8860B', '#9467BD'];

export interface EmotionLine {
    title: string;
    values: number[];
}

/**
 * The emotion view: Mermaid `xychart-beta horizontal` (writeXyChart), the emotion score (1 to 5) of
 * every touchpoint that has one, in order down the chart, each labelled, whole, with its number in
 * the journey (as in the map view). One line when every persona takes every scored touchpoint; otherwise one line per
 * persona, which stays level across the touchpoints that persona does not take (the feeling carries
 * over; before a persona's first touchpoint the line starts at that first score).
 */
/** Mermaid's horizontal xychart writes the categories (the scored touchpoints) down its left axis, in order. */
const CATEGORY_LABEL = 'g.left-axis g.label text';

/** The identity of the emotion view's axis labels: the n-th is the n-th touchpoint with an emotion. */
export function emotionElements(journey: JourneyMapModel): DrawnElement[] {
    return touchpointsOf(journey).filter(touchpoint => scoreOf(touchpoint) !== undefined)
        .map((touchpoint, index) => ({ at: { selector: CATEGORY_LABEL, index }, element: { kind: 'touchpoint', name: touchpoint.name, part: 'emotion' } }));
}

export function emotionView(model: JourneyModel, journey: JourneyMapModel, words: MapWords): string {
    const personas = allPersonaLabels(model, journey);
    const all = touchpointsOf(journey);
    const scored = all.filter(touchpoint => scoreOf(touchpoint) !== undefined);
    const title = shown(journey.label, journey.name);
    const numbers = touchpointNumbers(journey);
    const categories = scored.map(touchpoint => `${numbers.get(touchpoint)}. ${shown(touchpoint.label, touchpoint.name)}`);
    const lines = emotionLines(journey, scored, personas, words);
    const said = words.emotionView;
    const left = all.length - scored.length;
    return writeXyChart({
        title: said.title(title),
        accTitle: said.accTitle(title),
        accDescr: said.accDescr(counted(words, scored.length, 'touchpoint')) +
            (lines.length > 1 ? said.linePerPersona(listIn(words, lines.map((line, i) => `${line.title} (${colourName(LINE_COLOURS[i % LINE_COLOURS.length], words)})`))) : '') +
            (left > 0 ? said.leftOut(counted(words, left, 'touchpoint')) : '.') +
            (categories.length > 0 ? said.touchpointList(categories.join('; ')) : ''),
        // A single line has no legend: the axis title names whose it is.
        xTitle: lines.length === 1 && lines[0].title !== said.emotionLine ? said.axisOf(lines[0].title) : said.axis,
        yTitle: said.scoreMeaning,
        categories: categories.length > 0 ? categories : [said.noEmotion],
        lines: lines.length > 0 ? lines : [{ title: said.noEmotionLine, values: [3] }]
    }, words);
}

/** The name of a line colour, said in descriptions and titles. */
function colourName(colour: string, words: MapWords): string {
    return words.emotionView.colours[LINE_COLOURS.indexOf(colour)] ?? colour;
}

function emotionLines(journey: JourneyMapModel, scored: TouchpointModel[], personas: ReadonlyMap<string, string>, words: MapWords): EmotionLine[] {
    if (scored.length === 0) {
        return [];
    }
    const everyone = journey.personas;
    const differ = everyone.length > 1 && scored.some(touchpoint => everyone.some(name => !touchpoint.personas.includes(name)));
    if (!differ) {
        const names = everyone.length > 0 ? everyone : [...new Set(scored.flatMap(touchpoint => touchpoint.personas))];
        return [{ title: listIn(words, names.map(name => personas.get(name) ?? name)) || words.emotionView.emotionLine, values: scored.map(touchpoint => scoreOf(touchpoint) ?? 3) }];
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
    /** Line colours in order (default LINE_COLOURS). */
    colours?: readonly string[];
}

/**
 * Sizes in px. Text widths are estimated from text units (wrap.ts), generously: Mermaid hides every
 * touchpoint label when it finds one wider than the room the plot leaves, and drops a legend (or a
 * chart title) it has no room for.
 */
const LABEL_FONT = 14;
const TITLE_FONT = 18;
/** Estimated width of a unit of text at 14, 16 and 18 px (Trebuchet MS and Arial, Mermaid's first fonts, are narrower). */
const PX_PER_UNIT = { 14: 7, 16: 8.5, 18: 10.5 } as const;
/** Room around the legend: Mermaid 11 draws a legend's text wider than it measured it. */
const LEGEND_PADDING = 24;
/** Height of a touchpoint's row. */
const ROW_PX = 34;
/** The narrowest plot: about 50 px between two whole scores. */
const PLOT_MIN_PX = 240;
/** Width of a chart whose labels leave room: it fits, unscaled, the 880 px column of a pull request. */
const CHART_PX = 860;
/** The widest chart with a legend: wider, the legend goes into the touchpoint axis's title (the chart grows downwards instead). */
const LEGEND_CHART_PX = 1000;

/**
 * The widest text's units as Mermaid measures it: with its entity codes (`#quot;`), which Mermaid
 * measures in its own longer form (`ﬂ°quot¶ß`) before it decodes them.
 */
function widestUnits(texts: readonly string[]): number {
    return Math.max(0, ...texts.map(text => {
        const escaped = escapeXyChart(text);
        return textUnits(escaped) + 2 * (escaped.match(/#\w+;/g)?.length ?? 0);
    }));
}

/**
 * Chart geometry: the touchpoints down the left, one row each (the chart grows downwards), their
 * labels whole; the plot and the legend share the rest. `plotReservedSpacePercent` gives the plot
 * what the labels (with their padding, tick and axis line), the axis title and the legend (padding,
 * marker, spacing: Mermaid's ratios to its font) leave. The score axis's title is centred over the
 * plot: the plot and the legend beside it are at least as wide.
 */
function geometry(chart: XyChart, legend: boolean): { width: number; height: number; plotPercent: number } {
    const labels = widestUnits(chart.categories) * PX_PER_UNIT[14] + 20;
    const axisTitle = 40;
    const legendWidth = legend ? widestUnits(chart.lines.map(line => line.title)) * PX_PER_UNIT[14] + 2 * LEGEND_PADDING + LABEL_FONT * 1.1 : 0;
    const beside = labels + axisTitle + legendWidth;
    const plot = Math.max(PLOT_MIN_PX, widestUnits([chart.yTitle]) * PX_PER_UNIT[16] + 20 - legendWidth);
    const width = Math.ceil(Math.max(CHART_PX, beside + plot, widestUnits([chart.title]) * PX_PER_UNIT[18] + 20));
    const height = Math.ceil(Math.max(170 + chart.categories.length * ROW_PX, widestUnits([chart.xTitle]) * PX_PER_UNIT[16] + 80));
    return { width, height, plotPercent: Math.floor((100 * (width - beside)) / width) };
}

/**
 * A Mermaid `xychart-beta horizontal`: the categories (touchpoints) down the left with whole labels,
 * the emotion score across the top, from 1 to 5, whole numbers only — Mermaid's axis has a tick
 * every half point, and `themeCSS` hides the half points' labels and ticks — and a line per
 * EmotionLine, named by a legend when there are several (a single line is named by the axis title;
 * where a legend would make the chart wider than LEGEND_CHART_PX, the axis title names each line's colour).
 * The score axis runs from 0.6 to 5.4 so that the labels 1 and 5 stay inside the chart.
 */
export function writeXyChart(drawn: XyChart, words: MapWords = MAP_WORDS.en): string {
    const quoted = (text: string) => `"${escapeXyChart(text)}"`;
    const colours = drawn.colours ?? LINE_COLOURS;
    const legend = drawn.lines.length > 1 && geometry(drawn, true).width <= LEGEND_CHART_PX;
    const chart = legend || drawn.lines.length === 1 ? drawn : {
        ...drawn,
        xTitle: [drawn.xTitle, ...drawn.lines.map((line, i) => `${colourName(colours[i % colours.length], words)}: ${line.title}`)].join(' · ')
    };
    const { width, height, plotPercent } = geometry(chart, legend);
    const axis = `{"labelFontSize": ${LABEL_FONT}, "titleFontSize": 16}`;
    const config = `"xyChart": {"width": ${width}, "height": ${height}, "titleFontSize": ${TITLE_FONT}, "plotReservedSpacePercent": ${plotPercent}, ` +
        `"showLegend": ${legend}, "legendFontSize": ${LABEL_FONT}, "legendPadding": ${LEGEND_PADDING}, "xAxis": ${axis}, "yAxis": ${axis}}`;
    const halfPoints = '.top-axis .label text:nth-child(even), .top-axis .ticks path:nth-child(even) { display: none; }';
    return [
        `%%{init: {${config}, "themeCSS": "${halfPoints}", "themeVariables": {"xyChart": {"plotColorPalette": "${colours.join(', ')}"}}}}%%`,
        'xychart-beta horizontal',
        `  title ${quoted(chart.title)}`,
        `  accTitle: ${escapeXyChart(chart.accTitle)}`,
        `  accDescr: ${escapeXyChart(chart.accDescr)}`,
        `  x-axis ${quoted(chart.xTitle)} [${chart.categories.map(quoted).join(', ')}]`,
        `  y-axis ${quoted(chart.yTitle)} 0.6 --> 5.4`,
        ...chart.lines.map(line => `  line ${quoted(line.title)} [${line.values.join(', ')}]`)
    ].join('\n') + '\n';
}
