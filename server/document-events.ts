import type { Connection } from 'vscode-languageserver/node';

/** The connection's text document notifications (open, change, close, save). */
const DOCUMENT_EVENTS = new Set(['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument',
    'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil', 'onDidSaveTextDocument']);

/**
 * The connection, where a text document notification whose `textDocument.uri` is not a string (or a
 * didOpen without a string text) is logged and dropped: Langium would make a document named
 * `[object Object]` of it, shown in other files' messages, or fail half-way through an update.
 */
export function dropMalformedDocumentEvents(connection: Connection, log: (message: string) => void): Connection {
    return new Proxy(connection, {
        get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver) as unknown;
            if (typeof property !== 'string' || !DOCUMENT_EVENTS.has(property) || typeof value !== 'function') {
                return value;
            }
            return (handler: (params: unknown, ...rest: unknown[]) => unknown) => value.call(target, (params: unknown, ...rest: unknown[]) => {
                const problem = malformed(property, params);
                if (problem) {
                    log(`[journey] ignored a ${property.replace(/^on/, '')} notification: ${problem}`);
                    return undefined;
                }
                return handler(params, ...rest);
            });
        }
    });
}

function malformed(event: string, params: unknown): string | undefined {
    const document = (params as { textDocument?: { uri?: unknown; text?: unknown } } | null)?.textDocument;
    if (typeof document !== 'object' || document === null) {
        return 'no textDocument';
    }
    if (typeof document.uri !== 'string') {
        return `its textDocument.uri is ${document.uri === null ? 'null' : typeof document.uri}, not a string`;
    }
    if (event === 'onDidOpenTextDocument' && typeof document.text !== 'string') {
        return 'its textDocument.text is not a string';
    }
    return undefined;
}
