import type { JourneyMapModel, JourneyModel, TouchpointModel } from '../model/journey-model.js';
import type { DrawnElement, DrawnView } from '../../protocol/drawn-elements.js';
import { escapeTimeline, isBlank } from './escape.js';
import { counted, listIn, type MapWords } from './map-words.js';
import { personaLabels, shown, touchpointsOf } from './view-helpers.js';

/**
 * Light section fills with black text, in every theme: Mermaid's default timeline colours put white
 * text on light violet and yellow (a contrast of 3.1:1, under WCAG's 4.5:1).
 */
const PASTELS = ['#dbe8ff', '#fff3b0', '#d9f2d0', '#ffdccc', '#eadcff', '#cdeff2', '#ffd6e7', '#e8e8e8', '#f4e4c4', '#d5e3f0', '#e6f5c9', '#f7d9f0'];
const SECTION_COLOURS = `%%{init: {"themeVariables": {${PASTELS.map((fill, i) => `"cScale${i}": "${fill}", "cScaleLabel${i}": "#000000"`).join(', ')}}}}%%`;

/** Mermaid's timeline draws sections, then each period (a time slot) and its events, as nodes of these groups, in order. */
const PERIOD_NODE = 'g.taskWrapper > g.timeline-node';
const EVENT_NODE = 'g.eventWrapper > g.timeline-node';
const SECTION_NODE = 'g.timeline-node:not(g.taskWrapper > g):not(g.eventWrapper > g)';

/** The period shown for touchpoints written without a `time`. */
export const NO_TIME = '—';

/**
 * The day view: a day-in-the-life map as Mermaid `timeline`, a section per part of the day (stage),
 * a time slot per `time` with the touchpoints at that time as its events, in the order written.
 * Touchpoints in a row with the same time share a slot; a touchpoint with no time gets the slot
 * "—" (or joins the "—" slot just before it).
 */
export function dayView(model: JourneyModel, journey: JourneyMapModel, words: MapWords): DrawnView {
    const title = shown(journey.label, journey.name);
    const personas = listIn(words, [...personaLabels(model, journey.personas).values()]) || words.journeyView.noPersona;
    const timed = touchpointsOf(journey).filter(touchpoint => !isBlank(touchpoint.time)).length;
    const out = [
        SECTION_COLOURS,
        'timeline',
        `  title ${escapeTimeline(title, 'title')}`,
        `  accTitle: ${escapeTimeline(words.dayView.accTitle(title), 'title')}`,
        `  accDescr: ${escapeTimeline(words.dayView.accDescr(personas, counted(words, journey.stages.length, 'part'),
            counted(words, touchpointsOf(journey).length, 'touchpoint'), timed), 'title')}`
    ];
    const elements: DrawnElement[] = [];
    const drawn = { section: 0, period: 0, event: 0 };
    for (const stage of journey.stages) {
        out.push(`  section ${escapeTimeline(shown(stage.label, stage.name), 'section')}`);
        elements.push({ at: { selector: SECTION_NODE, index: drawn.section++ }, element: { kind: 'stage', name: stage.name } });
        for (const slot of slots(stage.touchpoints)) {
            const events = slot.touchpoints.map(touchpoint => `: ${escapeTimeline(shown(touchpoint.label, touchpoint.name), 'event')}`);
            out.push(`    ${escapeTimeline(slot.time, 'period')}${events.join('')}`);
            elements.push({ at: { selector: PERIOD_NODE, index: drawn.period++ }, element: { kind: 'touchpoint', name: slot.touchpoints[0].name, part: 'time' } });
            for (const touchpoint of slot.touchpoints) {
                elements.push({ at: { selector: EVENT_NODE, index: drawn.event++ }, element: { kind: 'touchpoint', name: touchpoint.name } });
            }
        }
    }
    return { mermaid: out.join('\n') + '\n', elements };
}

function slots(touchpoints: readonly TouchpointModel[]): Array<{ time: string; touchpoints: TouchpointModel[] }> {
    const result: Array<{ time: string; touchpoints: TouchpointModel[] }> = [];
    for (const touchpoint of touchpoints) {
        const time = isBlank(touchpoint.time) ? NO_TIME : (touchpoint.time ?? NO_TIME).trim();
        const last = result.at(-1);
        if (last && last.time === time) {
            last.touchpoints.push(touchpoint);
        } else {
            result.push({ time, touchpoints: [touchpoint] });
        }
    }
    return result;
}
