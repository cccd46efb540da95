import type { JourneyMapModel, JourneyModel } from './journey-model.js';

/**
 * The files a map file uses: itself, and where its journeys' personas, channels and improved
 * journey (and theirs, in turn) are declared. URIs as strings.
 */
export function filesUsedBy(model: JourneyModel, fileUri: string): Set<string> {
    const uris = new Set([fileUri]);
    const pending = model.journeys.filter(journey => journey.source.uri === fileUri);
    const seen = new Set<JourneyMapModel>();
    while (pending.length > 0) {
        const journey = pending.pop()!;
        if (seen.has(journey)) {
            continue;
        }
        seen.add(journey);
        uris.add(journey.source.uri);
        const personas = new Set([...journey.personas, ...journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.personas))]);
        const channels = new Set(journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.channel ?? [])));
        model.personas.filter(persona => personas.has(persona.name)).forEach(persona => uris.add(persona.source.uri));
        model.channels.filter(channel => channels.has(channel.name) && channel.source).forEach(channel => uris.add(channel.source!.uri));
        pending.push(...model.journeys.filter(candidate => candidate.name === journey.improves));
    }
    return uris;
}
