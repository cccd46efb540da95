/**
 * "Did you mean": the known word closest to one a user wrote. One matcher for every suggestion of the
 * language: misspelt keywords (`touchpiont`), names of personas, channels, journeys and pain points
 * (`chi_Mai` for `chị_Mai`), moods (`curios`).
 *
 * Words are compared folded: Vietnamese tone and vowel marks dropped (`chị` → `chi`, `đ` → `d`), case
 * ignored, `-` and `_` alike. A folded match is the best suggestion; otherwise the closest by edit
 * distance (a swap of two neighbours counts one), within a distance that grows with the word; between
 * equally close names, the first in code-point order.
 */

/** The folded form of a word: no diacritics, `đ` as `d`, lower case, `-` as `_`. */
export function foldName(word: string): string {
    return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/-/g, '_');
}

/** How far a suggestion may be from the word: beyond this it is a guess, not a correction. */
function maxDistance(folded: string): number {
    // A word of one or two letters is only ever a folded match (`a` is not a typo for `b`).
    return folded.length <= 2 ? 0 : Math.min(3, Math.max(1, Math.floor(folded.length / 3)));
}

/** Longer words get no suggestion (a pasted paragraph is not a typo; and the comparison stays cheap). */
const MAX_WORD_LENGTH = 64;

/** The candidate closest to `word` (folded), or undefined when none is close enough; the word itself is never suggested. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
    if (word.length > MAX_WORD_LENGTH) {
        return undefined;
    }
    const folded = foldName(word);
    const limit = maxDistance(folded);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word || candidate.length > 2 * MAX_WORD_LENGTH) {
            continue;
        }
        const distance = editDistance(folded, foldName(candidate), Math.min(limit, bestDistance));
        // On a tie, the first in code-point order: the same suggestion whatever order the workspace lists names in.
        if (distance < bestDistance || (distance === bestDistance && distance !== Infinity && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : undefined;
}

/**
 * The optimal-string-alignment distance between a and b (insertions, deletions, substitutions and
 * swaps of neighbours, each one); any value above `limit` is returned as Infinity (cheap rejection).
 */
function editDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) {
        return Infinity;
    }
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, beforePrevious[j - 2] + 1);
            }
            current[j] = value;
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit) {
            return Infinity;
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length] <= limit ? previous[b.length] : Infinity;
}
