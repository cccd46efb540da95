import type { Language } from '../locale.js';

/**
 * Letters only Vietnamese writes among the languages written in Latin script: ă, đ, ơ, ư, and vowels
 * with a dot below or a hook above, in any case (composed; labels are compared in NFC).
 */
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * The language a diagram's labels are written in, when they say it clearly: Vietnamese when at least
 * half of them hold a letter only Vietnamese writes (a Vietnamese label of a few words almost always
 * does; an English map that names "Đà Nẵng" once does not qualify). Otherwise undefined: the map then
 * says nothing and its reader's language decides.
 */
export function writtenLanguage(labels: readonly string[]): Language | undefined {
    const words = labels.filter(label => label.trim() !== '');
    const vietnamese = words.filter(label => VIETNAMESE_LETTER.test(label.normalize('NFC'))).length;
    return words.length > 0 && vietnamese * 2 >= words.length ? 'vi' : undefined;
}
