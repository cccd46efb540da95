import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from '../language/index.js';
import { Containment } from './contain.js';
import { dropMalformedDocumentEvents } from './document-events.js';
import { RegularFileSystem } from './regular-file-system.js';
import { registerPreviewRequests } from './preview-requests.js';
import { followReaderLanguage } from './reader-language.js';

// The language server (dist/server.js): node IPC when started by the extension, `--stdio` for any LSP client.
// A malformed document notification is logged and dropped (server/document-events.ts).
const connection = dropMalformedDocumentEvents(createConnection(ProposedFeatures.all), message => connection.console.error(message));
// dist/server.js ships beside docs/: each diagnostic links to its code's section of docs/diagnostics.md.
const diagnosticsDocsUri = pathToFileURL(join(__dirname, '..', 'docs', 'diagnostics.md')).toString();
const { shared } = createJourneyServices({ connection, ...RegularFileSystem }, { diagnosticsDocsUri });
// A failing feature is logged and answered with an empty result (docs/reliability.md). JOURNEY_TEST_FAULT
// (tests only: a comma-separated list of entry points, or `all`) makes those entry points throw on purpose.
const containment = new Containment({
    log: message => connection.console.error(message),
    faults: process.env.JOURNEY_TEST_FAULT?.split(',').map(fault => fault.trim()).filter(Boolean)
});
containment.containProviders(shared);
// A promise nobody awaited must not stop the server (Node's default): it is logged instead.
process.on('unhandledRejection', reason => connection.console.error(`[journey] unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
const preview = registerPreviewRequests(connection, shared, containment);
followReaderLanguage(shared, preview);
startLanguageServer(shared);
