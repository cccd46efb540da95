import type { Diagnostic } from 'vscode-languageserver';
import type { PreviewProblem } from '../../protocol/preview-data.js';

/** A diagnostic as plain data (its message as text, its code as a string), as the preview, a Markdown block and the CLI show it. */
export function problemOf(diagnostic: Diagnostic): PreviewProblem {
    return {
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        range: diagnostic.range
    };
}
