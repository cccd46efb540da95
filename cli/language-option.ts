import { parseArgs } from 'node:util';
import { languageOfEnvironment, languageOfTag, LANGUAGES, type Language } from '../language/index.js';

/** The language the command speaks, and the command line without the option that chose it. */
export interface LanguageChoice {
    language: Language;
    args: string[];
    /** A `--lang` naming no language we speak (a usage error, said in the environment's language). */
    unknown?: string;
}

/**
 * `--lang en|vi` anywhere before `--` (taken out, so that every command accepts it), else the POSIX
 * environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them).
 */
export function chooseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): LanguageChoice {
    const fromEnvironment = languageOfEnvironment(env);
    const { tokens } = parseArgs({ args: [...argv], options: { lang: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
    const taken = new Set<number>();
    let written: string | undefined;
    for (const token of tokens) {
        if (token.kind === 'option' && token.name === 'lang') {
            taken.add(token.index);
            if (token.value !== undefined && !token.inlineValue) {
                taken.add(token.index + 1);
            }
            written = token.value ?? '';
        }
    }
    const args = argv.filter((_, index) => !taken.has(index));
    if (written === undefined) {
        return { language: fromEnvironment, args };
    }
    const language = LANGUAGES.find(candidate => candidate === languageOfTag(written));
    return language ? { language, args } : { language: fromEnvironment, args, unknown: written };
}
