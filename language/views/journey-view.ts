import type { JourneyMapModel, JourneyModel, TouchpointModel } from '../model/journey-model.js';
import type { DrawnView } from '../../protocol/drawn-elements.js';
import { textUnits } from './wrap.js';
import { writeJourneyDiagram, type JourneyTask } from './journey-diagram.js';
import { counted, listIn, MAP_WORDS, type MapWords } from './map-words.js';
import { personaLabels, scoreOf, shown, touchpointsOf } from './view-helpers.js';

/** The score drawn for a touchpoint with no emotion (neutral), marked in its text. */
export const NO_EMOTION_SCORE = 3;

/**
 * The journey view: Mermaid `journey`, a section per stage, a task per touchpoint with its emotion
 * score (1 to 5, drawn as a face) and the personas taking it. A touchpoint with no emotion is drawn
 * neutral (3) and its text ends with "(no emotion recorded)".
 */
export function journeyView(model: JourneyModel, journey: JourneyMapModel, words: MapWords): DrawnView {
    const touchpoints = touchpointsOf(journey);
    const personas = allPersonaLabels(model, journey);
    const unscored = touchpoints.filter(touchpoint => scoreOf(touchpoint) === undefined).length;
    const title = shown(journey.label, journey.name);
    const followed = listIn(words, journey.personas.map(name => (personas.get(name) ?? name).trim()));
    // A step taken by all of the journey's personas (the default) is drawn without persona dots,
    // which would sit on the first letters of its text; dots mark the steps only some of them take.
    const everyone = new Set(journey.personas);
    const isEveryone = (touchpoint: TouchpointModel) => touchpoint.personas.length === everyone.size && touchpoint.personas.every(name => everyone.has(name));
    return writeJourneyDiagram({
        title,
        accTitle: words.journeyView.accTitle(title),
        accDescr: [
            words.journeyView.following(words.mapTypes[journey.type], followed || words.journeyView.noPersona),
            `${counted(words, journey.stages.length, 'stage')}, ${counted(words, touchpoints.length, 'touchpoint')},`,
            words.journeyView.scale,
            unscored > 0 ? words.journeyView.unscored(counted(words, unscored, 'touchpoint')) : '.'
        ].join(' ').replace(' .', '.'),
        sections: journey.stages.map(stage => ({
            title: shown(stage.label, stage.name),
            element: { kind: 'stage', name: stage.name },
            tasks: stage.touchpoints.map(touchpoint => {
                const task = touchpointTask(touchpoint, personas, undefined, undefined, words);
                return isEveryone(touchpoint) ? { ...task, actors: [] } : task;
            })
        }))
    });
}

/** Display labels of the journey's personas and of any other persona its touchpoints name. */
export function allPersonaLabels(model: JourneyModel, journey: JourneyMapModel): Map<string, string> {
    const names = [...new Set([...journey.personas, ...touchpointsOf(journey).flatMap(touchpoint => touchpoint.personas)])];
    return personaLabels(model, names);
}

export function touchpointTask(touchpoint: TouchpointModel, personas: ReadonlyMap<string, string>, suffix?: string, journey?: string, words: MapWords = MAP_WORDS.en): JourneyTask {
    const score = scoreOf(touchpoint);
    const text = [shown(touchpoint.label, touchpoint.name), suffix, score === undefined ? words.journeyView.noEmotion : undefined]
        .filter(part => part !== undefined).join(' ');
    return {
        text,
        score: score ?? NO_EMOTION_SCORE,
        actors: touchpoint.personas.map(name => actorLabel(name, personas.get(name))),
        element: { kind: 'touchpoint', name: touchpoint.name, ...(journey ? { journey } : {}) }
    };
}

/**
 * Mermaid widens a journey diagram by the width of its persona legend, twice: a persona whose label
 * is longer than this many units is shown by its name, so that the tasks keep their size.
 */
const MAX_ACTOR_UNITS = 20;

function actorLabel(name: string, label: string | undefined): string {
    return label !== undefined && textUnits(label) <= MAX_ACTOR_UNITS ? label : name;
}
