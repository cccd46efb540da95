import * as l10n from '@vscode/l10n';

/**
 * Mermaid scores to emotion scores (whole numbers 1 to 5), one journey at a time:
 * - a score that is not a number (`X`, `high`) gives no emotion; an empty score is 0, as Mermaid reads it;
 * - when every number is within 1–5, each is kept (a fraction rounded to the nearest whole);
 * - when the largest is above 5, the journey is on another scale: 0–10 when its largest is at most 10,
 *   0–100 when at most 100; the scores are rescaled to 1–5 (0 → 1, the top of the scale → 5);
 * - otherwise (a 0 or a negative score on the 1–5 scale, or scores above 100) they are clamped to 1–5.
 */

export interface ScoredJourney {
    /** The emotion of each score, in the same order (undefined: not a number). */
    emotions: Array<number | undefined>;
    /** What was done to the numbers, for the user; undefined when they were kept as written. */
    change?: string;
}

/** The score Mermaid reads (JavaScript's `Number`: ` 5 ` is 5, an empty score 0), undefined when it is not a number. */
export function mermaidScore(written: string): number | undefined {
    const score = Number(written);
    return Number.isFinite(score) ? score : undefined;
}

const clamp = (score: number) => Math.min(5, Math.max(1, Math.round(score)));

export function importScores(written: readonly string[]): ScoredJourney {
    const numbers = written.map(mermaidScore);
    const known = numbers.filter((score): score is number => score !== undefined);
    const largest = Math.max(...known);
    const top = largest > 5 && largest <= 10 ? 10 : largest > 10 && largest <= 100 ? 100 : undefined;
    const emotions = numbers.map(score => score === undefined ? undefined : clamp(top === undefined ? score : 1 + 4 * Math.max(0, score) / top));
    const changed = known.some(score => !Number.isInteger(score) || score < 1 || score > 5);
    if (!changed) {
        return { emotions };
    }
    const before = known.join(', ');
    const after = emotions.filter(score => score !== undefined).join(', ');
    const change = top !== undefined
        ? l10n.t('scores {0} read as a 0–{1} scale and rescaled to 1–5: {2}', before, top, after)
        : known.some(score => score < 1 || score > 5)
            ? l10n.t('scores {0} brought into 1–5 (clamped): {1}', before, after)
            : l10n.t('scores {0} rounded to whole numbers: {1}', before, after);
    return { emotions, change };
}
