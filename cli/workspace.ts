import * as l10n from '@vscode/l10n';
import { dirname, resolve } from 'node:path';
import { collectAround, collectJourneyFiles, isFolder, UsageError, type JourneyFile, type Note } from './collect-files.js';

/**
 * The one workspace rule of validate, export and render (docs/workspace.md): a named folder is a
 * workspace with everything below it; a named file is read with the `.journey` files of its
 * workspace folder — the `--workspace` folder when given, else the file's own folder — and below, as
 * the editor reads a file with its open folder. The commands report on the named files only.
 */
export interface Workspace {
    /** Every file read: the named ones and those around them, in a stable order. */
    files: JourneyFile[];
    /** The files named (or found below a named folder): the ones reported on. */
    named: JourneyFile[];
}

export function collectWorkspace(paths: readonly string[], workspaceOption: string | undefined, note: Note, cwd = process.cwd()): Workspace {
    const named = collectJourneyFiles(paths, cwd, note);
    if (workspaceOption !== undefined && !isFolder(resolve(cwd, workspaceOption), workspaceOption)) {
        throw new UsageError(l10n.t("--workspace '{0}' is not a folder", workspaceOption));
    }
    const namedFiles = paths.map(path => resolve(cwd, path)).filter(absolute => !isFolder(absolute, absolute));
    const roots = workspaceOption !== undefined ? [resolve(cwd, workspaceOption)] : [...new Set(namedFiles.map(file => dirname(file)))];
    const known = new Set(named.map(file => file.absolute));
    const around = roots.flatMap(root => {
        const files = collectAround(root, known, cwd, note);
        files.forEach(file => known.add(file.absolute));
        return files;
    });
    const files = [...named, ...around].sort((a, b) => a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0);
    return { files, named };
}
