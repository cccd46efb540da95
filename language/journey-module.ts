import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, createGrammarConfig, EmptyFileSystem, inject, type LangiumCoreServices, type Module,
    type PartialLangiumCoreServices
} from 'langium';
import { JourneyMapGeneratedModule, JourneyMapGeneratedSharedModule } from './generated/module.js';
import { createJourneyParser } from './parser/journey-parser.js';
import { createSafeCompletionParser, makeParserSafe } from './parser/parser-safety.js';
import { JourneyTokenBuilder } from './parser/journey-token-builder.js';
import { JourneyLexer } from './parser/journey-lexer.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyLexerMessages, JourneySyntaxMessages } from './parser/syntax-messages.js';
import { JourneyLinker } from './references/journey-linker.js';
import { JourneyReferenceDescriptionProvider } from './references/journey-reference-descriptions.js';
import { JourneyScopeComputation } from './references/journey-scope-computation.js';
import { JourneyScopeProvider } from './references/journey-scope-provider.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { JourneyValidationRegistry } from './validation/journey-validation-registry.js';
import { registerValidationChecks } from './validation/journey-validator.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-actions.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyInlayHintProvider } from './lsp/journey-inlay-hints.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-tokens.js';
import { JourneyFormatter } from './lsp/journey-formatter.js';
import { JourneyNodeKindProvider } from './lsp/journey-node-kinds.js';
import { JourneyDocumentBuilder } from './workspace/journey-document-builder.js';
import { JourneyIndexManager } from './workspace/journey-index-manager.js';
import { JourneyWorkspaceManager } from './workspace/journey-workspace-manager.js';

/** A character of a name: editors use it to find the name under the cursor. */
const NAME_CHARACTER = /^[\p{L}\p{M}\p{N}_-]$/u;

/** Settings of where the language runs. */
export interface JourneyOptions {
    /** The diagnostics page (`docs/diagnostics.md`) as a URI: each diagnostic links to its code's anchor. */
    diagnosticsDocsUri?: string;
}

/** Services the journey language adds to Langium's. */
export interface JourneyAddedServices {
    options: JourneyOptions;
}
export type JourneyServices = LangiumServices & JourneyAddedServices;

/** How the journey language reads text: the parser and its lexer, token builder and value converter. */
export const JourneyParserModule: Module<LangiumCoreServices, PartialLangiumCoreServices> = {
    parser: {
        GrammarConfig: services => ({ ...createGrammarConfig(services), nameRegexp: NAME_CHARACTER }),
        // Safe for any text: a recovery limit and a fallback (parser-safety.ts, docs/reliability.md).
        LangiumParser: services => makeParserSafe(createJourneyParser(services)),
        CompletionParser: services => createSafeCompletionParser(services),
        TokenBuilder: () => new JourneyTokenBuilder(),
        Lexer: services => new JourneyLexer(services),
        ValueConverter: () => new JourneyValueConverter(),
        ParserErrorMessageProvider: () => new JourneySyntaxMessages(),
        LexerErrorMessageProvider: () => new JourneyLexerMessages()
    }
};

export const JourneyModule: Module<JourneyServices, PartialLangiumServices> = {
    parser: JourneyParserModule.parser,
    references: {
        ScopeComputation: services => new JourneyScopeComputation(services),
        ScopeProvider: services => new JourneyScopeProvider(services),
        Linker: services => new JourneyLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services as JourneyServices),
        ValidationRegistry: services => new JourneyValidationRegistry(services)
    },
    lsp: {
        Formatter: services => new JourneyFormatter(services),
        CompletionProvider: services => new JourneyCompletionProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
        RenameProvider: services => new JourneyRenameProvider(services),
        CodeActionProvider: () => new JourneyCodeActionProvider(),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services),
        InlayHintProvider: () => new JourneyInlayHintProvider()
    }
};

export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new JourneyWorkspaceManager(services),
        DocumentBuilder: services => new JourneyDocumentBuilder(services),
        IndexManager: services => new JourneyIndexManager(services)
    },
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider()
    }
};

/**
 * Creates the shared and language services; the file system is Node's for the CLI and server, none for tests.
 * `sharedOverrides` replaces shared services (the benchmark's "before": Langium's own document builder).
 */
export function createJourneyServices(context: DefaultSharedModuleContext = EmptyFileSystem, options: JourneyOptions = {},
    sharedOverrides: Module<LangiumSharedServices, PartialLangiumSharedServices> = {}): { shared: LangiumSharedServices; journeyLanguage: JourneyServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyMapGeneratedSharedModule, JourneySharedModule, sharedOverrides);
    const journeyLanguage = inject(createDefaultModule({ shared }), JourneyMapGeneratedModule, JourneyModule, { options: () => options });
    shared.ServiceRegistry.register(journeyLanguage);
    registerValidationChecks(journeyLanguage);
    if (!context.connection) {
        // Outside a language server nobody initialises the workspace: mark the configuration as ready.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, journeyLanguage };
}

/** The parser alone, without linking, validation or the editor's services: what the formatter needs to read a text. */
export function createJourneyParserServices(): LangiumCoreServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), JourneyMapGeneratedSharedModule);
    const Journey = inject(createDefaultCoreModule({ shared }), JourneyMapGeneratedModule, JourneyParserModule);
    shared.ServiceRegistry.register(Journey);
    return Journey;
}
