import type { JourneyMapModel, OpportunityModel, PainModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import type {
    FieldChange, FixChange, JourneyChange, MatchedBy, OpportunityChange, PainChange, StageChange, TouchpointChange
} from './diff-model.js';
import {
    changes, compareEmotion, compareMetrics, compareNames, compareReference, compareText, compareTexts, emotionValue
} from './fields.js';
import { matchByNameThenLabel, matchRemaining, mergedOrder, nameKey, renames, type Matching } from './match.js';
import { fixersOf, journeyTotals, painsOf, touchpointsOf } from './totals.js';

/** Renames found at the workspace level (old name, NFC → new name), followed by references. */
export interface WorkspaceRenames {
    personas: ReadonlyMap<string, string>;
    channels: ReadonlyMap<string, string>;
    journeys: ReadonlyMap<string, string>;
}

/** A journey only in the new version (added) or only in the old one (removed): no detail inside. */
export function wholeJourney(journey: JourneyMapModel, change: 'added' | 'removed'): JourneyChange {
    return {
        change, name: journey.name, label: journey.label, fields: [], type: journey.type,
        stages: [], touchpoints: [], pains: [], opportunities: [], newlyFixed: [], leftUnfixed: [],
        emotionsChanged: false,
        totals: change === 'added' ? journeyTotals(undefined, journey) : journeyTotals(journey, undefined)
    };
}

/** What changed in a journey found in both versions; undefined when nothing did. */
export function diffJourney(before: JourneyMapModel, after: JourneyMapModel, by: MatchedBy, workspace: WorkspaceRenames): JourneyChange | undefined {
    const touchpoints = matchByNameThenLabel(touchpointsOf(before), touchpointsOf(after));
    const stages = matchStages(before, after, touchpoints);
    const pains = matchByNameThenLabel(painsOf(before).map(({ pain }) => pain), painsOf(after).map(({ pain }) => pain));
    const opportunities = matchByNameThenLabel(before.opportunities, after.opportunities);
    const context: JourneyContext = {
        before, after, stages, touchpoints, pains, workspace,
        stageOf: new Map([...stageIndex(before), ...stageIndex(after)]),
        touchpointOf: new Map([...painIndex(before), ...painIndex(after)]),
        fixersBefore: fixersOf(before),
        fixersAfter: fixersOf(after)
    };
    const fields = changes(
        compareText('label', before.label, after.label),
        compareText('type', before.type, after.type),
        compareNames('personas', before.personas, after.personas, workspace.personas),
        compareText('model', before.model, after.model),
        compareTexts('goals', before.goals, after.goals),
        compareTexts('research', before.research, after.research),
        compareReference('improves', before.improves, after.improves, workspace.journeys),
        compareOrder(before.stages, after.stages, stages)
    );
    const change: JourneyChange = {
        change: 'changed',
        name: after.name,
        label: after.label,
        ...renamedFrom(before, after),
        matchedBy: by,
        fields,
        type: after.type,
        stages: stageChanges(context),
        touchpoints: touchpointChanges(context),
        pains: painChanges(context),
        opportunities: opportunityChanges(context, opportunities),
        ...fixChanges(context),
        emotionsChanged: touchpoints.pairs.some(pair => pair.before.emotion?.score !== pair.after.emotion?.score),
        totals: journeyTotals(before, after)
    };
    const changed = change.renamedFrom !== undefined || fields.length > 0 || change.stages.length > 0 || change.touchpoints.length > 0
        || change.pains.length > 0 || change.opportunities.length > 0 || change.newlyFixed.length > 0 || change.leftUnfixed.length > 0;
    return changed ? change : undefined;
}

interface JourneyContext {
    before: JourneyMapModel;
    after: JourneyMapModel;
    stages: Matching<StageModel>;
    touchpoints: Matching<TouchpointModel>;
    pains: Matching<PainModel>;
    workspace: WorkspaceRenames;
    /** The stage of each touchpoint, of both versions. */
    stageOf: Map<TouchpointModel, StageModel>;
    /** The touchpoint of each pain point, of both versions. */
    touchpointOf: Map<PainModel, TouchpointModel>;
    fixersBefore: Map<string, string[]>;
    fixersAfter: Map<string, string[]>;
}

function stageIndex(journey: JourneyMapModel): Array<[TouchpointModel, StageModel]> {
    return journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => [touchpoint, stage] as [TouchpointModel, StageModel]));
}

function painIndex(journey: JourneyMapModel): Array<[PainModel, TouchpointModel]> {
    return painsOf(journey).map(({ pain, touchpoint }) => [pain, touchpoint] as [PainModel, TouchpointModel]);
}

/** `{ renamedFrom }` when the name changed. */
function renamedFrom(before: { name: string }, after: { name: string }): { renamedFrom?: string } {
    return nameKey(before.name) === nameKey(after.name) ? {} : { renamedFrom: before.name };
}

/** Stages by name, then label, then by the touchpoints they share (a stage renamed and relabelled keeps its touchpoints). */
function matchStages(before: JourneyMapModel, after: JourneyMapModel, touchpoints: Matching<TouchpointModel>): Matching<StageModel> {
    const first = matchByNameThenLabel(before.stages, after.stages);
    const shared = (old: StageModel, stage: StageModel) => touchpoints.pairs
        .filter(pair => old.touchpoints.includes(pair.before) && stage.touchpoints.includes(pair.after)).length;
    return matchRemaining(first, before.stages, after.stages, shared, 'touchpoints');
}

/**
 * The `order` field: the elements found in both versions, in the old order (by their new names)
 * and in the new order, when these differ.
 */
function compareOrder<T extends { name: string }>(before: readonly T[], after: readonly T[], matching: Matching<T>): FieldChange | undefined {
    const counterpart = new Map(matching.pairs.map(pair => [pair.before, pair.after]));
    const kept = new Set(matching.pairs.map(pair => pair.after));
    const oldOrder = before.filter(element => counterpart.has(element)).map(element => counterpart.get(element)!.name);
    const newOrder = after.filter(element => kept.has(element)).map(element => element.name);
    return oldOrder.every((name, i) => name === newOrder[i]) ? undefined : { field: 'order', before: oldOrder, after: newOrder };
}

function stageChanges(context: JourneyContext): StageChange[] {
    const { before, after, stages, touchpoints } = context;
    return mergedOrder(before.stages, after.stages, stages).flatMap(({ before: old, after: stage }): StageChange[] => {
        if (!old || !stage) {
            const only = (stage ?? old)!;
            return [{ change: stage ? 'added' : 'removed', name: only.name, label: only.label, fields: [] }];
        }
        // The order of the touchpoints that stayed in this stage.
        const stayed = touchpoints.pairs.filter(pair => old.touchpoints.includes(pair.before) && stage.touchpoints.includes(pair.after));
        const stayedMatching: Matching<TouchpointModel> = { pairs: stayed, removed: [], added: [] };
        const fields = changes(
            compareText('label', old.label, stage.label),
            compareOrder(old.touchpoints, stage.touchpoints, stayedMatching)
        );
        const by = stages.pairs.find(pair => pair.after === stage)!.by;
        const renamed = renamedFrom(old, stage);
        return fields.length > 0 || renamed.renamedFrom !== undefined
            ? [{ change: 'changed', name: stage.name, label: stage.label, ...renamed, matchedBy: by, fields }]
            : [];
    });
}

function touchpointChanges(context: JourneyContext): TouchpointChange[] {
    const { before, after, touchpoints, stages, stageOf } = context;
    const stageCounterpart = new Map(stages.pairs.map(pair => [pair.before, pair.after]));
    return mergedOrder(touchpointsOf(before), touchpointsOf(after), touchpoints).flatMap(({ before: old, after: touchpoint }): TouchpointChange[] => {
        if (!old || !touchpoint) {
            const only = (touchpoint ?? old)!;
            return [{
                change: touchpoint ? 'added' : 'removed', name: only.name, label: only.label, fields: [],
                stage: stageOf.get(only)!.name, emotion: emotionValue(only.emotion)
            }];
        }
        const oldStage = stageOf.get(old)!;
        const stage = stageOf.get(touchpoint)!;
        const moved = stageCounterpart.get(oldStage) !== stage;
        const fields = touchpointFields(context, old, touchpoint);
        const renamed = renamedFrom(old, touchpoint);
        if (fields.length === 0 && !moved && renamed.renamedFrom === undefined) {
            return [];
        }
        return [{
            change: 'changed', name: touchpoint.name, label: touchpoint.label, ...renamed,
            matchedBy: touchpoints.pairs.find(pair => pair.after === touchpoint)!.by, fields,
            stage: stage.name, ...(moved ? { movedFrom: oldStage.name } : {}), emotion: emotionValue(touchpoint.emotion)
        }];
    });
}

function touchpointFields(context: JourneyContext, old: TouchpointModel, touchpoint: TouchpointModel): FieldChange[] {
    const { workspace } = context;
    return changes(
        compareText('label', old.label, touchpoint.label),
        compareReference('channel', old.channel, touchpoint.channel, workspace.channels),
        comparePersonas(context, old, touchpoint),
        compareTexts('actions', old.actions, touchpoint.actions),
        compareTexts('thoughts', old.thoughts, touchpoint.thoughts),
        compareEmotion(old.emotion, touchpoint.emotion),
        compareTexts('barriers', old.barriers, touchpoint.barriers),
        compareMetrics(old.metrics, touchpoint.metrics),
        compareTexts('frontstage', old.lanes.frontstage, touchpoint.lanes.frontstage),
        compareTexts('backstage', old.lanes.backstage, touchpoint.lanes.backstage),
        compareTexts('support', old.lanes.support, touchpoint.lanes.support),
        compareTexts('evidence', old.lanes.evidence, touchpoint.lanes.evidence),
        compareText('time', old.time, touchpoint.time)
    );
}

/**
 * A touchpoint's personas: a touchpoint with no `persona` line takes all of its journey's personas;
 * when it does so in both versions, a change of the journey's personas (reported on the journey) is
 * not repeated on every touchpoint.
 */
function comparePersonas(context: JourneyContext, old: TouchpointModel, touchpoint: TouchpointModel): FieldChange | undefined {
    const sameSet = (a: readonly string[], b: readonly string[]) => {
        const keys = new Set(a.map(nameKey));
        return keys.size === new Set(b.map(nameKey)).size && b.every(name => keys.has(nameKey(name)));
    };
    if (sameSet(old.personas, context.before.personas) && sameSet(touchpoint.personas, context.after.personas)) {
        return undefined;
    }
    return compareNames('personas', old.personas, touchpoint.personas, context.workspace.personas);
}

function painChanges(context: JourneyContext): PainChange[] {
    const { before, after, pains, touchpoints, touchpointOf, stageOf, fixersBefore, fixersAfter } = context;
    const touchpointCounterpart = new Map(touchpoints.pairs.map(pair => [pair.before, pair.after]));
    const allBefore = painsOf(before).map(({ pain }) => pain);
    const allAfter = painsOf(after).map(({ pain }) => pain);
    return mergedOrder(allBefore, allAfter, pains).flatMap(({ before: old, after: pain }): PainChange[] => {
        if (!old || !pain) {
            const only = (pain ?? old)!;
            const touchpoint = touchpointOf.get(only)!;
            return [{
                change: pain ? 'added' : 'removed', name: only.name, label: only.label, fields: [],
                touchpoint: touchpoint.name, stage: stageOf.get(touchpoint)!.name, severity: only.severity ?? null,
                fixedBy: (pain ? fixersAfter : fixersBefore).get(nameKey(only.name)) ?? []
            }];
        }
        const oldTouchpoint = touchpointOf.get(old)!;
        const touchpoint = touchpointOf.get(pain)!;
        const moved = touchpointCounterpart.get(oldTouchpoint) !== touchpoint;
        const fields = changes(compareText('label', old.label, pain.label), compareText('severity', old.severity, pain.severity));
        const renamed = renamedFrom(old, pain);
        if (fields.length === 0 && !moved && renamed.renamedFrom === undefined) {
            return [];
        }
        return [{
            change: 'changed', name: pain.name, label: pain.label, ...renamed,
            matchedBy: pains.pairs.find(pair => pair.after === pain)!.by, fields,
            touchpoint: touchpoint.name, stage: stageOf.get(touchpoint)!.name, ...(moved ? { movedFrom: oldTouchpoint.name } : {}),
            severity: pain.severity ?? null, fixedBy: fixersAfter.get(nameKey(pain.name)) ?? []
        }];
    });
}

function opportunityChanges(context: JourneyContext, opportunities: Matching<OpportunityModel>): OpportunityChange[] {
    const { before, after, pains } = context;
    const painRenames = renames(pains);
    return mergedOrder(before.opportunities, after.opportunities, opportunities).flatMap(({ before: old, after: opportunity }): OpportunityChange[] => {
        if (!old || !opportunity) {
            const only = (opportunity ?? old)!;
            return [{ change: opportunity ? 'added' : 'removed', name: only.name, label: only.label, fields: [], fixes: [...only.fixes] }];
        }
        const fields = changes(
            compareText('label', old.label, opportunity.label),
            compareNames('fixes', old.fixes, opportunity.fixes, painRenames),
            compareText('owner', old.owner, opportunity.owner),
            compareText('impact', old.impact, opportunity.impact),
            compareTexts('resources', old.resources, opportunity.resources)
        );
        const renamed = renamedFrom(old, opportunity);
        if (fields.length === 0 && renamed.renamedFrom === undefined) {
            return [];
        }
        return [{
            change: 'changed', name: opportunity.name, label: opportunity.label, ...renamed,
            matchedBy: opportunities.pairs.find(pair => pair.after === opportunity)!.by, fields, fixes: [...opportunity.fixes]
        }];
    });
}

/**
 * Pain points of the new version whose fix status changed: newly fixed (found in both versions, no
 * opportunity fixed it, one does now) and left unfixed (no opportunity fixes it now, and it is new
 * or one fixed it before). A pain point unfixed in both versions is no change (the totals count it).
 */
function fixChanges(context: JourneyContext): { newlyFixed: FixChange[]; leftUnfixed: FixChange[] } {
    const { after, pains, stageOf, fixersBefore, fixersAfter } = context;
    const oldOf = new Map(pains.pairs.map(pair => [pair.after, pair.before]));
    const newlyFixed: FixChange[] = [];
    const leftUnfixed: FixChange[] = [];
    for (const { pain, touchpoint } of painsOf(after)) {
        const where = { pain: pain.name, label: pain.label, touchpoint: touchpoint.name, stage: stageOf.get(touchpoint)!.name };
        const old = oldOf.get(pain);
        const fixedBefore = old ? fixersBefore.get(nameKey(old.name)) : undefined;
        const fixedAfter = fixersAfter.get(nameKey(pain.name));
        if (old && !fixedBefore && fixedAfter) {
            newlyFixed.push({ ...where, by: fixedAfter });
        } else if (!fixedAfter && (!old || fixedBefore)) {
            leftUnfixed.push({ ...where, by: fixedBefore ?? [], reason: old ? 'fix-removed' : 'added' });
        }
    }
    return { newlyFixed, leftUnfixed };
}
