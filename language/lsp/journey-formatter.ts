import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver-protocol';
import type { JourneyServices } from '../journey-module.js';

/** Placeholder: the canonical formatter (reference, section 7) replaces this. */
export class JourneyFormatter implements Formatter {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    constructor(_services: JourneyServices) {}
    formatDocument(_document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> { return []; }
    formatDocumentRange(_document: LangiumDocument, _params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> { return []; }
    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> { return []; }
    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined { return undefined; }
}
