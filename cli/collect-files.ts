import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface JourneyFile {
    /** The path shown to the user: relative to the working folder when inside it. */
    display: string;
    absolute: string;
    text: string;
}

/** A problem with the command line or a path: reported in one line, exit code 2. */
export class UsageError extends Error {}

const IGNORED_FOLDERS = new Set(['node_modules', '.git', 'dist']);

/** Every `.journey` file named, or found below a named folder, each once, in a stable order. */
export function collectJourneyFiles(paths: readonly string[], cwd = process.cwd()): JourneyFile[] {
    const found = new Set<string>();
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        let isFolder: boolean;
        try {
            isFolder = statSync(absolute).isDirectory();
        } catch {
            throw new UsageError(`cannot read '${path}': no such file or folder`);
        }
        if (isFolder) {
            findInFolder(absolute, found);
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort().map(absolute => ({ display: displayPath(absolute, cwd), absolute, text: readText(absolute, cwd) }));
}

function findInFolder(folder: string, found: Set<string>): void {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory() && !IGNORED_FOLDERS.has(entry.name)) {
            findInFolder(path, found);
        } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.journey')) {
            // A linked map counts like a file; a dangling link is reported when it is read.
            found.add(path);
        }
    }
}

function readText(absolute: string, cwd: string): string {
    try {
        return readFileSync(absolute, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file (a broken link?)' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
        throw new UsageError(`cannot read '${displayPath(absolute, cwd)}': ${reason}`);
    }
}

export function displayPath(absolute: string, cwd = process.cwd()): string {
    const path = relative(cwd, absolute);
    return path.startsWith('..' + sep) || path === '..' || isAbsolute(path) ? absolute : path;
}
