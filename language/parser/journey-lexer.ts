import type { LexerResult, LexingDiagnostic, TokenizeOptions } from 'langium';
import { DefaultLexer } from 'langium';
import { isCurlyLabel } from './journey-token-builder.js';
import { curlyQuotesMessage } from './syntax-messages.js';

/**
 * Langium's lexer, which also reports each label written in curly quotes (`“…”`, `‘…’`): one syntax
 * error per label (JM001, with a quick fix to straight quotes), while the label reads as a label.
 */
export class JourneyLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const curly: LexingDiagnostic[] = [];
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && isCurlyLabel(token.image)) {
                curly.push({
                    offset: token.startOffset, length: token.image.length, line: token.startLine, column: token.startColumn,
                    message: curlyQuotesMessage(token.image[0], token.image[token.image.length - 1]), severity: 'error'
                });
            }
        }
        if (curly.length > 0) {
            result.report = { ...result.report, diagnostics: [...result.report?.diagnostics ?? [], ...curly] };
        }
        return result;
    }
}
