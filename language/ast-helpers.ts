import { type AstNode, AstUtils } from 'langium';
import { MOODS_OF_LANGUAGE } from './domain/moods.js';
import type { Journey, MapType, Persona, StageModel, Touchpoint, TouchpointLine } from './generated/ast.js';
import { isJourney, isLanguageLine, isModelLine, isPersonaLine, isTypeLine } from './generated/ast.js';
import { spokenLanguage } from './l10n.js';
import type { Language } from './locale.js';

/** The moods (and their scores) of the language of the map `node` is in, else of the reader's: what messages list and completion offers. */
export function moodsAt(node: AstNode | undefined): ReadonlyMap<string, number> {
    const journey = AstUtils.getContainerOfType(node, isJourney);
    return MOODS_OF_LANGUAGE[(journey && journeyLanguage(journey)) ?? spokenLanguage()];
}

/** A journey's map type (`current` when the journey does not say). */
export function journeyType(journey: Journey): MapType {
    return journey.headers.find(isTypeLine)?.value ?? 'current';
}

/** The language a journey says it is written in (`language vi`), if it says. */
export function journeyLanguage(journey: Journey): Language | undefined {
    return journey.headers.find(isLanguageLine)?.value as Language | undefined;
}

export function journeyModel(journey: Journey): StageModel | undefined {
    return journey.headers.find(isModelLine)?.value;
}

/** The personas a journey follows, resolved, in the order written, each once. */
export function journeyPersonas(journey: Journey): Persona[] {
    const personas = journey.headers.filter(isPersonaLine)
        .flatMap(line => line.personas.map(ref => ref.ref))
        .filter((persona): persona is Persona => persona !== undefined);
    return [...new Set(personas)];
}

/** The lines of a touchpoint of one kind, e.g. `linesOf(touchpoint, isPain)`. */
export function linesOf<T extends TouchpointLine>(touchpoint: Touchpoint, is: (line: unknown) => line is T): T[] {
    return touchpoint.lines.filter(is);
}

export function allTouchpoints(journey: Journey): Touchpoint[] {
    return journey.stages.flatMap(stage => stage.touchpoints);
}
