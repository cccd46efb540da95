import * as l10n from '@vscode/l10n';
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileReadError, readRegularFile } from '../language/index.js';

export interface JourneyFile {
    /** The path shown to the user: relative to the working folder when inside it. */
    display: string;
    absolute: string;
    text: string;
}

/** A problem with the command line or a path: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** Says something on standard error without stopping (a file or folder left out). */
export type Note = (text: string) => void;

const IGNORED_FOLDERS = new Set(['node_modules', '.git', 'dist']);

/**
 * Every `.journey` file named, or found below a named folder, each once, in a stable order. Inside a
 * folder, only regular files and folders are taken: links are left out (with a note), as the editor
 * does (docs/workspace.md). A named file is read through a link. Anything that cannot be read is a
 * UsageError (exit 2).
 */
export function collectJourneyFiles(paths: readonly string[], cwd = process.cwd(), note: Note = () => undefined): JourneyFile[] {
    const found = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        if (isFolder(absolute, path)) {
            findInFolder(absolute, found, cwd, note, strict);
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort().map(absolute => readJourneyFile(absolute, cwd));
}

/**
 * The `.journey` files below a folder that are not in `known`, for the workspace around named files:
 * a folder or a file there that cannot be read is left out with a note (an unrelated locked folder
 * must not stop the check of the files named).
 */
export function collectAround(folder: string, known: ReadonlySet<string>, cwd: string, note: Note): JourneyFile[] {
    const found = new Set<string>();
    const skip = (path: string, reason: string) => note(l10n.t("skipped '{0}': {1}", displayPath(path, cwd), reason));
    findInFolder(folder, found, cwd, note, skip);
    return [...found].filter(absolute => !known.has(absolute)).sort().flatMap(absolute => {
        try {
            return [{ display: displayPath(absolute, cwd), absolute, text: readRegularFile(absolute) }];
        } catch (error) {
            skip(absolute, (error as Error).message);
            return [];
        }
    });
}

type Unreadable = (path: string, reason: string, cwd: string) => void;

const strict: Unreadable = (path, reason, cwd) => {
    throw new UsageError(l10n.t("cannot read '{0}': {1}", displayPath(path, cwd), reason));
};

export function isFolder(absolute: string, shown: string): boolean {
    try {
        return statSync(absolute).isDirectory();
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' ? l10n.t('permission denied') : code === 'ELOOP' ? l10n.t('a loop of links') : isLink(absolute) ? l10n.t('no such file (a broken link?)') : l10n.t('no such file or folder');
        throw new UsageError(l10n.t("cannot read '{0}': {1}", shown, reason));
    }
}

function isLink(path: string): boolean {
    try {
        return lstatSync(path).isSymbolicLink();
    } catch {
        return false;
    }
}

function findInFolder(folder: string, found: Set<string>, cwd: string, note: Note, unreadable: Unreadable): void {
    let entries: Dirent[];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        unreadable(folder, l10n.t('the folder cannot be read ({0})', code === 'EACCES' || code === 'EPERM' ? l10n.t('permission denied') : String(code)), cwd);
        return;
    }
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory() && !IGNORED_FOLDERS.has(entry.name)) {
            findInFolder(path, found, cwd, note, unreadable);
        } else if (entry.name.endsWith('.journey')) {
            if (entry.isFile()) {
                found.add(path);
            } else if (entry.isSymbolicLink()) {
                note(l10n.t("skipped '{0}': {1}", displayPath(path, cwd), l10n.t('a link (links inside a folder are not followed; name the file itself)')));
            } else {
                note(l10n.t("skipped '{0}': {1}", displayPath(path, cwd), l10n.t('not a regular file (a device, a FIFO or a socket)')));
            }
        }
    }
}

/** A named file, read if it is a regular file (through a link) of at most 50 MB; else a UsageError. */
function readJourneyFile(absolute: string, cwd: string): JourneyFile {
    const display = displayPath(absolute, cwd);
    try {
        return { display, absolute, text: readRegularFile(absolute) };
    } catch (error) {
        if (error instanceof FileReadError) {
            throw new UsageError(l10n.t("cannot read '{0}': {1}", display, error.message));
        }
        throw error;
    }
}

export function displayPath(absolute: string, cwd = process.cwd()): string {
    const path = relative(cwd, absolute);
    return path.startsWith('..' + sep) || path === '..' || isAbsolute(path) ? absolute : path;
}
