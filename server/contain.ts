import { isOperationCancelled } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ResponseError } from 'vscode-languageserver';

/**
 * Crash containment (docs/reliability.md): an exception inside an editor feature is written to the
 * server's log and the request is answered with an empty result, so a bug in one feature never
 * reaches the user as an error pop-up, and never stops the server. Langium already catches what a
 * provider throws, but answers it as a JSON-RPC error and logs nothing; a failing validation check
 * it turns into a diagnostic and a log line itself.
 *
 * Errors meant for the user pass through: a ResponseError (a refused rename says why) and a
 * cancellation (the editor asked for it).
 */

/** The methods the language server calls for requests, per provider of the language (`services.lsp`). */
const LANGUAGE_ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
    CompletionProvider: ['getCompletion'],
    HoverProvider: ['getHoverContent'],
    DefinitionProvider: ['getDefinition'],
    TypeProvider: ['getTypeDefinition'],
    ImplementationProvider: ['getImplementation'],
    DeclarationProvider: ['getDeclaration'],
    ReferencesProvider: ['findReferences'],
    DocumentHighlightProvider: ['getDocumentHighlight'],
    DocumentSymbolProvider: ['getSymbols'],
    FoldingRangeProvider: ['getFoldingRanges'],
    Formatter: ['formatDocument', 'formatDocumentRange', 'formatDocumentOnType'],
    CodeActionProvider: ['getCodeActions'],
    RenameProvider: ['rename', 'prepareRename'],
    SemanticTokenProvider: ['semanticHighlight', 'semanticHighlightRange', 'semanticHighlightDelta'],
    InlayHintProvider: ['getInlayHints'],
    SignatureHelp: ['provideSignatureHelp'],
    CodeLensProvider: ['provideCodeLens'],
    DocumentLinkProvider: ['getDocumentLinks']
};

/** The same for the shared providers (`shared.lsp`). */
const SHARED_ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
    WorkspaceSymbolProvider: ['getSymbols', 'resolveSymbol']
};

export interface ContainmentOptions {
    /** Where failures are written: the server's log (the editor's output channel). */
    log(message: string): void;
    /**
     * Test hook (JOURNEY_TEST_FAULT, read by server/main.ts only): the entry points that throw on
     * purpose, as `Provider.method`, `Provider` (all its methods), `journey/diagrams` (a preview
     * request) or `all`.
     */
    faults?: readonly string[];
}

/** Contains failures of the server's request handlers: see the top of this file. */
export class Containment {
    private readonly faults: ReadonlySet<string>;

    constructor(private readonly options: ContainmentOptions) {
        this.faults = new Set(options.faults ?? []);
    }

    /** Wraps the entry points of every provider of every language, and of the shared providers. */
    containProviders(shared: LangiumSharedServices): void {
        for (const language of shared.ServiceRegistry.all) {
            const lsp = (language as { lsp?: Record<string, unknown> }).lsp;
            for (const [name, methods] of Object.entries(LANGUAGE_ENTRY_POINTS)) {
                this.wrapMethods(name, lsp?.[name], methods);
            }
        }
        for (const [name, methods] of Object.entries(SHARED_ENTRY_POINTS)) {
            this.wrapMethods(name, (shared.lsp as unknown as Record<string, unknown>)[name], methods);
        }
    }

    /**
     * Runs `action` (sync or async); if it throws, logs the failure under `name` and answers
     * `fallback()` instead. ResponseErrors and cancellations are passed on.
     */
    run<T>(name: string, fallback: () => T, action: () => T, about?: string): T {
        const failed = (error: unknown): T => {
            if (error instanceof ResponseError || isOperationCancelled(error)) {
                throw error;
            }
            const detail = error instanceof Error ? error.stack ?? error.message : String(error);
            this.options.log(`[journey] ${name} failed${about ? ` on ${about}` : ''}; answered with an empty result. ${detail}`);
            return fallback();
        };
        try {
            if (this.injected(name)) {
                throw new Error(`JOURNEY_TEST_FAULT: injected failure in ${name}`);
            }
            const result = action();
            if (isThenable(result)) {
                return result.then(value => value, failed) as T;
            }
            return result;
        } catch (error) {
            return failed(error);
        }
    }

    private injected(name: string): boolean {
        return this.faults.size > 0 && (this.faults.has('all') || this.faults.has(name) || this.faults.has(name.split('.')[0]));
    }

    private wrapMethods(provider: string, instance: unknown, methods: readonly string[]): void {
        if (!instance || typeof instance !== 'object') {
            return;
        }
        const target = instance as Record<string, unknown>;
        for (const method of methods) {
            const original = target[method];
            if (typeof original !== 'function') {
                continue;
            }
            // Each answer type accepts `null`; Langium's handlers turn `undefined` into it.
            target[method] = (...args: unknown[]) => this.run(`${provider}.${method}`, () => undefined,
                () => (original as (...a: unknown[]) => unknown).apply(instance, args), documentOf(args[0]));
        }
    }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
    return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

/** The URI of the document a provider was called on, for the log. */
function documentOf(argument: unknown): string | undefined {
    const uri = (argument as { uri?: { toString(): string } } | undefined)?.uri;
    return uri ? uri.toString() : undefined;
}
