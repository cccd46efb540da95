import type { JourneyMapModel, PainModel, TouchpointModel } from '../model/journey-model.js';
import type { JourneyTotals } from './diff-model.js';
import { nameKey } from './match.js';

/** A journey's figures, as the diff reports them before and after. */
export interface JourneyFigures {
    /** Average emotion score of the touchpoints that have one, rounded to 2 decimals; null when none has. */
    averageEmotion: number | null;
    touchpoints: number;
    pains: number;
    unfixedPains: number;
}

export function touchpointsOf(journey: JourneyMapModel): TouchpointModel[] {
    return journey.stages.flatMap(stage => stage.touchpoints);
}

export function painsOf(journey: JourneyMapModel): Array<{ pain: PainModel; touchpoint: TouchpointModel }> {
    return touchpointsOf(journey).flatMap(touchpoint => touchpoint.pains.map(pain => ({ pain, touchpoint })));
}

/** The opportunities of the journey that fix each pain point (pain name, NFC → opportunity names). */
export function fixersOf(journey: JourneyMapModel): Map<string, string[]> {
    const fixers = new Map<string, string[]>();
    for (const opportunity of journey.opportunities) {
        for (const pain of new Set(opportunity.fixes.map(nameKey))) {
            fixers.set(pain, [...(fixers.get(pain) ?? []), opportunity.name]);
        }
    }
    return fixers;
}

export function journeyFigures(journey: JourneyMapModel): JourneyFigures {
    const scores = touchpointsOf(journey).map(touchpoint => touchpoint.emotion?.score).filter((score): score is number => score !== undefined);
    const fixers = fixersOf(journey);
    const pains = painsOf(journey);
    return {
        averageEmotion: scores.length === 0 ? null : Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length * 100) / 100,
        touchpoints: touchpointsOf(journey).length,
        pains: pains.length,
        unfixedPains: pains.filter(({ pain }) => !fixers.has(nameKey(pain.name))).length
    };
}

/** Totals of a journey before and after; a side is undefined when the journey is absent from it. */
export function journeyTotals(before: JourneyMapModel | undefined, after: JourneyMapModel | undefined): JourneyTotals {
    const a = before ? journeyFigures(before) : undefined;
    const b = after ? journeyFigures(after) : undefined;
    return {
        averageEmotion: { before: a?.averageEmotion ?? null, after: b?.averageEmotion ?? null },
        touchpoints: { before: a?.touchpoints ?? null, after: b?.touchpoints ?? null },
        pains: { before: a?.pains ?? null, after: b?.pains ?? null },
        unfixedPains: { before: a?.unfixedPains ?? null, after: b?.unfixedPains ?? null }
    };
}
