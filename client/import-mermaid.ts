import * as shared from '@vscode/l10n';
import * as path from 'node:path';
import { commands, l10n, Uri, window, workspace, type Disposable } from 'vscode';
import { importMermaidJourneys, journeyCount, otherDiagramsLeftOut, type ImportSource } from '../language/index.js';

/**
 * *Journey: Import Mermaid Journey…*: the Mermaid journey diagrams of a `.mmd` or Markdown file (the
 * one clicked in the explorer, the active editor, or its selection) opened as a new, unsaved `.journey`
 * document; the user saves it where they want. A diagram Mermaid would refuse is reported with its
 * line, and nothing is opened. The import itself is the CLI's (language/import/).
 */
export const IMPORT_COMMAND = 'journeyMaps.importMermaid';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);

export function registerImportCommand(): Disposable {
    // The import's own messages (language/import/) speak through @vscode/l10n: give it VS Code's catalogue.
    if (l10n.bundle) {
        shared.config({ contents: l10n.bundle });
    }
    return commands.registerCommand(IMPORT_COMMAND, async (clicked?: Uri) => {
        const source = await sourceToImport(clicked instanceof Uri ? clicked : undefined);
        if (!source) {
            return undefined;
        }
        const result = importMermaidJourneys(source);
        const where = (line: number) => l10n.t('{0}, line {1}', source.name, line);
        const errors = result.messages.filter(message => message.severity === 'error');
        if (result.text === undefined || errors.length > 0) {
            const [first] = errors;
            void window.showErrorMessage(first ? l10n.t('Import Mermaid Journey: {0}: {1}', where(first.line), first.message) : l10n.t('Import Mermaid Journey: nothing to import'));
            return undefined;
        }
        const document = await workspace.openTextDocument({ language: 'journey', content: result.text });
        await window.showTextDocument(document, { preview: false });
        const warnings = result.messages.filter(message => message.severity === 'warning');
        const summary = result.skipped > 0
            ? l10n.t('Imported {0} from {1} ({2})', journeyCount(result.journeys), source.name, otherDiagramsLeftOut(result.skipped))
            : l10n.t('Imported {0} from {1}', journeyCount(result.journeys), source.name);
        if (warnings.length > 0) {
            const count = warnings.length === 1 ? l10n.t('1 warning') : l10n.t('{0} warnings', warnings.length);
            const list = warnings.map(warning => `${where(warning.line)}: ${warning.message}`).join('; ');
            void window.showWarningMessage(l10n.t('{0}, with {1}: {2}', summary, count, list));
        } else {
            void window.showInformationMessage(l10n.t('{0}. Save it as a .journey file.', summary));
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
        openLabel: l10n.t('Import'),
        filters: { [l10n.t('Mermaid or Markdown')]: ['mmd', 'mermaid', 'md', 'markdown'] }
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
