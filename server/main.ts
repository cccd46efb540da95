import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from '../language/journey-module.js';

// The language server (dist/server.js): node IPC when started by the extension, `--stdio` for any LSP client.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
