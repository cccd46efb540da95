/** The mood words of the language and the emotion score each stands for (reference, section 4). */
export const MOOD_SCORES: ReadonlyMap<string, number> = new Map([
    ['delighted', 5], ['happy', 5], ['excited', 5],
    ['relieved', 4], ['curious', 4], ['hopeful', 4], ['satisfied', 4],
    ['neutral', 3], ['unsure', 3],
    ['bored', 2], ['confused', 2], ['anxious', 2], ['impatient', 2], ['disappointed', 2],
    ['frustrated', 1], ['angry', 1]
]);

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export function moodScore(mood: string): number | undefined {
    return MOOD_SCORES.get(mood);
}

/** The known mood closest in spelling to `word` (for "did you mean" messages and quick fixes). */
export function closestMood(word: string): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const mood of MOOD_SCORES.keys()) {
        const distance = editDistance(word.toLowerCase(), mood);
        if (distance < bestDistance) {
            best = mood;
            bestDistance = distance;
        }
    }
    // Beyond half the word's length a suggestion is a guess, not a correction.
    return bestDistance <= Math.max(2, Math.floor(word.length / 2)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
