import type { MatchedBy } from './diff-model.js';

/**
 * Matching the elements of two versions of a list (personas, journeys, stages, touchpoints…):
 * first by name, then the ones left by label ("renamed"), and, where the caller asks, by
 * similarity (a stage by the touchpoints it holds). Names and labels are compared after Unicode NFC
 * normalisation, labels also without surrounding spaces. Every step is deterministic: the same
 * inputs always give the same pairs.
 */

export interface Named {
    name: string;
    label: string;
}

export interface Pair<T> {
    before: T;
    after: T;
    by: MatchedBy;
}

export interface Matching<T> {
    /** In the order of the new version. */
    pairs: Array<Pair<T>>;
    /** Only in the old version, in its order. */
    removed: T[];
    /** Only in the new version, in its order. */
    added: T[];
}

export function nameKey(name: string): string {
    return name.normalize('NFC');
}

function labelKey(label: string): string | undefined {
    const key = label.normalize('NFC').trim();
    return key === '' ? undefined : key;
}

/**
 * Pairs elements with the same name; then, among those left, elements with the same label, the
 * k-th old one with that label with the k-th new one.
 */
export function matchByNameThenLabel<T extends Named>(before: readonly T[], after: readonly T[]): Matching<T> {
    const pairs = new Map<T, Pair<T>>();
    const taken = new Set<T>();
    const byName = new Map<string, T>();
    for (const element of before) {
        const key = nameKey(element.name);
        if (!byName.has(key)) {
            byName.set(key, element);
        }
    }
    for (const element of after) {
        const old = byName.get(nameKey(element.name));
        if (old && !taken.has(old)) {
            taken.add(old);
            pairs.set(element, { before: old, after: element, by: 'name' });
        }
    }
    const leftAfter = after.filter(element => !pairs.has(element));
    for (const old of before.filter(element => !taken.has(element))) {
        const key = labelKey(old.label);
        const found = key === undefined ? undefined : leftAfter.find(element => !pairs.has(element) && labelKey(element.label) === key);
        if (found) {
            taken.add(old);
            pairs.set(found, { before: old, after: found, by: 'label' });
        }
    }
    return finish(before, after, pairs, taken);
}

/**
 * Extends a matching: pairs the elements still unmatched by a similarity score (greater than 0),
 * the highest scores first, ties in the old order then the new order.
 */
export function matchRemaining<T>(matching: Matching<T>, before: readonly T[], after: readonly T[], score: (before: T, after: T) => number, by: MatchedBy): Matching<T> {
    const pairs = new Map<T, Pair<T>>(matching.pairs.map(pair => [pair.after, pair]));
    const taken = new Set<T>(matching.pairs.map(pair => pair.before));
    const candidates: Array<{ before: T; after: T; score: number; order: number }> = [];
    let order = 0;
    for (const old of matching.removed) {
        for (const element of matching.added) {
            const value = score(old, element);
            if (value > 0) {
                candidates.push({ before: old, after: element, score: value, order: order++ });
            }
        }
    }
    candidates.sort((a, b) => b.score - a.score || a.order - b.order);
    for (const candidate of candidates) {
        if (!taken.has(candidate.before) && !pairs.has(candidate.after)) {
            taken.add(candidate.before);
            pairs.set(candidate.after, { before: candidate.before, after: candidate.after, by });
        }
    }
    return finish(before, after, pairs, taken);
}

function finish<T>(before: readonly T[], after: readonly T[], pairs: Map<T, Pair<T>>, taken: Set<T>): Matching<T> {
    return {
        pairs: after.filter(element => pairs.has(element)).map(element => pairs.get(element)!),
        removed: before.filter(element => !taken.has(element)),
        added: after.filter(element => !pairs.has(element))
    };
}

/** One element of the merged order: in both versions, only the old one, or only the new one. */
export interface Merged<T> {
    before?: T;
    after?: T;
}

/**
 * The elements of both versions in one order: the new version's order, each removed element right
 * after the new counterpart of the old element that preceded it (at the start when none did).
 */
export function mergedOrder<T>(before: readonly T[], after: readonly T[], matching: Matching<T>): Array<Merged<T>> {
    const counterpart = new Map<T, T>(matching.pairs.map(pair => [pair.before, pair.after]));
    const oldOf = new Map<T, T>(matching.pairs.map(pair => [pair.after, pair.before]));
    const removed = new Set(matching.removed);
    const anchored = new Map<T | undefined, T[]>();
    let anchor: T | undefined;
    for (const element of before) {
        if (removed.has(element)) {
            anchored.set(anchor, [...(anchored.get(anchor) ?? []), element]);
        } else if (counterpart.has(element)) {
            anchor = counterpart.get(element);
        }
    }
    const merged: Array<Merged<T>> = (anchored.get(undefined) ?? []).map(element => ({ before: element }));
    for (const element of after) {
        merged.push(oldOf.has(element) ? { before: oldOf.get(element), after: element } : { after: element });
        merged.push(...(anchored.get(element) ?? []).map(old => ({ before: old })));
    }
    return merged;
}

/** Old name → new name for the pairs whose name changed. */
export function renames<T extends Named>(matching: Matching<T>): Map<string, string> {
    return new Map(matching.pairs
        .filter(pair => nameKey(pair.before.name) !== nameKey(pair.after.name))
        .map(pair => [nameKey(pair.before.name), pair.after.name]));
}
