// The language of every message the server and the CLI write (diagnostics, hovers, completion
// details, quick fixes, the CLI's own words). Messages are written in English in the source, as
// `l10n.t('English text {0}', value)`; the English text is the key of its translation in the
// catalogue of each other language (l10n/bundle.l10n.<language>.json, the one the extension's
// `vscode.l10n` reads too). esbuild bundles the catalogue: nothing is read at run time.
import * as l10n from '@vscode/l10n';
import vietnamese from '../l10n/bundle.l10n.vi.json';
import type { Language } from './locale.js';

const CATALOGUES: Readonly<Record<Language, Record<string, string>>> = { en: {}, vi: vietnamese };

/** From now on, every `l10n.t` of this process speaks `language` (English: the source's own text). */
export function speak(language: Language): void {
    spoken = language;
    l10n.config({ contents: CATALOGUES[language] });
}

let spoken: Language = 'en';

/** The language `l10n.t` speaks now: for words that are data rather than messages (built-in channel labels). */
export function spokenLanguage(): Language {
    return spoken;
}
