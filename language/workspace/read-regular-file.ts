import * as l10n from '@vscode/l10n';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reading a `.journey` file from disk (Node only: the CLI and the language server). Only a regular
 * file is read, up to MAX_JOURNEY_FILE_BYTES: a link to `/dev/zero`, a FIFO, a socket or a folder named
 * `x.journey` would make a reader hang or fill the memory. The file is opened without blocking (a
 * FIFO must not wait for a writer) and checked on the opened descriptor (it cannot be swapped between
 * the check and the read). A named link is followed to its file (docs/workspace.md).
 */

/** The largest `.journey` file read: 50 MB (the biggest map tested is 5 MB: docs/reliability.md). */
export const MAX_JOURNEY_FILE_BYTES = 50 * 1024 * 1024;

/** A file that cannot be read; the message is the reason in words ("it is a folder"). */
export class FileReadError extends Error {
    constructor(message: string, readonly code?: string) {
        super(message);
    }
}

export function readRegularFile(path: string, maxBytes = MAX_JOURNEY_FILE_BYTES): string {
    let descriptor: number;
    try {
        descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
        throw readError(error);
    }
    try {
        const stats = fstatSync(descriptor);
        if (stats.isDirectory()) {
            throw new FileReadError(l10n.t('it is a folder'), 'EISDIR');
        }
        if (!stats.isFile()) {
            throw new FileReadError(l10n.t('it is not a regular file (a device, a FIFO or a socket)'), 'ENOTREGULAR');
        }
        if (stats.size > maxBytes) {
            throw new FileReadError(l10n.t('it is larger than {0} MB, the limit for a .journey file', maxBytes / 1024 / 1024), 'EFBIG');
        }
        // Read to the end, but never past the limit: a file that grew since fstat is refused too.
        const chunks: Buffer[] = [];
        let length = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.max(64 * 1024, Math.min(stats.size, maxBytes) + 1 - length));
            const read = readSync(descriptor, chunk, 0, chunk.length, null);
            if (read === 0) {
                break;
            }
            chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
            length += read;
            if (length > maxBytes) {
                throw new FileReadError(l10n.t('it is larger than {0} MB, the limit for a .journey file', maxBytes / 1024 / 1024), 'EFBIG');
            }
        }
        return Buffer.concat(chunks, length).toString('utf8');
    } catch (error) {
        throw error instanceof FileReadError ? error : readError(error);
    } finally {
        closeSync(descriptor);
    }
}

const REASONS: Readonly<Record<string, () => string>> = {
    EACCES: () => l10n.t('permission denied'),
    EPERM: () => l10n.t('permission denied'),
    ENOENT: () => l10n.t('no such file (a broken link?)'),
    ELOOP: () => l10n.t('a link that points to itself (a loop of links)'),
    EISDIR: () => l10n.t('it is a folder'),
    ENXIO: () => l10n.t('it is not a regular file (a device, a FIFO or a socket)'),
    EIO: () => l10n.t('an input/output error')
};

function readError(error: unknown): FileReadError {
    const code = (error as NodeJS.ErrnoException).code;
    return new FileReadError((code && REASONS[code]?.()) ?? l10n.t('it cannot be read ({0})', code ?? (error as Error).message), code);
}
