import * as l10n from '@vscode/l10n';
import type { AstNode, ValidationAcceptor, ValidationCheck } from 'langium';
import { isOperationCancelled, ValidationRegistry } from 'langium';

/**
 * Langium's registry, with checks wrapped so that a check that returns nothing (every check of
 * this language) runs and returns synchronously: Langium wraps each in an async function, which
 * made validating 10,000 touchpoints cost tens of thousands of promises and microtask turns
 * (profiled: a third of the validation time). A failing check still becomes an error diagnostic
 * on its node and is logged, as in Langium; a check that returns a promise is awaited as before.
 */
export class JourneyValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result instanceof Promise) {
                    return result.catch(error => reportFailure(error, accept, node));
                }
                return undefined;
            } catch (error) {
                reportFailure(error, accept, node);
                return undefined;
            }
        };
    }
}

function reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(error)) {
        throw error;
    }
    console.error('An error occurred during validation:', error);
    if (error instanceof Error && error.stack) {
        console.error(error.stack);
    }
    accept('error', l10n.t('An error occurred during validation: {0}', error instanceof Error ? error.message : String(error)), { node });
}
