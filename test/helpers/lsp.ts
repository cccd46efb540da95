import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Workspace } from '../../language/ast.js';
import { createJourneyServices, type JourneyServices } from '../../language/journey-module.js';
import { loadWorkspace, memoryUri } from '../../language/workspace/load-workspace.js';

export const CURSOR = '|';

export interface Cursor {
    services: JourneyServices;
    document: LangiumDocument<Workspace>;
    /** Every document of the workspace by file name. */
    documents: Record<string, LangiumDocument<Workspace>>;
    position: Position;
    params: { textDocument: { uri: string }; position: Position };
}

/**
 * Builds a workspace where one file's text marks a position with `|` (removed from the text),
 * for calling a language feature there as the editor would.
 */
export async function cursorIn(files: Record<string, string>, file = Object.keys(files)[0]): Promise<Cursor> {
    const marked = files[file];
    const offset = marked.indexOf(CURSOR);
    if (offset < 0) {
        throw new Error(`no ${CURSOR} in ${file}`);
    }
    const texts = { ...files, [file]: marked.slice(0, offset) + marked.slice(offset + 1) };
    const { journeyLanguage } = createJourneyServices();
    const names = Object.keys(texts);
    const loaded = await loadWorkspace(journeyLanguage, names.map(name => ({ uri: memoryUri(name), text: texts[name] })));
    const documents = Object.fromEntries(names.map((name, i) => [name, loaded[i]]));
    const document = documents[file];
    const position = document.textDocument.positionAt(offset);
    return { services: journeyLanguage, document, documents, position, params: { textDocument: { uri: document.uri.toString() }, position } };
}

/** The labels of the completion items at the cursor, in the order an editor shows them (by sortText, then label). */
export async function completionLabels(files: Record<string, string>, file?: string): Promise<string[]> {
    const items = await completionItems(files, file);
    return items.map(item => item.label);
}

export async function completionItems(files: Record<string, string>, file?: string) {
    const cursor = await cursorIn(files, file);
    const list = await cursor.services.lsp.CompletionProvider!.getCompletion(cursor.document, cursor.params);
    return [...(list?.items ?? [])].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}
