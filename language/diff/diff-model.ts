import type { Level, MapType } from '../model/journey-model.js';

/**
 * The semantic diff of two workspaces: what a change to the maps means, computed from two plain
 * JourneyModels. This is also the JSON shape `journey-map diff --format json` prints (docs/diff.md);
 * DIFF_VERSION is raised when a field changes meaning or goes away.
 *
 * Conventions: `name` and `label` are those of the new version (of the old one for a removed
 * element); only elements that changed are listed; lists follow the order of the maps (journeys in
 * workspace order, then stages, touchpoints, pain points and opportunities in the order written, a
 * removed element where it stood); absent values are `null`.
 */

export const DIFF_VERSION = 1;

export type ChangeKind = 'added' | 'removed' | 'changed';

/** How an element of the old version was found in the new one. */
export type MatchedBy = 'name' | 'label' | 'touchpoints';

export interface EmotionValue {
    score: number | null;
    mood: string | null;
}

/** A field's value: a text or a name, a list of texts or names, an emotion; null when absent. */
export type FieldValue = string | string[] | EmotionValue | null;

export type FieldName =
    // every element
    | 'label'
    // personas
    | 'description' | 'goals' | 'needs' | 'frustrations' | 'quotes'
    // channels
    | 'kind'
    // journeys (also `goals`; `order` is the order of the stages)
    | 'type' | 'personas' | 'model' | 'research' | 'improves' | 'order'
    // touchpoints (also `personas`; on a stage, `order` is the order of its touchpoints)
    | 'channel' | 'actions' | 'thoughts' | 'emotion' | 'barriers' | 'metrics'
    | 'frontstage' | 'backstage' | 'support' | 'evidence' | 'time'
    // pain points
    | 'severity'
    // opportunities
    | 'fixes' | 'owner' | 'impact' | 'resources';

export interface FieldChange {
    field: FieldName;
    before: FieldValue;
    after: FieldValue;
    /**
     * List fields only: the items of `after` not in `before`, and those of `before` not in `after`
     * (names followed through renames: a renamed persona is not a change of `personas`). Both empty
     * when only the order changed.
     */
    added?: string[];
    removed?: string[];
}

export interface ElementChange {
    change: ChangeKind;
    name: string;
    label: string;
    /** A changed element matched by label (or, for a stage, by its touchpoints): its old name. */
    renamedFrom?: string;
    /** Changed elements only. */
    matchedBy?: MatchedBy;
    /** Changed elements only: the fields that differ, in a fixed order. Empty for added and removed ones. */
    fields: FieldChange[];
}

export type PersonaChange = ElementChange;
export type ChannelChange = ElementChange & { kind: string };
export type StageChange = ElementChange;

export interface TouchpointChange extends ElementChange {
    /** The stage it stands in (the old stage for a removed touchpoint). */
    stage: string;
    /** Moved to another stage: the old stage's name. */
    movedFrom?: string;
    /** Its emotion (the old one for a removed touchpoint). */
    emotion: EmotionValue | null;
}

export interface PainChange extends ElementChange {
    /** The touchpoint and stage it belongs to (the old ones for a removed pain point). */
    touchpoint: string;
    stage: string;
    /** Moved to another touchpoint: the old touchpoint's name. */
    movedFrom?: string;
    severity: Level | null;
    /** The opportunities that fix it (in the old version for a removed pain point). */
    fixedBy: string[];
}

export interface OpportunityChange extends ElementChange {
    /** The pain points it fixes (in the old version for a removed opportunity). */
    fixes: string[];
}

/** A pain point whose fix status changed. */
export interface FixChange {
    pain: string;
    label: string;
    touchpoint: string;
    stage: string;
    /** The opportunities fixing it now (newly fixed) or before (left unfixed). */
    by: string[];
    /** Left unfixed only: `added` a new pain point no opportunity fixes; `fix-removed` it was fixed before. */
    reason?: 'added' | 'fix-removed';
}

export interface BeforeAfter<T> {
    before: T;
    after: T;
}

export interface JourneyTotals {
    /** Average emotion score of the touchpoints that have one, rounded to 2 decimals; null when none has (or the journey is absent). */
    averageEmotion: BeforeAfter<number | null>;
    /** Number of touchpoints, of pain points, and of pain points no opportunity fixes; null when the journey is absent. */
    touchpoints: BeforeAfter<number | null>;
    pains: BeforeAfter<number | null>;
    unfixedPains: BeforeAfter<number | null>;
}

export interface JourneyChange extends ElementChange {
    type: MapType;
    /**
     * For a changed journey, the changes inside it; for an added or removed journey these lists are
     * empty (the journey is new or gone as a whole; its totals tell its size).
     */
    stages: StageChange[];
    touchpoints: TouchpointChange[];
    pains: PainChange[];
    opportunities: OpportunityChange[];
    /** Pain points of the new version that an opportunity now fixes, and those the change leaves unfixed. */
    newlyFixed: FixChange[];
    leftUnfixed: FixChange[];
    /** Whether a touchpoint found in both versions has a different emotion score. */
    emotionsChanged: boolean;
    totals: JourneyTotals;
}

export interface ChangeCounts {
    added: number;
    removed: number;
    changed: number;
}

export interface DiffSummary {
    personas: ChangeCounts;
    channels: ChangeCounts;
    journeys: ChangeCounts & { unchanged: number };
    stages: ChangeCounts;
    touchpoints: ChangeCounts;
    pains: ChangeCounts;
    opportunities: ChangeCounts;
}

export interface WorkspaceDiff {
    version: typeof DIFF_VERSION;
    /** Whether anything differs (what `--exit-code` reports). */
    changed: boolean;
    summary: DiffSummary;
    personas: PersonaChange[];
    /** Declared channels only: a built-in channel is not compared (declaring one with a built-in name is an addition). */
    channels: ChannelChange[];
    journeys: JourneyChange[];
}
