import { languageOfEnvironment, type Language } from '../language/index.js';

/** The language `--lang` or the environment chose (cli/language-option.ts), once main has read it. */
let chosen: Language | undefined;

export function useReaderLanguage(language: Language): void {
    chosen = language;
}

/**
 * The reader's language, in which `render` and `diff` draw a map that does not say its own
 * (`language vi`), and in which the CLI speaks: `--lang`, else the POSIX environment's (LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG).
 */
export function readerLanguage(): Language {
    return chosen ?? languageOfEnvironment(process.env);
}
