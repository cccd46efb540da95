import type { LangiumDocument, LangiumDocumentFactory } from 'langium';
import { DefaultWorkspaceManager, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI } from '../references/builtin-channels.js';

/** The editor's workspace: every `.journey` file of the folders, plus the built-in channel library. */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(this.documentFactory.fromString(BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI));
    }
}
