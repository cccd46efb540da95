import type { IToken, TokenType } from 'chevrotain';
import { moodScore } from '../domain/moods.js';
import { type KeywordTypoError, readAsMeant } from './keyword-typos.js';
import { spacedMoodMessage } from './syntax-messages.js';

/** The most words a mood has (`vui_sướng`: two); three are tried, to be safe. */
const MOST_WORDS = 3;

/**
 * A mood of several words typed with spaces (`emotion 2 lo lắng`, as the drawings show it) is read as
 * the mood meant (`lo_lắng`), with one syntax error that says how a mood is written, and its quick fix,
 * instead of an unknown mood `lo` and a stray `lắng` that ends the touchpoint. The first word's token
 * is widened over the words (so the error and its fix cover them all) and the others are left out.
 */
export function joinSpacedMoods(tokens: IToken[], emotion: TokenType | undefined, score: TokenType | undefined, id: TokenType | undefined): KeywordTypoError[] {
    const errors: KeywordTypoError[] = [];
    if (!emotion || !id) {
        return errors;
    }
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].tokenType !== emotion) {
            continue;
        }
        const line = tokens[i].startLine;
        const first = tokens[i + 1]?.tokenType === score ? i + 2 : i + 1;
        const words: IToken[] = [];
        for (let j = first; j < tokens.length && words.length < MOST_WORDS && tokens[j].tokenType === id && tokens[j].startLine === line; j++) {
            words.push(tokens[j]);
        }
        for (let count = words.length; count >= 2; count--) {
            const mood = words.slice(0, count).map(word => word.image).join('_');
            if (moodScore(mood) === undefined) {
                continue;
            }
            const [head, last] = [words[0], words[count - 1]];
            const written = words.slice(0, count).map(word => word.image).join(' ');
            Object.assign(head, { image: mood, endOffset: last.endOffset, endLine: last.endLine, endColumn: last.endColumn });
            tokens.splice(first + 1, count - 1);
            errors.push(readAsMeant(head, mood, spacedMoodMessage(written, mood)));
            break;
        }
    }
    return errors;
}
