import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { EmptyFileSystem, inject, type Module } from 'langium';
import { JourneyMapGeneratedModule, JourneyMapGeneratedSharedModule } from './generated/module.js';
import { JourneyTokenBuilder } from './parser/journey-token-builder.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyLexerMessages, JourneySyntaxMessages } from './parser/syntax-messages.js';
import { JourneyScopeComputation } from './references/journey-scope-computation.js';
import { JourneyScopeProvider } from './references/journey-scope-provider.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { registerValidationChecks } from './validation/journey-validator.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyWorkspaceManager } from './workspace/journey-workspace-manager.js';

/** Services of the journey language; later issues add their providers here. */
export type JourneyAddedServices = object;
export type JourneyServices = LangiumServices & JourneyAddedServices;

export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    parser: {
        TokenBuilder: () => new JourneyTokenBuilder(),
        ValueConverter: () => new JourneyValueConverter(),
        ParserErrorMessageProvider: () => new JourneySyntaxMessages(),
        LexerErrorMessageProvider: () => new JourneyLexerMessages()
    },
    references: {
        ScopeComputation: services => new JourneyScopeComputation(services),
        ScopeProvider: services => new JourneyScopeProvider(services)
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services)
    },
    lsp: {
        Formatter: services => new JourneyFormatter(services)
    }
};

export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new JourneyWorkspaceManager(services)
    }
};

/** Creates the shared and language services; the file system is Node's for the CLI and server, none for tests. */
export function createJourneyServices(context: DefaultSharedModuleContext = EmptyFileSystem): { shared: LangiumSharedServices; Journey: JourneyServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyMapGeneratedSharedModule, JourneySharedModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyMapGeneratedModule, JourneyModule);
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
    if (!context.connection) {
        // Outside a language server nobody initialises the workspace: mark the configuration as ready.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
