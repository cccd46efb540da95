import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Workspace } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI } from '../references/builtin-channels.js';

export interface SourceFile {
    /** Where the text comes from: a file path or any URI string. */
    readonly uri: URI;
    readonly text: string;
}

/**
 * Loads texts as one workspace outside the editor (the CLI, tests, benchmarks):
 * every file sees every other file's personas, channels and journeys, and the built-in channels.
 * Returns the user's documents, built (parsed, linked, validated), in the order given.
 */
export async function loadWorkspace(services: JourneyServices, files: readonly SourceFile[]): Promise<Array<LangiumDocument<Workspace>>> {
    const shared = services.shared;
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    if (!documents.hasDocument(BUILTIN_CHANNELS_URI)) {
        documents.addDocument(factory.fromString(BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI));
    }
    const loaded = files.map(file => {
        if (documents.hasDocument(file.uri)) {
            documents.deleteDocument(file.uri);
        }
        const document = factory.fromString<Workspace>(file.text, file.uri);
        documents.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build([...documents.all], { validation: true });
    return loaded;
}

/** A URI for an in-memory text (tests, stdin): `memory:///name`. */
export function memoryUri(name: string): URI {
    return URI.from({ scheme: 'memory', path: '/' + name });
}
