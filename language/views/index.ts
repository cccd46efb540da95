import * as l10n from '@vscode/l10n';
import { MAP_TYPE_NAMES } from '../domain/map-type-lines.js';
import type { JourneyMapModel, JourneyModel } from '../model/journey-model.js';
import { compareView } from './compare-view.js';
import { dayView } from './day-view.js';
import type { DrawnView } from '../../protocol/drawn-elements.js';
import { viewsFor, type ViewName } from '../../protocol/views.js';
import { emotionElements, emotionView } from './emotion-view.js';
import { journeyView } from './journey-view.js';
import { mapView } from './map-view.js';
import { DEFAULT_LANGUAGE, type Language } from '../locale.js';
import { wordsFor } from './map-words.js';
import { findJourney, ViewError } from './view-helpers.js';

export { ViewError } from './view-helpers.js';

/**
 * Mermaid views of a journey map, computed from the plain JourneyModel only. The same model always
 * gives the same text. docs/views.md describes each view.
 */

export { chooseView, isViewName, VIEW_NAMES, VIEW_TITLES, viewNamed, viewsFor, type ViewName } from '../../protocol/views.js';

/** The Mermaid diagram type of each view. */
export const VIEW_DIAGRAMS: Readonly<Record<ViewName, string>> = {
    map: 'block-beta',
    journey: 'journey',
    emotion: 'xychart-beta',
    day: 'timeline',
    compare: 'journey'
};

/** Why a view does not fit a journey, in the reader's words; undefined when it fits. */
export function whyViewDoesNotFit(journey: JourneyMapModel, view: ViewName): string | undefined {
    if (viewsFor(journey).includes(view)) {
        return undefined;
    }
    const what = l10n.t("'{0}' is {1}", journey.name, MAP_TYPE_NAMES[journey.type]());
    switch (view) {
        case 'day':
            return l10n.t('the day view is for day-in-the-life maps (`type day-in-the-life`); {0}', what);
        case 'compare':
            return journey.type === 'future'
                ? l10n.t("the compare view needs a future map that improves a current map; '{0}' has no `improves` line", journey.name)
                : l10n.t('the compare view is for future maps that improve a current map (`type future` and `improves NAME`); {0}', what);
        default:
            return l10n.t('the {0} view does not fit {1}', view, what);
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
