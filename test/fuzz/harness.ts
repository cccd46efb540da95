import type { LangiumDocument } from 'langium';
import { CancellationToken, ResponseError } from 'vscode-languageserver';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { Workspace } from '../../language/ast.js';
import { createJourneyServices, type JourneyServices } from '../../language/journey-module.js';
import { PreviewSupport } from '../../language/lsp/preview-support.js';
import { BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI } from '../../language/references/builtin-channels.js';
import { VIEW_NAMES } from '../../language/views/index.js';
import { memoryUri } from '../../language/workspace/load-workspace.js';

/**
 * One language instance for many fuzz cases: fixed files stay loaded, the file under test is replaced
 * for each case and the workspace rebuilt as the language server does after an edit (Langium's
 * DocumentBuilder.update), then every editor feature is called on it, at given positions.
 */
export class FuzzWorkspace {
    readonly services: JourneyServices;
    readonly preview: PreviewSupport;
    private readonly current = new Set<string>();

    private constructor() {
        this.services = createJourneyServices().journeyLanguage;
        this.preview = new PreviewSupport(this.services.shared);
    }

    /** A workspace holding `fixed` (name → text) besides the built-in channels. */
    static async create(fixed: Record<string, string> = {}): Promise<FuzzWorkspace> {
        const workspace = new FuzzWorkspace();
        const { LangiumDocuments, LangiumDocumentFactory } = workspace.services.shared.workspace;
        LangiumDocuments.addDocument(LangiumDocumentFactory.fromString(BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI));
        await workspace.set(fixed);
        return workspace;
    }

    /** Replaces the files given (name → text; undefined removes one) and rebuilds what they affect. */
    async set(files: Record<string, string | undefined>): Promise<Record<string, LangiumDocument<Workspace>>> {
        const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = this.services.shared.workspace;
        const uris = Object.keys(files).map(name => memoryUri(name));
        await DocumentBuilder.update([], uris.filter(uri => LangiumDocuments.hasDocument(uri)));
        const documents: Record<string, LangiumDocument<Workspace>> = {};
        for (const [name, text] of Object.entries(files)) {
            this.current.delete(name);
            if (text !== undefined) {
                documents[name] = LangiumDocumentFactory.fromString<Workspace>(text, memoryUri(name));
                LangiumDocuments.addDocument(documents[name]);
                this.current.add(name);
            }
        }
        await DocumentBuilder.update([], []);
        return documents;
    }

    document(name: string): LangiumDocument<Workspace> {
        return this.services.shared.workspace.LangiumDocuments.getDocument(memoryUri(name)) as LangiumDocument<Workspace>;
    }
}

/** A feature call that threw (a ResponseError meant for the user, such as a refused rename, is not a failure) or took too long. */
export interface FeatureFailure {
    feature: string;
    at?: Position;
    error: string;
}

/** Words that only appear in an answer when the code printed a missing value (names and labels of the fuzz cases never hold them). */
const LEAKS = /\b(undefined|NaN)\b|\[object Object\]/;

/** The first string of an answer (any depth) that shows a missing value, if any. */
export function leakedValue(value: unknown): string | undefined {
    const seen = JSON.stringify(value ?? null);
    const match = LEAKS.exec(seen);
    return match ? match[0] : undefined;
}

/**
 * What is wrong with a document's diagnostics: a message that shows a missing value (`Pain point \`undefined\``),
 * a range outside the document, an error without a code.
 */
export function diagnosticProblems(document: LangiumDocument): string[] {
    const lines = document.textDocument.lineCount;
    return (document.diagnostics ?? []).flatMap(diagnostic => {
        const problems: string[] = [];
        const { start, end } = diagnostic.range;
        const where = `${diagnostic.code} at ${start.line + 1}:${start.character + 1}`;
        if (leakedValue(diagnostic.message)) {
            problems.push(`${where}: the message shows a missing value: ${diagnostic.message}`);
        }
        if (start.line < 0 || end.line >= lines || start.line > end.line || (start.line === end.line && start.character > end.character) || [start.line, start.character, end.line, end.character].some(n => !Number.isInteger(n))) {
            problems.push(`${where}: range outside the document: ${JSON.stringify(diagnostic.range)}`);
        }
        if (!diagnostic.code && diagnostic.severity === 1) {
            problems.push(`error without a code at ${start.line + 1}:${start.character + 1}: ${diagnostic.message}`);
        }
        return problems;
    });
}

/** How long one feature call may take on a fuzz case (the documents are small: seconds mean a blow-up). */
export const FEATURE_BUDGET_MS = 5_000;

const RENAMES = ['renamed', 'chị_Hoa', 'two words', 'web', '', '1abc'];

/**
 * Calls every editor feature of the language on a built document: completion, hover, definition,
 * references, highlights, rename (prepare and do) at each position; formatting (whole and range),
 * code actions for each diagnostic, document and workspace symbols, folding, semantic tokens, inlay
 * hints; and the preview's requests (every view of every journey, elementAt, locate). Returns what failed.
 */
export async function exerciseFeatures(services: JourneyServices, preview: PreviewSupport, document: LangiumDocument, offsets: readonly number[]): Promise<FeatureFailure[]> {
    const failures: FeatureFailure[] = [];
    const lsp = services.lsp;
    const textDocument = { uri: document.uri.toString() };
    const text = document.textDocument.getText();
    const none = CancellationToken.None;
    async function call(feature: string, at: Position | undefined, run: () => unknown): Promise<unknown> {
        const started = performance.now();
        try {
            const result = await run();
            const leak = leakedValue(result);
            if (leak) {
                failures.push({ feature, at, error: `the answer shows ${leak}: ${JSON.stringify(result).slice(0, 2_000)}` });
            }
            return result;
        } catch (error) {
            if (!(error instanceof ResponseError)) {
                failures.push({ feature, at, error: (error as Error)?.stack ?? String(error) });
            }
            return undefined;
        } finally {
            const took = performance.now() - started;
            if (took > FEATURE_BUDGET_MS) {
                failures.push({ feature, at, error: `took ${Math.round(took)} ms` });
            }
        }
    }
    const positions = offsets.map(offset => document.textDocument.positionAt(offset % (text.length + 1)));
    for (const [i, position] of positions.entries()) {
        const params = { textDocument, position };
        await call('completion', position, () => lsp.CompletionProvider!.getCompletion(document, params, none));
        await call('hover', position, () => lsp.HoverProvider!.getHoverContent(document, params, none));
        await call('definition', position, () => lsp.DefinitionProvider!.getDefinition(document, params, none));
        await call('references', position, () => lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: true } }, none));
        await call('highlight', position, () => lsp.DocumentHighlightProvider!.getDocumentHighlight(document, params, none));
        await call('prepareRename', position, () => lsp.RenameProvider!.prepareRename(document, params, none));
        await call('rename', position, () => lsp.RenameProvider!.rename(document, { ...params, newName: RENAMES[i % RENAMES.length] }, none));
        await call('preview elementAt', position, () => preview.elementAt(textDocument.uri, position));
    }
    const whole: Range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    const options = { tabSize: 4, insertSpaces: true };
    await call('formatting', undefined, () => lsp.Formatter!.formatDocument(document, { textDocument, options }));
    if (positions.length >= 2) {
        const [a, b] = [positions[0], positions[1]].sort((x, y) => x.line - y.line || x.character - y.character);
        await call('range formatting', a, () => lsp.Formatter!.formatDocumentRange(document, { textDocument, options, range: { start: a, end: b } }));
        await call('semantic tokens (range)', a, () => lsp.SemanticTokenProvider!.semanticHighlightRange(document, { textDocument, range: { start: a, end: b } }, none));
    }
    const diagnostics: Diagnostic[] = document.diagnostics ?? [];
    for (const diagnostic of diagnostics.slice(0, 50)) {
        await call(`code actions (${diagnostic.code})`, diagnostic.range.start, () => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, none));
    }
    await call('code actions (all)', undefined, () => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics } }, none));
    await call('document symbols', undefined, () => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }, none));
    await call('workspace symbols', undefined, () => services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: text.slice(0, 3) }, none));
    await call('folding', undefined, () => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }, none));
    await call('semantic tokens', undefined, () => lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }, none));
    await call('inlay hints', undefined, () => lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole }, none));
    const first = (await call('preview diagram', undefined, () => preview.diagram(textDocument.uri))) as ReturnType<PreviewSupport['diagram']> | undefined;
    for (const journey of first?.journeys ?? []) {
        for (const view of VIEW_NAMES) {
            await call(`preview diagram ${journey.name} ${view}`, undefined, () => preview.diagram(textDocument.uri, journey.name, view));
        }
        for (const element of first?.elements ?? []) {
            await call('preview locate', undefined, () => preview.locate(textDocument.uri, journey.name, element.element));
        }
    }
    return failures;
}
