import type { ChannelModel, JourneyModel, PersonaModel } from '../model/journey-model.js';
import {
    DIFF_VERSION, type ChangeCounts, type ChannelChange, type DiffSummary, type ElementChange, type JourneyChange, type PersonaChange,
    type WorkspaceDiff
} from './diff-model.js';
import { diffJourney, wholeJourney } from './diff-journeys.js';
import { changes, compareText, compareTexts } from './fields.js';
import { matchByNameThenLabel, mergedOrder, nameKey, renames, type Matching, type Pair } from './match.js';

/**
 * The semantic diff of two versions of a workspace (docs/diff.md): personas, declared channels and
 * journeys added, removed, renamed and changed, and inside each journey found in both versions its
 * stages, touchpoints, pain points and opportunities, fix status and totals. Only the plain model
 * is read; source ranges are ignored (moving text is no change). The same inputs give the same diff.
 */
export function diffJourneyModels(before: JourneyModel, after: JourneyModel): WorkspaceDiff {
    const personas = matchByNameThenLabel(before.personas, after.personas);
    const declared = (model: JourneyModel) => model.channels.filter(channel => !channel.builtin);
    const channels = matchByNameThenLabel(declared(before), declared(after));
    const journeys = matchByNameThenLabel(before.journeys, after.journeys);
    const workspace = { personas: renames(personas), channels: renames(channels), journeys: renames(journeys) };

    const personaChanges = elementChanges(before.personas, after.personas, personas, personaChange);
    const channelChanges = elementChanges(declared(before), declared(after), channels, channelChange);
    const journeyChanges = mergedOrder(before.journeys, after.journeys, journeys).flatMap(({ before: old, after: journey }): JourneyChange[] => {
        if (!old || !journey) {
            return [journey ? wholeJourney(journey, 'added') : wholeJourney(old!, 'removed')];
        }
        const change = diffJourney(old, journey, pairOf(journeys, journey).by, workspace);
        return change ? [change] : [];
    });
    const unchanged = journeys.pairs.length - journeyChanges.filter(change => change.change === 'changed').length;
    return {
        version: DIFF_VERSION,
        changed: personaChanges.length + channelChanges.length + journeyChanges.length > 0,
        summary: summarise(personaChanges, channelChanges, journeyChanges, unchanged),
        personas: personaChanges,
        channels: channelChanges,
        journeys: journeyChanges
    };
}

function pairOf<T>(matching: Matching<T>, after: T): Pair<T> {
    return matching.pairs.find(pair => pair.after === after)!;
}

/** The changes of a flat list of elements, in merged order; `make` adds what is particular to the kind (the fields that differ). */
function elementChanges<T extends { name: string; label: string }, C extends ElementChange>(
    before: readonly T[], after: readonly T[], matching: Matching<T>,
    make: (change: ElementChange, only: T, old?: T) => C
): C[] {
    return mergedOrder(before, after, matching).flatMap(({ before: old, after: element }): C[] => {
        if (!old || !element) {
            const only = (element ?? old)!;
            return [make({ change: element ? 'added' : 'removed', name: only.name, label: only.label, fields: [] }, only)];
        }
        const change = make({
            change: 'changed', name: element.name, label: element.label,
            ...(nameKey(old.name) === nameKey(element.name) ? {} : { renamedFrom: old.name }),
            matchedBy: pairOf(matching, element).by, fields: []
        }, element, old);
        return change.fields.length > 0 || change.renamedFrom !== undefined ? [change] : [];
    });
}

function personaChange(change: ElementChange, persona: PersonaModel, old?: PersonaModel): PersonaChange {
    if (!old) {
        return change;
    }
    return {
        ...change,
        fields: changes(
            compareText('label', old.label, persona.label),
            compareText('description', old.description, persona.description),
            compareTexts('goals', old.goals, persona.goals),
            compareTexts('needs', old.needs, persona.needs),
            compareTexts('frustrations', old.frustrations, persona.frustrations),
            compareTexts('quotes', old.quotes, persona.quotes)
        )
    };
}

function channelChange(change: ElementChange, channel: ChannelModel, old?: ChannelModel): ChannelChange {
    return {
        ...change,
        kind: channel.kind,
        fields: old ? changes(compareText('label', old.label, channel.label), compareText('kind', old.kind, channel.kind)) : []
    };
}

function counts(list: readonly ElementChange[]): ChangeCounts {
    return {
        added: list.filter(change => change.change === 'added').length,
        removed: list.filter(change => change.change === 'removed').length,
        changed: list.filter(change => change.change === 'changed').length
    };
}

function summarise(personas: readonly PersonaChange[], channels: readonly ChannelChange[], journeys: readonly JourneyChange[], unchanged: number): DiffSummary {
    return {
        personas: counts(personas),
        channels: counts(channels),
        journeys: { ...counts(journeys), unchanged },
        stages: counts(journeys.flatMap(journey => journey.stages)),
        touchpoints: counts(journeys.flatMap(journey => journey.touchpoints)),
        pains: counts(journeys.flatMap(journey => journey.pains)),
        opportunities: counts(journeys.flatMap(journey => journey.opportunities))
    };
}
