import type { JourneyMapModel, JourneyModel, TouchpointModel } from '../model/journey-model.js';
import type { DrawnView } from '../../protocol/drawn-elements.js';
import { writeJourneyDiagram, type JourneySection, type JourneyTask } from './journey-diagram.js';
import { touchpointTask } from './journey-view.js';
import { counted, type MapWords } from './map-words.js';
import { findJourney, scoreOf, shown, touchpointsOf, ViewError } from './view-helpers.js';


export interface Comparison {
    current: JourneyMapModel;
    future: JourneyMapModel;
    /** Touchpoint names in both maps, in the future map's order. */
    kept: string[];
    /** In the future map only. */
    added: string[];
    /** In the current map only, in its order. */
    removed: string[];
}

/** Matches the touchpoints of a future map and of the current map it improves, by name. */
export function compareJourneys(model: JourneyModel, future: JourneyMapModel): Comparison {
    if (future.improves === undefined) {
        throw new ViewError(`the compare view needs a future map that improves a current map; '${future.name}' has no \`improves\` line`);
    }
    const current = findJourney(model, future.improves);
    const key = (name: string) => name.normalize('NFC');
    const currentNames = new Set(touchpointsOf(current).map(touchpoint => key(touchpoint.name)));
    const futureNames = new Set(touchpointsOf(future).map(touchpoint => key(touchpoint.name)));
    const futureOrder = touchpointsOf(future).map(touchpoint => touchpoint.name);
    return {
        current,
        future,
        kept: futureOrder.filter(name => currentNames.has(key(name))),
        added: futureOrder.filter(name => !currentNames.has(key(name))),
        removed: touchpointsOf(current).map(touchpoint => touchpoint.name).filter(name => !futureNames.has(key(name)))
    };
}

/**
 * The compare view: Mermaid `journey`, the future map's touchpoints with the current map's. For each
 * stage of the future map, a touchpoint found (by name) in both maps is drawn twice — "before" with
 * its current score, "after" with its future score; a new touchpoint once, marked "(new)"; the
 * touchpoints the future map drops come last, in a section "Removed", marked "(removed)".
 */
export function compareView(model: JourneyModel, future: JourneyMapModel, words: MapWords): DrawnView {
    const comparison = compareJourneys(model, future);
    const { current } = comparison;
    const currentByName = new Map(touchpointsOf(current).map(touchpoint => [touchpoint.name.normalize('NFC'), touchpoint]));
    // Each task says which map it is from in its text ("(before)", "(after)"…): persona dots would sit
    // on that text, and their legend would widen the whole diagram.
    const task = (touchpoint: TouchpointModel, mark: string, fromCurrent: boolean): JourneyTask =>
        ({ ...touchpointTask(touchpoint, new Map(), mark, fromCurrent ? current.name : undefined, words), actors: [] });
    const sections: JourneySection[] = future.stages.map(stage => ({
        title: shown(stage.label, stage.name),
        element: { kind: 'stage', name: stage.name },
        tasks: stage.touchpoints.flatMap(touchpoint => {
            const before = currentByName.get(touchpoint.name.normalize('NFC'));
            if (!before) {
                return [task(touchpoint, words.compareView.new, false)];
            }
            return [task(before, words.compareView.before, true), task(touchpoint, words.compareView.after, false)];
        })
    }));
    if (comparison.removed.length > 0) {
        sections.push({
            title: words.compareView.removedSection,
            tasks: comparison.removed.map(name => task(currentByName.get(name.normalize('NFC'))!, words.compareView.removed, true))
        });
    }
    const futureByName = new Map(touchpointsOf(future).map(touchpoint => [touchpoint.name.normalize('NFC'), touchpoint]));
    const better = comparison.kept.filter(name => {
        const before = scoreOf(currentByName.get(name.normalize('NFC'))!);
        const after = scoreOf(futureByName.get(name.normalize('NFC'))!);
        return before !== undefined && after !== undefined && after > before;
    }).length;
    const futureTitle = shown(future.label, future.name);
    const currentTitle = shown(current.label, current.name);
    return writeJourneyDiagram({
        // The tasks' texts say what is compared ("(before)", "(after)"); a title as long as both labels would not fit a narrow diagram.
        title: futureTitle,
        accTitle: words.compareView.accTitle(futureTitle, currentTitle),
        accDescr: words.compareView.accDescr(counted(words, comparison.kept.length, 'touchpoint'), better, comparison.added.length, comparison.removed.length),
        sections
    });
}
