import type { EmotionLine } from '../generated/ast.js';
import { MAX_SCORE, MIN_SCORE, moodScore } from './moods.js';

/** A written score when it is a whole number from 1 to 5, else undefined. */
export function validScore(written: string | undefined): number | undefined {
    if (written === undefined || !/^-?\d+$/.test(written)) {
        return undefined;
    }
    const score = Number(written);
    return score >= MIN_SCORE && score <= MAX_SCORE ? score : undefined;
}

/** The score an emotion line stands for: its written score, or else its mood's score. */
export function emotionScore(line: EmotionLine): number | undefined {
    return validScore(line.score) ?? (line.mood ? moodScore(line.mood) : undefined);
}
