import type { LangiumSharedServices } from 'langium/lsp';
import { DEFAULT_LANGUAGE, languageOfTag, speak, type Language } from '../language/index.js';

/**
 * The reader's language, from the `locale` the client sends at `initialize` (VS Code's display
 * language): the server's messages speak it, and so do the moods that messages list and completion
 * offers in a map that does not say its own language (`spokenLanguage`); the preview draws in it.
 */
export function followReaderLanguage(shared: LangiumSharedServices, preview?: { readerLanguage: Language }): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        const reader = languageOfTag(params.locale) ?? DEFAULT_LANGUAGE;
        // Messages in the reader's language, before any document is read.
        speak(reader);
        if (preview) {
            preview.readerLanguage = reader;
        }
    });
}
