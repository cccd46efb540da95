import * as l10n from '@vscode/l10n';
import type { Diagnostic } from 'vscode-languageserver';
import type { LoadedFiles } from './load-journey-files.js';
import type { JourneyFile } from './collect-files.js';
import { printable, printablePath, problemOf } from '../language/index.js';

export type SeverityWord = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic as the CLI reports it: 1-based line and column. */
export interface ReportedDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityWord;
    code: string;
    message: string;
}

const SEVERITY_WORDS: Record<number, SeverityWord> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** The diagnostics of the files loaded, or of those of them in `only` (the files a user named). */
export function reportedDiagnostics(loaded: LoadedFiles, only?: readonly JourneyFile[]): ReportedDiagnostic[] {
    const wanted = only && new Set(only.map(file => file.absolute));
    return loaded.files.filter(({ file }) => !wanted || wanted.has(file.absolute)).flatMap(({ file, document }) => (document.diagnostics ?? [])
        .map(diagnostic => toReported(file.display, diagnostic))
        .sort((a, b) => a.line - b.line || a.column - b.column));
}

function toReported(file: string, diagnostic: Diagnostic): ReportedDiagnostic {
    const { message, code, range: { start, end } } = problemOf(diagnostic);
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: SEVERITY_WORDS[diagnostic.severity ?? 1],
        code: code ?? '',
        message
    };
}

export function formatText(diagnostics: readonly ReportedDiagnostic[], fileCount: number, color: boolean): string {
    const paint = (code: number, text: string) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const colors: Record<SeverityWord, number> = { error: 31, warning: 33, info: 36, hint: 90 };
    // File names and messages (which quote the user's tokens) are printable: no control character reaches the terminal or the CI log.
    const lines = diagnostics.map(d => `${printablePath(d.file)}:${d.line}:${d.column}: ${paint(colors[d.severity], SHOWN_SEVERITY[d.severity]())} ${d.code} ${printable(d.message)}`);
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    const counted = (count: number, one: string, many: string) => count === 1 ? one : many;
    lines.push(l10n.t('{0}, {1} in {2}',
        counted(errors, l10n.t('1 error'), l10n.t('{0} errors', errors)),
        counted(warnings, l10n.t('1 warning'), l10n.t('{0} warnings', warnings)),
        counted(fileCount, l10n.t('1 file'), l10n.t('{0} files', fileCount))));
    return lines.join('\n') + '\n';
}

/** A severity as the text format shows it, in the reader's language (JSON keeps the English word). */
export const SHOWN_SEVERITY: Readonly<Record<SeverityWord, () => string>> = {
    error: () => l10n.t('error'),
    warning: () => l10n.t('warning'),
    info: () => l10n.t('info'),
    hint: () => l10n.t('hint')
};

/** Prints a note (a file or folder left out) on standard error, on one printable line. */
export function noteTo(io: { err(text: string): void }): (text: string) => void {
    return text => io.err(`journey-map: ${l10n.t('note: {0}', printable(text))}\n`);
}
