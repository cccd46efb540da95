import * as l10n from '@vscode/l10n';
import type { CommandIO } from './command.js';

/**
 * Standard output and error for the `journey-map` command. A reader that goes away (`| head -1`:
 * EPIPE) or a full disk (`> /dev/full`: ENOSPC) is an error on the stream, not an exception of the
 * command: it ends the command at once with one line on standard error and exit status 2, never an
 * "internal error" or a stack trace.
 */
export function standardIO(): CommandIO {
    guard(process.stdout, 'standard output');
    guard(process.stderr, 'standard error');
    return {
        out: text => process.stdout.write(text),
        err: text => process.stderr.write(text),
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
    };
}

const guarded = new WeakSet<NodeJS.WriteStream>();

function guard(stream: NodeJS.WriteStream, name: string): void {
    if (guarded.has(stream)) {
        return;
    }
    guarded.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
        const reason = error.code === 'EPIPE' ? l10n.t('the reader closed it (a pipe to a command that stopped reading)')
            : error.code === 'ENOSPC' ? l10n.t('the disk is full') : error.code ?? error.message;
        if (stream !== process.stderr) {
            try {
                process.stderr.write(`journey-map: ${l10n.t('cannot write to {0}: {1}', name, reason)}\n`);
            } catch { /* standard error is gone too: the exit status still says it */ }
        }
        process.exit(2);
    });
}
