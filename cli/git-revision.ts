import * as l10n from '@vscode/l10n';
import { execFileSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { UsageError, type JourneyFile } from './collect-files.js';

/**
 * Reading the `.journey` files of a git revision, for `journey-map diff --git`: git is run with its
 * arguments as a list (never through a shell), in the working folder, and each problem becomes a
 * UsageError that says what to do.
 */

/** Folders left out, as when files are collected from disk (collect-files.ts). */
const IGNORED_FOLDERS = new Set(['node_modules', '.git', 'dist']);

/** The largest output read from one git command (a file's text, a listing). */
const MAX_BUFFER = 256 * 1024 * 1024;

function git(args: readonly string[], cwd: string): string {
    try {
        return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        const failure = error as NodeJS.ErrnoException & { stderr?: string | Buffer; status?: number | null };
        if (failure.code === 'ENOENT') {
            throw new UsageError(l10n.t('--git needs the `git` command, which is not installed or not on the PATH'));
        }
        throw new GitError(String(failure.stderr ?? '').trim() || failure.message);
    }
}

class GitError extends Error {}

/** The root folder of the git repository holding `cwd`. */
export function repositoryRoot(cwd: string): string {
    try {
        return git(['rev-parse', '--show-toplevel'], cwd).trim();
    } catch (error) {
        if (error instanceof GitError) {
            const detail = /not a git repository/i.test(error.message) ? '' : ` (${firstLine(error.message)})`;
            throw new UsageError(`${l10n.t("--git: '{0}' is not inside a git repository", cwd)}${detail}`);
        }
        throw error;
    }
}

/** The commit a revision names (a branch, a tag, `HEAD~1`, a hash…). */
export function resolveRevision(revision: string, cwd: string): string {
    if (revision === '' || revision.startsWith('-')) {
        throw new UsageError(l10n.t("--git: '{0}' is not a revision", revision));
    }
    try {
        return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd).trim();
    } catch (error) {
        if (error instanceof GitError) {
            throw new UsageError(l10n.t("--git: unknown revision '{0}' (no branch, tag or commit of that name here; in CI, fetch it first, e.g. `git fetch origin main` or actions/checkout with `fetch-depth: 0`)", revision));
        }
        throw error;
    }
}

export interface RevisionFiles {
    /** The files, with `display` as `REVISION:path` (the path relative to the working folder). */
    files: JourneyFile[];
    /** The paths given that name nothing in the revision. */
    missing: string[];
}

/**
 * The `.journey` files below the paths (files or folders, relative to `cwd`) as they are in a
 * commit: listed with `git ls-tree`, read with `git show COMMIT:path`. `absolute` is where the file
 * is in the working tree, so that both versions of a file have the same URI. Symbolic links and
 * submodules are left out.
 */
export function journeyFilesAt(revision: string, commit: string, paths: readonly string[], cwd: string): RevisionFiles {
    const root = repositoryRoot(cwd);
    const found = new Map<string, JourneyFile>();
    const missing: string[] = [];
    for (const path of paths) {
        let listing: string;
        try {
            listing = git(['ls-tree', '-r', '-z', '--full-name', commit, '--', path], cwd);
        } catch (error) {
            if (error instanceof GitError) {
                throw new UsageError(l10n.t("--git: cannot list '{0}' in {1}: {2}", path, revision, firstLine(error.message)));
            }
            throw error;
        }
        const entries = listing.split('\0').filter(entry => entry !== '');
        if (entries.length === 0) {
            missing.push(path);
        }
        for (const entry of entries) {
            const tab = entry.indexOf('\t');
            const [mode, type] = entry.slice(0, tab).split(' ');
            const fullName = entry.slice(tab + 1);
            if (type !== 'blob' || mode === '120000' || !fullName.endsWith('.journey') || fullName.split('/').slice(0, -1).some(folder => IGNORED_FOLDERS.has(folder))) {
                continue;
            }
            const absolute = join(root, ...fullName.split('/'));
            if (!found.has(absolute)) {
                found.set(absolute, { absolute, display: `${revision}:${revisionPath(absolute, cwd)}`, text: readAt(revision, commit, fullName, cwd) });
            }
        }
    }
    return { files: [...found.keys()].sort().map(absolute => found.get(absolute)!), missing };
}

function readAt(revision: string, commit: string, fullName: string, cwd: string): string {
    try {
        return git(['show', `${commit}:${fullName}`], cwd);
    } catch (error) {
        if (error instanceof GitError) {
            throw new UsageError(l10n.t("--git: cannot read '{0}' in {1}: {2}", fullName, revision, firstLine(error.message)));
        }
        throw error;
    }
}

/** A path as shown after `REVISION:`: relative to the working folder, with `/`. */
function revisionPath(absolute: string, cwd: string): string {
    return relative(cwd, absolute).split(sep).join('/');
}

function firstLine(text: string): string {
    return text.split('\n')[0].replace(/^(fatal|error): /, '');
}
