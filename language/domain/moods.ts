import { closestName } from './closest-name.js';

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
    return closestName(word, MOOD_SCORES.keys());
}
