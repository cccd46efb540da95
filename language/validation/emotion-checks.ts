import type { ValidationAcceptor } from 'langium';
import type { EmotionLine, Touchpoint } from '../generated/ast.js';
import { isEmotionLine, isPain } from '../generated/ast.js';
import { emotionScore, validScore } from '../domain/emotion.js';
import { closestMood, MOOD_SCORES, moodScore } from '../domain/moods.js';
import { report } from './report.js';

/** JM004 (score or mood not valid), JM013 (score and mood disagree), JM007 (negative emotion without a pain point). */
export class EmotionChecks {
    checkEmotion(line: EmotionLine, accept: ValidationAcceptor): void {
        if (line.score !== undefined && validScore(line.score) === undefined) {
            report(accept, 'JM004', `An emotion score is a whole number from 1 (very negative) to 5 (very positive), not \`${line.score}\`.`,
                { node: line, property: 'score' });
        }
        if (line.mood !== undefined && moodScore(line.mood) === undefined) {
            const suggestion = closestMood(line.mood);
            const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
            report(accept, 'JM004', `Unknown mood \`${line.mood}\`.${hint} Moods: ${[...MOOD_SCORES.keys()].join(', ')}.`,
                { node: line, property: 'mood' });
        }
        const score = validScore(line.score);
        const fromMood = line.mood ? moodScore(line.mood) : undefined;
        if (score !== undefined && fromMood !== undefined && Math.abs(score - fromMood) > 1) {
            report(accept, 'JM013', `Score ${score} and mood \`${line.mood}\` (${fromMood}) disagree: align one with the other.`,
                { node: line, property: 'mood' });
        }
    }

    checkNegativeEmotionHasPain(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        const emotion = touchpoint.lines.find(isEmotionLine);
        const score = emotion ? emotionScore(emotion) : undefined;
        if (emotion && score !== undefined && score <= 2 && !touchpoint.lines.some(isPain)) {
            report(accept, 'JM007',
                `Emotion ${score} with no pain point: where there is a negative emotion, there is a pain point that causes it. Add \`pain NAME "…"\`.`,
                { node: emotion });
        }
    }
}
