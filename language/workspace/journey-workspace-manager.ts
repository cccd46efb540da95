import type { LangiumDocument, LangiumDocumentFactory, Stream, URI } from 'langium';
import { DefaultWorkspaceManager, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI } from '../references/builtin-channels.js';

/** The editor's workspace: every `.journey` file of the folders, plus the built-in channel library. */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    /**
     * Langium's, but a file that cannot be read (locked, larger than 50 MB, gone since the folder was
     * listed) is left out with a line in the log: one such file stopped the whole workspace from
     * loading, and the server answered nothing.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`[journey] left out ${uri.toString()}: it cannot be read (${error instanceof Error ? error.message : String(error)})`);
            }
        }).toArray());
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(this.documentFactory.fromString(BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI));
    }
}
