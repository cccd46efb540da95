import * as path from 'node:path';
import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import { importMermaidJourneys, type ImportSource } from '../language/index.js';

/**
 * *Journey: Import Mermaid Journey…*: the Mermaid journey diagrams of a `.mmd` or Markdown file (the
 * one clicked in the explorer, the active editor, or its selection) opened as a new, unsaved `.journey`
 * document; the user saves it where they want. A diagram Mermaid would refuse is reported with its
 * line, and nothing is opened. The import itself is the CLI's (language/import/).
 */
export const IMPORT_COMMAND = 'journeyMaps.importMermaid';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export function registerImportCommand(): Disposable {
    return commands.registerCommand(IMPORT_COMMAND, async (clicked?: Uri) => {
        const source = await sourceToImport(clicked instanceof Uri ? clicked : undefined);
        if (!source) {
            return undefined;
        }
        const result = importMermaidJourneys(source);
        const where = (line: number) => `${source.name}, line ${line}`;
        const errors = result.messages.filter(message => message.severity === 'error');
        if (result.text === undefined || errors.length > 0) {
            const [first] = errors;
            void window.showErrorMessage(first ? `Import Mermaid Journey: ${where(first.line)}: ${first.message}` : 'Import Mermaid Journey: nothing to import');
            return undefined;
        }
        const document = await workspace.openTextDocument({ language: 'journey', content: result.text });
        await window.showTextDocument(document, { preview: false });
        const warnings = result.messages.filter(message => message.severity === 'warning');
        const summary = `Imported ${result.journeys} journey${result.journeys === 1 ? '' : 's'} from ${source.name}`
            + (result.skipped > 0 ? ` (${result.skipped} other Mermaid diagram${result.skipped === 1 ? '' : 's'} left out)` : '');
        if (warnings.length > 0) {
            void window.showWarningMessage(`${summary}, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.map(warning => `${where(warning.line)}: ${warning.message}`).join('; ')}`);
        } else {
            void window.showInformationMessage(`${summary}. Save it as a .journey file.`);
        }
        return document;
    });
}

/** The file clicked, else the active editor's selection or whole text, else a file the user picks. */
async function sourceToImport(clicked: Uri | undefined): Promise<ImportSource | undefined> {
    const editor = window.activeTextEditor;
    if (!clicked && editor) {
        const { document, selection } = editor;
        const text = selection.isEmpty ? document.getText() : document.getText(selection);
        const markdown = document.languageId === 'markdown' && (selection.isEmpty || /^\s*(`{3,}|~{3,})/m.test(text));
        return { ...sourceOf(document.uri, text, markdown), firstLine: selection.isEmpty ? 1 : selection.start.line + 1 };
    }
    const uri = clicked ?? (await window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Import',
        filters: { 'Mermaid or Markdown': ['mmd', 'mermaid', 'md', 'markdown'] }
    }))?.[0];
    if (!uri) {
        return undefined;
    }
    const text = new TextDecoder().decode(await workspace.fs.readFile(uri));
    return sourceOf(uri, text, MARKDOWN_EXTENSIONS.has(path.posix.extname(uri.path).toLowerCase()));
}

function sourceOf(uri: Uri, text: string, markdown: boolean): ImportSource {
    const name = path.posix.basename(uri.path) || 'Untitled';
    return { text, kind: markdown ? 'markdown' : 'mermaid', name, fallbackTitle: name.replace(/\.[^.]+$/, '') };
}
