import type { JourneyMapModel, JourneyModel, PainModel, TouchpointModel } from '../model/journey-model.js';
import { moodIn } from '../domain/moods.js';
import { isBlank } from './escape.js';
import { MAP_WORDS, type MapWords } from './map-words.js';

/** A view cannot be drawn for this journey (unknown journey, a view that does not fit its type). */
export class ViewError extends Error {}

export { plural } from '../domain/plural.js';

/** What a view shows for a label: the label, or the name when the label shows nothing. */
export function shown(label: string | undefined, name: string): string {
    return label === undefined || isBlank(label) ? name : label;
}

/** Free texts (actions, thoughts, lanes…) that show something. */
export function visibleTexts(texts: readonly string[]): string[] {
    return texts.filter(text => !isBlank(text));
}

export function findJourney(model: JourneyModel, journeyName: string): JourneyMapModel {
    const wanted = journeyName.normalize('NFC');
    const journey = model.journeys.find(candidate => candidate.name.normalize('NFC') === wanted);
    if (!journey) {
        const names = model.journeys.map(candidate => candidate.name);
        throw new ViewError(`no journey named '${journeyName}'${names.length ? `; journeys: ${names.join(', ')}` : ''}`);
    }
    return journey;
}

export function personaLabel(model: JourneyModel, name: string): string {
    const persona = model.personas.find(candidate => candidate.name === name);
    return shown(persona?.label, name);
}

/** The labels of personas, made distinct (two personas with one label get their names added). */
export function personaLabels(model: JourneyModel, names: readonly string[]): Map<string, string> {
    const labels = new Map(names.map(name => [name, personaLabel(model, name)]));
    const counts = new Map<string, number>();
    for (const label of labels.values()) {
        counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    for (const [name, label] of labels) {
        if ((counts.get(label) ?? 0) > 1) {
            labels.set(name, `${label} (${name})`);
        }
    }
    return labels;
}

/** A channel's label; a built-in channel's in the map's words. */
export function channelLabel(model: JourneyModel, name: string, words: MapWords = MAP_WORDS.en): string {
    const channel = model.channels.find(candidate => candidate.name === name);
    return channel?.builtin ? words.channels[channel.kind as keyof MapWords['channels']] ?? channel.label : shown(channel?.label, name);
}

export function touchpointsOf(journey: JourneyMapModel): TouchpointModel[] {
    return journey.stages.flatMap(stage => stage.touchpoints);
}

/**
 * Each touchpoint's number in the journey (1, 2, … in the order written), as the views show it; a
 * part of a journey numbers its touchpoints as the whole journey does.
 */
export function touchpointNumbers(journey: JourneyMapModel): Map<TouchpointModel, number> {
    const first = journey.firstTouchpointNumber ?? 1;
    return new Map(touchpointsOf(journey).map((touchpoint, i) => [touchpoint, first + i]));
}

export function painsOf(journey: JourneyMapModel): Array<{ pain: PainModel; touchpoint: TouchpointModel }> {
    return touchpointsOf(journey).flatMap(touchpoint => touchpoint.pains.map(pain => ({ pain, touchpoint })));
}

export function scoreOf(touchpoint: TouchpointModel): number | undefined {
    return touchpoint.emotion?.score;
}

/** "4/5 curious", "2/5", "anxious" (a mood with no valid score), or undefined with no emotion; an English mood in Vietnamese on a Vietnamese map. */
export function emotionText(touchpoint: TouchpointModel, words: MapWords = MAP_WORDS.en): string | undefined {
    const emotion = touchpoint.emotion;
    if (!emotion) {
        return undefined;
    }
    const parts = [emotion.score !== undefined ? `${emotion.score}/5` : undefined, emotion.mood === undefined ? undefined : moodIn(emotion.mood, words.language)].filter(part => part !== undefined);
    return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Stable Mermaid ids made from names: letters without accents, digits and `_`, with a prefix so an
 * id is never a keyword and never starts with a digit; a name that sanitises to an id already
 * given gets `_2`, `_3`… in the order asked, so the same model always gets the same ids.
 */
export class IdAllocator {
    private readonly used = new Set<string>();

    id(prefix: string, name: string): string {
        const base = `${prefix}_${sanitizeName(name)}`;
        let id = base;
        for (let n = 2; this.used.has(id); n++) {
            id = `${base}_${n}`;
        }
        this.used.add(id);
        return id;
    }
}

export function sanitizeName(name: string): string {
    const ascii = name.normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[đĐ]/g, char => (char === 'đ' ? 'd' : 'D'))
        .replace(/[^A-Za-z0-9_]+/g, '_')
        .replace(/_+/g, '_')
        .replace(/^_|_$/g, '');
    return ascii === '' ? 'x' : ascii;
}
