import * as l10n from '@vscode/l10n';
import type { ValidationAcceptor } from 'langium';
import type { EmotionLine, Touchpoint } from '../generated/ast.js';
import { isEmotionLine, isPain } from '../generated/ast.js';
import { emotionScore, validScore } from '../domain/emotion.js';
import { moodsAt } from '../ast-helpers.js';
import { closestMood, moodScore } from '../domain/moods.js';
import { report } from './report.js';

/** JM004 (score or mood not valid), JM013 (score and mood disagree), JM007 (negative emotion without a pain point). */
export class EmotionChecks {
    checkEmotion(line: EmotionLine, accept: ValidationAcceptor): void {
        if (line.score !== undefined && validScore(line.score) === undefined) {
            report(accept, 'JM004', l10n.t('An emotion score is a whole number from 1 (very negative) to 5 (very positive), not `{0}`.', line.score),
                { node: line, property: 'score' });
        }
        if (line.mood !== undefined && moodScore(line.mood) === undefined) {
            const suggestion = closestMood(line.mood);
            const hint = suggestion ? ` ${l10n.t('Did you mean `{0}`?', suggestion)}` : '';
            report(accept, 'JM004', `${l10n.t('Unknown mood `{0}`.', line.mood)}${hint} ${l10n.t('Moods: {0}.', [...moodsAt(line).keys()].join(', '))}`,
                { node: line, property: 'mood' });
        }
        const score = validScore(line.score);
        const fromMood = line.mood ? moodScore(line.mood) : undefined;
        if (score !== undefined && fromMood !== undefined && Math.abs(score - fromMood) > 1) {
            report(accept, 'JM013', l10n.t('Score {0} and mood `{1}` ({2}) disagree: align one with the other.', score, line.mood!, fromMood),
                { node: line, property: 'mood' });
        }
    }

    checkNegativeEmotionHasPain(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        const emotion = touchpoint.lines.find(isEmotionLine);
        const score = emotion ? emotionScore(emotion) : undefined;
        if (emotion && score !== undefined && score <= 2 && !touchpoint.lines.some(isPain)) {
            report(accept, 'JM007',
                l10n.t('Emotion {0} with no pain point: where there is a negative emotion, there is a pain point that causes it. Add `pain NAME "…"`.', score),
                { node: emotion });
        }
    }
}
