import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { type DiagnosticCode, severityOf } from './diagnostic-codes.js';

/** Reports a diagnostic with its stable code and the severity the catalogue gives that code. */
export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: string, info: DiagnosticInfo<N>): void {
    accept(severityOf(code), message, { ...info, code });
}
