import type { JourneyMapModel, JourneyModel } from '../model/journey-model.js';
import { compareView } from './compare-view.js';
import { dayView } from './day-view.js';
import type { DrawnView } from './drawn-elements.js';
import { emotionElements, emotionView } from './emotion-view.js';
import { journeyView } from './journey-view.js';
import { mapView } from './map-view.js';
import { DEFAULT_LANGUAGE, type Language } from '../locale.js';
import { MAP_WORDS, wordsFor } from './map-words.js';
import { findJourney, MAP_TYPE_WORDS, ViewError } from './view-helpers.js';

export { ViewError } from './view-helpers.js';

/**
 * Mermaid views of a journey map, computed from the plain JourneyModel only. The same model always
 * gives the same text. docs/views.md describes each view.
 */

export const VIEW_NAMES = ['map', 'journey', 'emotion', 'day', 'compare'] as const;
export type ViewName = typeof VIEW_NAMES[number];

/**
 * Names of views that became the map view (the classic grid; a service blueprint's lanes are rows
 * of it): `--view lanes` and ```journey view=blueprint keep working.
 */
const VIEW_ALIASES: Readonly<Record<string, ViewName>> = { lanes: 'map', blueprint: 'map' };

export function isViewName(name: string): name is ViewName {
    return (VIEW_NAMES as readonly string[]).includes(name);
}

/** The view a name (or an old name) stands for, if any. */
export function viewNamed(name: string): ViewName | undefined {
    return isViewName(name) ? name : VIEW_ALIASES[name];
}

/** The Mermaid diagram type of each view. */
export const VIEW_DIAGRAMS: Readonly<Record<ViewName, string>> = {
    map: 'block-beta',
    journey: 'journey',
    emotion: 'xychart-beta',
    day: 'timeline',
    compare: 'journey'
};

/** The views' titles in English; a map's drawings use MAP_WORDS[language].views. */
export const VIEW_TITLES: Readonly<Record<ViewName, string>> = MAP_WORDS.en.views;

/**
 * The views that fit a journey, in the order a document shows them: the map (the classic grid, with
 * the blueprint lanes of a service blueprint), the journey and the emotion curve always; day for
 * day-in-the-life maps; compare for future maps that improve a current map.
 */
export function viewsFor(journey: JourneyMapModel): ViewName[] {
    const views: ViewName[] = ['map', 'journey', 'emotion'];
    if (journey.type === 'day-in-the-life') {
        views.push('day');
    }
    if (journey.type === 'future' && journey.improves !== undefined) {
        views.push('compare');
    }
    return views;
}

/** Why a view does not fit a journey, in words for the user; undefined when it fits. */
export function whyViewDoesNotFit(journey: JourneyMapModel, view: ViewName): string | undefined {
    if (viewsFor(journey).includes(view)) {
        return undefined;
    }
    const what = `'${journey.name}' is a ${MAP_TYPE_WORDS[journey.type]}`;
    switch (view) {
        case 'day':
            return `the day view is for day-in-the-life maps (\`type day-in-the-life\`); ${what}`;
        case 'compare':
            return journey.type === 'future'
                ? `the compare view needs a future map that improves a current map; '${journey.name}' has no \`improves\` line`
                : `the compare view is for future maps that improve a current map (\`type future\` and \`improves NAME\`); ${what}`;
        default:
            return `the ${view} view does not fit ${what}`;
    }
}

/**
 * One view of one journey: its Mermaid text and the identity of what it draws, its fixed words in the
 * map's language (`language vi`), else the reader's. Throws ViewError for an unknown journey or a view
 * that does not fit it.
 */
export function drawView(model: JourneyModel, journeyName: string, view: ViewName, reader: Language = DEFAULT_LANGUAGE): DrawnView {
    const journey = findJourney(model, journeyName);
    const reason = whyViewDoesNotFit(journey, view);
    if (reason) {
        throw new ViewError(reason);
    }
    const words = wordsFor(journey, reader);
    switch (view) {
        case 'map': return mapView(model, journey, words);
        case 'journey': return journeyView(model, journey, words);
        case 'emotion': return { mermaid: emotionView(model, journey, words), elements: emotionElements(journey) };
        case 'day': return dayView(model, journey, words);
        case 'compare': return compareView(model, journey, words);
    }
}

/** The Mermaid text of one view of one journey (see drawView). */
export function renderView(model: JourneyModel, journeyName: string, view: ViewName, reader: Language = DEFAULT_LANGUAGE): string {
    return drawView(model, journeyName, view, reader).mermaid;
}

/** Mermaid's default `maxTextSize`: a longer diagram is replaced by "Maximum text size in diagram exceeded". */
export const MERMAID_DEFAULT_MAX_TEXT_SIZE = 50_000;

/**
 * The `maxTextSize` a renderer must pass to `mermaid.initialize` to draw these diagrams (Mermaid
 * ignores it in a diagram's own `%%{init}%%`): at least the default, at least the longest text.
 */
export function requiredMaxTextSize(diagrams: Iterable<string>): number {
    let size = MERMAID_DEFAULT_MAX_TEXT_SIZE;
    for (const diagram of diagrams) {
        size = Math.max(size, diagram.length);
    }
    return size;
}
