import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import { DEFAULT_LANGUAGE, JourneyCompletionProvider, languageOfTag, speak, type Language } from '../language/index.js';

/**
 * The reader's language, from the `locale` the client sends at `initialize` (VS Code's display
 * language): the server's messages speak it; in a map that does not say its own language,
 * completion offers its moods and the preview draws in it.
 */
export function followReaderLanguage(shared: LangiumSharedServices, preview?: { readerLanguage: Language }): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        const reader = languageOfTag(params.locale) ?? DEFAULT_LANGUAGE;
        // Messages in the reader's language, before any document is read.
        speak(reader);
        if (preview) {
            preview.readerLanguage = reader;
        }
        for (const services of shared.ServiceRegistry.all) {
            const completion = (services as Partial<LangiumServices>).lsp?.CompletionProvider;
            if (completion instanceof JourneyCompletionProvider) {
                completion.readerLanguage = reader;
            }
        }
    });
}
