import type { Language } from '../locale.js';
import { closestName } from './closest-name.js';

/** The mood words of the language and the emotion score each stands for (reference, section 4). */
export const MOOD_SCORES: ReadonlyMap<string, number> = new Map([
    ['delighted', 5], ['happy', 5], ['excited', 5],
    ['relieved', 4], ['curious', 4], ['hopeful', 4], ['satisfied', 4],
    ['neutral', 3], ['unsure', 3],
    ['bored', 2], ['confused', 2], ['anxious', 2], ['impatient', 2], ['disappointed', 2],
    ['frustrated', 1], ['angry', 1]
]);

/**
 * The Vietnamese mood of each English mood, with the same score, written as a name is (`_` between
 * words): a map may use either vocabulary, and a Vietnamese map's drawings show an English mood in Vietnamese.
 */
export const VIETNAMESE_MOODS: ReadonlyMap<string, string> = new Map([
    ['delighted', 'vui_sướng'], ['happy', 'vui'], ['excited', 'hào_hứng'],
    ['relieved', 'nhẹ_nhõm'], ['curious', 'tò_mò'], ['hopeful', 'hy_vọng'], ['satisfied', 'hài_lòng'],
    ['neutral', 'bình_thường'], ['unsure', 'phân_vân'],
    ['bored', 'chán'], ['confused', 'bối_rối'], ['anxious', 'lo_lắng'], ['impatient', 'sốt_ruột'], ['disappointed', 'thất_vọng'],
    ['frustrated', 'bực_bội'], ['angry', 'tức_giận']
]);

/** The Vietnamese moods and their scores, in the order of the English ones. */
export const VIETNAMESE_MOOD_SCORES: ReadonlyMap<string, number> = new Map(
    [...VIETNAMESE_MOODS].map(([english, vietnamese]) => [vietnamese, MOOD_SCORES.get(english)!]));

/** The moods of each language, with their scores. */
export const MOODS_OF_LANGUAGE: Readonly<Record<Language, ReadonlyMap<string, number>>> = { en: MOOD_SCORES, vi: VIETNAMESE_MOOD_SCORES };

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** A mood's score in either vocabulary (a Vietnamese word typed with decomposed accents too). */
export function moodScore(mood: string): number | undefined {
    const word = mood.normalize('NFC');
    return MOOD_SCORES.get(word) ?? VIETNAMESE_MOOD_SCORES.get(word);
}

/** The known mood closest in spelling to `word` (for "did you mean" messages and quick fixes). */
export function closestMood(word: string): string | undefined {
    return closestName(word.normalize('NFC'), [...MOOD_SCORES.keys(), ...VIETNAMESE_MOOD_SCORES.keys()]);
}

/**
 * A mood as a drawing in `language` shows it: an English mood in Vietnamese on a Vietnamese map, any
 * other as written, with spaces between its words (`lo_lắng` is read "lo lắng").
 */
export function moodIn(mood: string, language: Language): string {
    return wordsOf(language === 'vi' ? VIETNAMESE_MOODS.get(mood) ?? mood : mood);
}

/** A name written with `_` between its words (a mood, a metric) as a reader reads it: with spaces. */
export function wordsOf(name: string): string {
    return name.replace(/_+/g, ' ').trim() || name;
}
