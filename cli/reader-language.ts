import { languageOfEnvironment, type Language } from '../language/locale.js';

/**
 * The reader's language, in which `render` and `diff` draw a map that does not say its own
 * (`language vi`): the POSIX environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
 */
export function readerLanguage(): Language {
    return languageOfEnvironment(process.env);
}
