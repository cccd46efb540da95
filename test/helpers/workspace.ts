import { expect } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumDocument } from 'langium';
import type { Workspace } from '../../language/ast.js';
import { createJourneyServices, type JourneyServices } from '../../language/journey-module.js';
import { buildJourneyModel } from '../../language/model/build-model.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { loadWorkspace, memoryUri } from '../../language/workspace/load-workspace.js';

export interface LoadedWorkspace {
    services: JourneyServices;
    documents: Record<string, LangiumDocument<Workspace>>;
    /** Diagnostics of one file, or of all files. */
    diagnostics(file?: string): Diagnostic[];
    /** The codes of the diagnostics of all files, e.g. ['JM002', 'JM008']. */
    codes(): string[];
}

/** Builds in-memory files (name → text) as one workspace, as the editor and the CLI do. */
export async function workspaceOf(files: Record<string, string>): Promise<LoadedWorkspace> {
    const { journeyLanguage } = createJourneyServices();
    const names = Object.keys(files);
    const loaded = await loadWorkspace(journeyLanguage, names.map(name => ({ uri: memoryUri(name), text: files[name] })));
    const documents = Object.fromEntries(names.map((name, i) => [name, loaded[i]]));
    const diagnostics = (file?: string) => (file ? [documents[file]] : loaded).flatMap(document => document.diagnostics ?? []);
    return { services: journeyLanguage, documents, diagnostics, codes: () => diagnostics().map(d => String(d.code)) };
}

/** What the maps of a test must not have before their model is used: `nothing` accepts any map. */
export type ModelCheck = 'errors' | 'syntax errors' | 'nothing';

/** The plain model of in-memory files (name → text, or one text); the test fails if they have what `mustNotHave` names. */
export async function modelOf(files: Record<string, string> | string, mustNotHave: ModelCheck = 'errors'): Promise<JourneyModel> {
    const workspace = await workspaceOf(typeof files === 'string' ? { 'map.journey': files } : files);
    if (mustNotHave !== 'nothing') {
        const unwanted = workspace.diagnostics().filter(d => mustNotHave === 'errors' ? d.severity === 1 : d.code === 'JM001');
        expect(unwanted.map(d => d.message)).toEqual([]);
    }
    return buildJourneyModel(Object.values(workspace.documents));
}

/** One file's text as a workspace of its own. */
export function single(text: string): Promise<LoadedWorkspace> {
    return workspaceOf({ 'map.journey': text });
}

/** The text a diagnostic's range covers in a document's text. */
export function rangeText(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) {
        return lines[start.line].slice(start.character, end.character);
    }
    return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}
