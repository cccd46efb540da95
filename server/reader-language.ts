import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import { DEFAULT_LANGUAGE, languageOfTag } from '../language/locale.js';
import { JourneyCompletionProvider } from '../language/lsp/journey-completion-provider.js';

/**
 * The reader's language, from the `locale` the client sends at `initialize` (VS Code's display
 * language): completion offers its moods in a map that does not say its own language. The preview
 * draws such a map in English for now (docs/views.md).
 */
export function followReaderLanguage(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        const reader = languageOfTag(params.locale) ?? DEFAULT_LANGUAGE;
        for (const services of shared.ServiceRegistry.all) {
            const completion = (services as Partial<LangiumServices>).lsp?.CompletionProvider;
            if (completion instanceof JourneyCompletionProvider) {
                completion.readerLanguage = reader;
            }
        }
    });
}
