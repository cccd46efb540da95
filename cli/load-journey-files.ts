import { URI } from 'langium';
import { buildJourneyModel, createJourneyServices, loadWorkspace, type JourneyModel, type JourneyDocument, type JourneyServices } from '../language/index.js';
import type { JourneyFile } from './collect-files.js';

export interface LoadedFiles {
    services: JourneyServices;
    /** Each file with its built document, in the order given. */
    files: Array<{ file: JourneyFile; document: JourneyDocument }>;
}

/** Parses, links and validates the files as one workspace. */
export async function loadJourneyFiles(files: readonly JourneyFile[]): Promise<LoadedFiles> {
    const { journeyLanguage } = createJourneyServices();
    const documents = await loadWorkspace(journeyLanguage, files.map(file => ({ uri: URI.file(file.absolute), text: file.text })));
    return { services: journeyLanguage, files: files.map((file, i) => ({ file, document: documents[i] })) };
}

/** The plain model of everything loaded (the built-in channels included). */
export function journeyModelOf(loaded: LoadedFiles): JourneyModel {
    return buildJourneyModel(loaded.services.shared.workspace.LangiumDocuments.all);
}
