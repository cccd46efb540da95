import type { EmotionModel, MetricModel } from '../model/journey-model.js';
import type { EmotionValue, FieldChange, FieldName } from './diff-model.js';
import { nameKey } from './match.js';

/**
 * Comparing one field of an element in two versions. Texts and names are compared after Unicode NFC
 * normalisation (the same text typed in decomposed form is no change). Each function returns the
 * change, or undefined when the field did not change.
 */

/** A text (label, description, owner, time…) or a single name (type, model, impact…). */
export function compareText(field: FieldName, before: string | undefined, after: string | undefined): FieldChange | undefined {
    const same = before === undefined || after === undefined ? before === after : nameKey(before) === nameKey(after);
    return same ? undefined : { field, before: before ?? null, after: after ?? null };
}

/** A single name that refers to an element which may have been renamed (a channel, an improved journey). */
export function compareReference(field: FieldName, before: string | undefined, after: string | undefined, renamed: ReadonlyMap<string, string>): FieldChange | undefined {
    const followed = before === undefined ? undefined : renamed.get(nameKey(before)) ?? before;
    return compareText(field, followed, after) ? { field, before: before ?? null, after: after ?? null } : undefined;
}

/**
 * A list of texts in the order written (actions, thoughts, goals, barriers, lanes…): changed when
 * the texts or their order differ; `added` and `removed` count repeated texts.
 */
export function compareTexts(field: FieldName, before: readonly string[], after: readonly string[]): FieldChange | undefined {
    const keysBefore = before.map(nameKey);
    const keysAfter = after.map(nameKey);
    if (keysBefore.length === keysAfter.length && keysBefore.every((key, i) => key === keysAfter[i])) {
        return undefined;
    }
    return { field, before: [...before], after: [...after], added: minus(after, keysBefore), removed: minus(before, keysAfter) };
}

/** The items of `list` not in `other` (as many times as they occur more often in `list`). */
function minus(list: readonly string[], otherKeys: readonly string[]): string[] {
    const left = new Map<string, number>();
    for (const key of otherKeys) {
        left.set(key, (left.get(key) ?? 0) + 1);
    }
    return list.filter(item => {
        const count = left.get(nameKey(item)) ?? 0;
        left.set(nameKey(item), count - 1);
        return count <= 0;
    });
}

/**
 * A set of names that refer to elements which may have been renamed (personas, pain points fixed):
 * the order does not count, and an old name is followed through its rename.
 */
export function compareNames(field: FieldName, before: readonly string[], after: readonly string[], renamed: ReadonlyMap<string, string>): FieldChange | undefined {
    const follow = (name: string) => nameKey(renamed.get(nameKey(name)) ?? name);
    const followedBefore = new Set(before.map(follow));
    const keysAfter = new Set(after.map(nameKey));
    const added = after.filter(name => !followedBefore.has(nameKey(name)));
    const removed = before.filter(name => !keysAfter.has(follow(name)));
    return added.length + removed.length === 0 ? undefined : { field, before: [...before], after: [...after], added, removed };
}

export function emotionValue(emotion: EmotionModel | undefined): EmotionValue | null {
    return emotion ? { score: emotion.score ?? null, mood: emotion.mood ?? null } : null;
}

export function compareEmotion(before: EmotionModel | undefined, after: EmotionModel | undefined): FieldChange | undefined {
    const a = emotionValue(before);
    const b = emotionValue(after);
    const same = a === null || b === null ? a === b : a.score === b.score && a.mood === b.mood;
    return same ? undefined : { field: 'emotion', before: a, after: b };
}

/** A metric as compared and shown: `drop_off 38%`. */
export function metricText(metric: MetricModel): string {
    return `${metric.name} ${metric.text}`;
}

export function compareMetrics(before: readonly MetricModel[], after: readonly MetricModel[]): FieldChange | undefined {
    return compareTexts('metrics', before.map(metricText), after.map(metricText));
}

/** The defined changes, in the order given. */
export function changes(...list: Array<FieldChange | undefined>): FieldChange[] {
    return list.filter((change): change is FieldChange => change !== undefined);
}
