/**
 * The stable diagnostic codes of the language (reference, section 5; JM015 to JM018 are ours,
 * see docs/diagnostics.md). Editors and the CLI show the code; docs/diagnostics.md has an anchor per code.
 */
export type DiagnosticSeverityName = 'error' | 'warning' | 'info';

export const DIAGNOSTICS = {
    JM001: { severity: 'error', summary: 'syntax error' },
    JM002: { severity: 'error', summary: 'a reference names nothing in the workspace' },
    JM003: { severity: 'error', summary: 'a name is declared twice' },
    JM004: { severity: 'error', summary: 'emotion score outside 1..5, or an unknown mood word' },
    JM005: { severity: 'error', summary: "a touchpoint's persona is not one of its journey's personas" },
    JM006: { severity: 'warning', summary: "stages do not follow the journey's model" },
    JM007: { severity: 'warning', summary: 'a negative emotion with no pain point' },
    JM008: { severity: 'warning', summary: 'a pain point that no opportunity fixes' },
    JM009: { severity: 'warning', summary: 'more than two personas on one journey' },
    JM010: { severity: 'warning', summary: 'a stage with no touchpoints' },
    JM011: { severity: 'warning', summary: 'a blueprint touchpoint with neither frontstage nor backstage' },
    JM012: { severity: 'warning', summary: '`improves` on a journey that is not future, or naming one that is not current' },
    JM013: { severity: 'warning', summary: 'a score and a mood that disagree by more than one' },
    JM014: { severity: 'info', summary: 'a stage with more than seven touchpoints' },
    JM015: { severity: 'error', summary: 'a line that may appear once appears again' },
    JM016: { severity: 'error', summary: 'a journey with no persona' },
    JM017: { severity: 'warning', summary: 'a line that no view of this map type draws' },
    JM018: { severity: 'warning', summary: "a metric's number that can be read two ways (`85.000`, `1,400`)" }
} as const satisfies Record<string, { severity: DiagnosticSeverityName; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export function severityOf(code: DiagnosticCode): DiagnosticSeverityName {
    return DIAGNOSTICS[code].severity;
}
