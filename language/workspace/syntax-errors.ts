import type { LangiumDocument } from 'langium';

/**
 * Whether a document has syntax errors (JM001: lexing, parsing, or a lexer report such as a label in
 * curly quotes). What such a file declares is not trusted against other files: its names count
 * neither as duplicates elsewhere (JM003) nor, when recovery lost a declaration, as missing (JM002).
 */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    const result = document.parseResult;
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0
        || (result.lexerReport?.diagnostics ?? []).some(diagnostic => (diagnostic.severity ?? 'error') === 'error');
}

/** Whether `name` stands in a document's text as a whole word (not inside a longer name). */
export function mentionsName(document: LangiumDocument, name: string): boolean {
    const text = document.textDocument.getText();
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!NAME_CHARACTER.test(text[at - 1] ?? ' ') && !NAME_CHARACTER.test(text[at + name.length] ?? ' ')) {
            return true;
        }
    }
    return false;
}

const NAME_CHARACTER = /^[\p{L}\p{M}\p{N}_-]$/u;
