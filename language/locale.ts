// The languages the tool speaks, and how a reader's locale names one of them. Shared by the server
// (the `locale` VS Code sends at `initialize`), the CLI (the POSIX environment and `--lang`) and the
// views (a map's own language, else the reader's).

export const LANGUAGES = ['en', 'vi'] as const;
export type Language = typeof LANGUAGES[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The language a locale tag names ("vi", "vi-VN", "vi_VN.UTF-8", "en-US"), or undefined if we do not speak it. */
export function languageOfTag(tag: string | undefined): Language | undefined {
    const primary = tag?.trim().split(/[-_.@]/)[0]?.toLowerCase();
    return LANGUAGES.find(language => language === primary);
}

/**
 * The reader's language from the POSIX environment, as gettext reads it: LANGUAGE (a colon-separated
 * list of preferences) unless the locale is C/POSIX, then LC_ALL, LC_MESSAGES, LANG. English when none
 * names a language we speak.
 */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
    const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value !== undefined && value !== '');
    const posixOnly = locale === undefined || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.');
    if (!posixOnly && env.LANGUAGE) {
        for (const preference of env.LANGUAGE.split(':')) {
            const language = languageOfTag(preference);
            if (language) return language;
        }
    }
    return languageOfTag(locale) ?? DEFAULT_LANGUAGE;
}
