/**
 * The front door of the language: what the CLI, the server, the extension, the benchmarks and the
 * tests use of it. Nothing outside language/ imports another of its files (test/architecture/).
 */

import type { LangiumDocument } from 'langium';
import type { Workspace } from './generated/ast.js';

// The services: one container per workspace.
export { createJourneyServices, type JourneyOptions, type JourneyServices } from './journey-module.js';
export { loadWorkspace, memoryUri, type SourceFile } from './workspace/load-workspace.js';
export { BUILTIN_CHANNELS_TEXT, BUILTIN_CHANNELS_URI } from './references/builtin-channels.js';
export { FileReadError, readRegularFile } from './workspace/read-regular-file.js';
export { problemOf } from './workspace/problems.js';

/** A built `.journey` document (parsed, linked, validated). */
export type JourneyDocument = LangiumDocument<Workspace>;

// The plain model and what is made of it.
export { buildJourneyModel, type DocumentModelCache } from './model/build-model.js';
export { filesUsedBy } from './model/files-used.js';
export type * from './model/journey-model.js';
export {
    drawView, MERMAID_DEFAULT_MAX_TEXT_SIZE, renderView, requiredMaxTextSize, VIEW_DIAGRAMS, VIEW_NAMES, VIEW_TITLES,
    ViewError, viewNamed, viewsFor, whyViewDoesNotFit, type ViewName
} from './views/index.js';
export { renderMarkdown, type MarkdownSelection } from './views/markdown-document.js';
export { renderJourneyBlock, type BlockOptions, type BlockRendering } from './markdown-blocks/journey-blocks.js';
export { diffJourneyModels, formatDiffJson, formatDiffMarkdown, formatDiffText } from './diff/index.js';

// Text in and out.
export { formatJourneyText, formatJourneyTextRange, type FormatEdit, type FormatOutcome, type LineRange } from './format/format-journey-text.js';
export { printable, printablePath } from './printable.js';
export { plural } from './domain/plural.js';

// The preview's questions (the language server answers them).
export { PreviewSupport } from './lsp/preview-support.js';

// The reader's language and the catalogue of messages.
export { DEFAULT_LANGUAGE, languageOfEnvironment, languageOfTag, LANGUAGES, type Language } from './locale.js';
export { speak } from './l10n.js';

// Mermaid journey diagrams brought in as maps.
export { importMermaidJourneys, journeyCount, otherDiagramsLeftOut, type ImportSource } from './import/import-journeys.js';
