import * as path from 'node:path';
import { l10n, Uri, window, workspace } from 'vscode';
import type { DiagramsResult } from '../../protocol/preview-data.js';

export type ExportFormat = 'svg' | 'png' | 'markdown';

const EXTENSIONS: Record<ExportFormat, string> = { svg: 'svg', png: 'png', markdown: 'md' };
const FILTERS: Record<ExportFormat, Record<string, string[]>> = {
    svg: { 'SVG image': ['svg'] },
    png: { 'PNG image': ['png'] },
    markdown: { Markdown: ['md'] }
};

/** Where an export goes: the given target, or where the user picks (next to the map by default). */
export async function exportTarget(format: ExportFormat, result: DiagramsResult, target?: Uri): Promise<Uri | undefined> {
    if (target) {
        return target;
    }
    const source = Uri.parse(result.uri);
    const base = path.basename(source.path, '.journey');
    const defaultUri = Uri.joinPath(source, '..', `${base}.${result.journey}.${result.view}.${EXTENSIONS[format]}`);
    return window.showSaveDialog({ defaultUri, filters: FILTERS[format], title: l10n.t('Export the {0} view as {1}', String(result.view), format.toUpperCase()) });
}

export async function writeExport(target: Uri, content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    await workspace.fs.writeFile(target, bytes);
    const open = l10n.t('Open');
    void window.showInformationMessage(l10n.t('Exported {0}', path.basename(target.fsPath)), open).then(choice => {
        if (choice === open) {
            void window.showTextDocument(target);
        }
    });
}
