import * as l10n from '@vscode/l10n';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * What a file shows when the language itself failed while checking it (a bug of ours, not a
 * mistake in the map): one error at its first line that says so, instead of a file whose problems
 * never come and whose requests never answer. The file is checked again on the next edit.
 */
export function buildFailureDiagnostic(error: unknown): Diagnostic {
    const reason = error instanceof Error ? error.message : String(error);
    return {
        severity: 1,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        source: 'journey',
        message: l10n.t('This file could not be checked: the journey language failed ({0}). Its problems are not shown until it is checked again, on its next edit. If it keeps happening, please report it with the file.', reason)
    };
}

/** The failure with its stack, for the server's log. */
export function describeFailure(error: unknown): string {
    return error instanceof Error ? error.stack ?? error.message : String(error);
}
