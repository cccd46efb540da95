import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import type { JourneyServices } from '../journey-module.js';
import { formatParsed, formatParsedRange, type FormatEdit } from '../format/journey-format.js';

/**
 * The editor's "Format Document" and "Format Selection": the canonical layout of docs/formatting.md,
 * by the same code as `journey-map format`. The editor's tab size is ignored (the layout is canonical:
 * two spaces). A document with a syntax error gets no edits.
 */
export class JourneyFormatter implements Formatter {
    constructor(_services: JourneyServices) {}

    /** One edit per changed run of whitespace (or comment with trailing spaces); none when the document is canonical. */
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        const text = document.textDocument.getText();
        const outcome = formatParsed(text, document.parseResult);
        return outcome.ok ? toTextEdits(document.textDocument, outcome.edits) : [];
    }

    /** Formats the statements the range touches, whole; the rest of the document is left as it is. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const { start, end } = params.range;
        // A selection that ends at the start of a line (whole lines selected) does not touch that line.
        const endLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
        const edits = formatParsedRange(document.textDocument.getText(), document.parseResult, { startLine: start.line, endLine });
        return toTextEdits(document.textDocument, edits);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

function toTextEdits(document: LangiumDocument['textDocument'], edits: readonly FormatEdit[]): TextEdit[] {
    return edits.map(edit => ({
        range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
        newText: edit.newText
    }));
}
