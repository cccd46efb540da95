import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { type DiagnosticCode, severityOf } from './diagnostic-codes.js';

/** The AST types that have a name. */
const NAMED_TYPES: ReadonlySet<string> = new Set(['Persona', 'Channel', 'Journey', 'Stage', 'Touchpoint', 'Pain', 'Opportunity']);

/**
 * Reports a diagnostic with its stable code and the severity the catalogue gives that code.
 * Nothing is reported about an element without its name: the parser made it while recovering from
 * a syntax error (a half-typed `pain` line), which JM001 already reports; a message about it
 * would only say "Pain point `undefined`" (found by test/fuzz).
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: string, info: DiagnosticInfo<N>): void {
    if (NAMED_TYPES.has(info.node.$type) && (info.node as AstNode & { name?: string }).name === undefined) {
        return;
    }
    accept(severityOf(code), message, { ...info, code });
}
