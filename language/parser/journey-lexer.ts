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
            const image = token.image;
            // Most labels are straight-quoted: two character tests before the pattern.
            if ((image.charCodeAt(0) !== 34 || image.charCodeAt(image.length - 1) !== 34) && token.tokenType.name === 'STRING' && isCurlyLabel(image)) {
                curly.push({
                    offset: token.startOffset, length: image.length, line: token.startLine, column: token.startColumn,
                    message: curlyQuotesMessage(image[0], image[image.length - 1]), severity: 'error'
                });
            }
        }
        if (curly.length > 0) {
            result.report = { ...result.report, diagnostics: [...result.report?.diagnostics ?? [], ...curly] };
        }
        return result;
    }
}
