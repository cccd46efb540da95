import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from '../language/journey-module.js';
import { registerPreviewRequests } from './preview-requests.js';

// The language server (dist/server.js): node IPC when started by the extension, `--stdio` for any LSP client.
const connection = createConnection(ProposedFeatures.all);
// dist/server.js ships beside docs/: each diagnostic links to its code's section of docs/diagnostics.md.
const diagnosticsDocsUri = pathToFileURL(join(__dirname, '..', 'docs', 'diagnostics.md')).toString();
const { shared } = createJourneyServices({ connection, ...NodeFileSystem }, { diagnosticsDocsUri });
registerPreviewRequests(connection, shared);
startLanguageServer(shared);
