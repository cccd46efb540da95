import * as l10n from '@vscode/l10n';
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that it is never lost: the text goes to a temporary file in the same folder,
 * is flushed to the disk (fsync), then renamed over the target, which keeps either its old bytes or
 * the new ones, whatever happens (full disk, kill, power cut). The new file keeps the old one's mode.
 * A failure removes the temporary file and throws a WriteError saying why, in words.
 */
export function writeFileAtomically(target: string, text: string): void {
    const mode = existingMode(target);
    try {
        if (mode !== undefined) {
            accessSync(target, constants.W_OK); // a read-only file stays as it is, though the folder would allow replacing it
        }
    } catch (error) {
        throw new WriteError(reasonOf(error));
    }
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = openSync(temporary, 'wx', mode ?? 0o666);
        if (mode !== undefined) {
            fchmodSync(descriptor, mode); // the umask must not change the mode of a file being replaced
        }
        const bytes = Buffer.from(text, 'utf8');
        for (let written = 0; written < bytes.length;) {
            // At an explicit position (pwrite): the tests inject faults into exactly these writes.
            written += writeSync(descriptor, bytes, written, bytes.length - written, written);
        }
        fsyncSync(descriptor);
        closeSync(descriptor);
        descriptor = undefined;
        renameSync(temporary, target);
        syncFolder(dirname(target));
    } catch (error) {
        if (descriptor !== undefined) {
            try { closeSync(descriptor); } catch { /* already failing: the first error is the one to report */ }
        }
        try { unlinkSync(temporary); } catch { /* never created, or already renamed */ }
        throw new WriteError(reasonOf(error));
    }
}

/** A write that failed; the message is the reason in words ("the disk is full"). */
export class WriteError extends Error {}

/** The mode of the file being replaced (umask aside, a new file gets the usual 0666). */
function existingMode(target: string): number | undefined {
    try {
        const stats = lstatSync(target);
        return stats.isFile() ? stats.mode & 0o7777 : undefined;
    } catch {
        return undefined;
    }
}

/** Makes the rename itself durable; some file systems cannot open a folder for that, which is fine. */
function syncFolder(folder: string): void {
    try {
        const descriptor = openSync(folder, 'r');
        try { fsyncSync(descriptor); } finally { closeSync(descriptor); }
    } catch { /* best effort */ }
}

const REASONS: Readonly<Record<string, () => string>> = {
    EACCES: () => l10n.t('permission denied'),
    EPERM: () => l10n.t('permission denied'),
    EROFS: () => l10n.t('the disk is read-only'),
    ENOSPC: () => l10n.t('the disk is full'),
    EDQUOT: () => l10n.t('the disk quota is used up'),
    ENOENT: () => l10n.t('no such folder'),
    ENOTDIR: () => l10n.t('no such folder'),
    EISDIR: () => l10n.t('it is a folder'),
    EIO: () => l10n.t('an input/output error')
};

export function reasonOf(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    return (code && REASONS[code]?.()) ?? (error as Error).message;
}

/** Whether two paths name the same file (a link, `./x`, another spelling). */
export function isSameFile(a: string, b: string): boolean {
    try {
        const first = statSync(a);
        const second = statSync(b);
        return first.dev === second.dev && first.ino === second.ino;
    } catch {
        return false;
    }
}
