import type { JourneyMapModel, JourneyModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import { touchpointsOf } from './view-helpers.js';
import { MAP_WORDS, type MapWords } from './map-words.js';

/**
 * A long journey cut into parts of a few stages and touchpoints each, so that a view drawn per part
 * stays legible where a diagram cannot grow (a Markdown column of a pull request, 880 px: Mermaid
 * scales a wider diagram down to it). Works for any view: each part is a journey of its own, drawn by
 * the ordinary views from a model where it replaces the whole.
 */

/** How much of a journey one part holds. */
export interface PartSize {
    /** At most this many stages side by side (a stage longer than `touchpoints` is cut into pieces). */
    stages: number;
    /** At most this many touchpoints. */
    touchpoints: number;
}

export interface JourneyPart {
    /** The part as a journey, labelled "Part 2 of 5": its stages (a cut stage's later pieces labelled "(continued)"), its opportunities, numbered as the whole. */
    journey: JourneyMapModel;
    /** The model to draw the part from: the whole model with the journey replaced by the part. */
    model: JourneyModel;
    /** 1, 2, … of `count`. */
    index: number;
    count: number;
    /** The numbers of its first and last touchpoints in the whole journey (last < first when it has none). */
    firstTouchpoint: number;
    lastTouchpoint: number;
}

/** A piece of a stage: the stage with some of its touchpoints. */
interface Piece {
    stage: StageModel;
    touchpoints: TouchpointModel[];
    continued: boolean;
}

function piecesOf(stage: StageModel, size: number): Piece[] {
    if (stage.touchpoints.length <= size) {
        return [{ stage, touchpoints: stage.touchpoints, continued: false }];
    }
    const pieces: Piece[] = [];
    for (let i = 0; i < stage.touchpoints.length; i += size) {
        pieces.push({ stage, touchpoints: stage.touchpoints.slice(i, i + size), continued: i > 0 });
    }
    return pieces;
}

/** Stages packed in order into groups of at most `size.stages` stages and `size.touchpoints` touchpoints. */
function packStages(journey: JourneyMapModel, size: PartSize): Piece[][] {
    const groups: Piece[][] = [];
    let group: Piece[] = [];
    let count = 0;
    for (const piece of journey.stages.flatMap(stage => piecesOf(stage, Math.max(1, size.touchpoints)))) {
        if (group.length > 0 && (group.length >= size.stages || count + piece.touchpoints.length > size.touchpoints)) {
            groups.push(group);
            group = [];
            count = 0;
        }
        group.push(piece);
        count += piece.touchpoints.length;
    }
    if (group.length > 0 || groups.length === 0) {
        groups.push(group);
    }
    return groups;
}

/**
 * The parts of a journey, in order; a journey that fits in one part is returned whole, as one part.
 * A part holds the opportunities that fix one of its pain points; the opportunities that fix no pain
 * point of the journey go with the last part. A future map's part comes with the part of the map it
 * improves that holds the same touchpoints (a touchpoint the future map drops goes with the part of
 * the touchpoint before it), so that a before-and-after view of a part compares like with like.
 */
export function splitJourney(model: JourneyModel, journey: JourneyMapModel, size: PartSize, words: MapWords = MAP_WORDS.en): JourneyPart[] {
    const groups = packStages(journey, size);
    if (groups.length === 1) {
        const count = touchpointsOf(journey).length;
        return [{ journey, model, index: 1, count: 1, firstTouchpoint: 1, lastTouchpoint: count }];
    }
    const allPains = new Set(touchpointsOf(journey).flatMap(touchpoint => touchpoint.pains.map(pain => pain.name)));
    const improved = journey.improves === undefined ? undefined : model.journeys.find(candidate => candidate.name === journey.improves);
    // A touchpoint the future map drops goes with the part that holds the touchpoint before it in the
    // current map (the first part when none), so that no one part gathers them all.
    const partOf = new Map(groups.flatMap((group, i) => group.flatMap(piece => piece.touchpoints.map(touchpoint => [touchpoint.name.normalize('NFC'), i] as const))));
    const droppedPart = new Map<string, number>();
    let previousPart = 0;
    for (const touchpoint of improved ? touchpointsOf(improved) : []) {
        const key = touchpoint.name.normalize('NFC');
        if (partOf.has(key)) {
            previousPart = partOf.get(key)!;
        } else {
            droppedPart.set(key, previousPart);
        }
    }
    let first = 1;
    return groups.map((group, i) => {
        const index = i + 1;
        const last = index === groups.length;
        const touchpoints = group.flatMap(piece => piece.touchpoints);
        const pains = new Set(touchpoints.flatMap(touchpoint => touchpoint.pains.map(pain => pain.name)));
        const part: JourneyMapModel = {
            ...journey,
            // A short title: a journey diagram is at least as wide as its title; the document names the journey.
            label: words.markdown.part(index, groups.length),
            stages: group.map(piece => ({
                ...piece.stage,
                label: piece.continued ? `${piece.stage.label.trim() === '' ? piece.stage.name : piece.stage.label} ${words.markdown.continued}` : piece.stage.label,
                touchpoints: piece.touchpoints
            })),
            opportunities: journey.opportunities.filter(opportunity => opportunity.fixes.some(pain => pains.has(pain))
                || (last && !opportunity.fixes.some(pain => allPains.has(pain)))),
            firstTouchpointNumber: first
        };
        const names = new Set(touchpoints.map(touchpoint => touchpoint.name.normalize('NFC')));
        const keep = (touchpoint: TouchpointModel) => names.has(touchpoint.name.normalize('NFC'))
            || droppedPart.get(touchpoint.name.normalize('NFC')) === i;
        const journeys = model.journeys.map(candidate => {
            if (candidate === journey) {
                return part;
            }
            if (candidate === improved) {
                return { ...candidate, stages: candidate.stages.map(stage => ({ ...stage, touchpoints: stage.touchpoints.filter(keep) })) };
            }
            return candidate;
        });
        const result: JourneyPart = {
            journey: part, model: { ...model, journeys }, index, count: groups.length,
            firstTouchpoint: first, lastTouchpoint: first + touchpoints.length - 1
        };
        first += touchpoints.length;
        return result;
    });
}
