import type { JourneyMapModel } from '../model/journey-model.js';
import { writeXyChart } from '../views/emotion-view.js';
import { MAP_WORDS, type MapWords } from '../views/map-words.js';
import { matchByNameThenLabel } from './match.js';
import { touchpointsOf } from './totals.js';

/** Line colours: Okabe–Ito blue (before) and vermillion (after), as in the emotion view. */
export const BEFORE_COLOUR = '#0072B2';
export const AFTER_COLOUR = '#D55E00';

export interface EmotionPoint {
    /** The touchpoint's number in the new version (1, 2, … in the order written), its name and label there. */
    number: number;
    name: string;
    label: string;
    before: number;
    after: number;
}

/**
 * The touchpoints found in both versions of a journey (matched as the diff matches them) that have
 * an emotion score in both, in the new version's order. Added and removed touchpoints have no
 * "before" or no "after" and are left out.
 */
export function emotionPoints(before: JourneyMapModel, after: JourneyMapModel): EmotionPoint[] {
    const all = touchpointsOf(after);
    const matching = matchByNameThenLabel(touchpointsOf(before), all);
    return matching.pairs.flatMap(pair => {
        const old = pair.before.emotion?.score;
        const score = pair.after.emotion?.score;
        return old === undefined || score === undefined
            ? []
            : [{ number: all.indexOf(pair.after) + 1, name: pair.after.name, label: pair.after.label, before: old, after: score }];
    });
}

/** Whether a touchpoint found in both versions feels different. */
export function emotionsDiffer(points: readonly EmotionPoint[]): boolean {
    return points.some(point => point.before !== point.after);
}

/**
 * A Mermaid `xychart-beta` of the emotion of each touchpoint before and after the change, drawn as
 * the emotion view draws its curve (writeXyChart: the touchpoints down the left, labels whole, whole
 * scores 1 to 5): two lines, "Before" (blue) and "After" (vermillion), on the touchpoints of
 * `emotionPoints`, named by the legend, the title and the accessible description.
 */
export function emotionChart(journey: JourneyMapModel, points: readonly EmotionPoint[], words: MapWords = MAP_WORDS.en): string {
    const title = journey.label.trim() === '' ? journey.name : journey.label;
    const changed = points.filter(point => point.before !== point.after).length;
    const chart = words.diff.chart;
    return writeXyChart({
        title: chart.title(title),
        accTitle: chart.accTitle(title),
        accDescr: chart.accDescr(points.length, changed, chart.legend),
        xTitle: words.emotionView.axis,
        yTitle: words.emotionView.scoreMeaning,
        categories: points.map(point => `${point.number}. ${point.label.trim() === '' ? point.name : point.label}`),
        lines: [{ title: chart.before, values: points.map(point => point.before) }, { title: chart.after, values: points.map(point => point.after) }],
        colours: [BEFORE_COLOUR, AFTER_COLOUR]
    }, words);
}
