import * as l10n from '@vscode/l10n';
import { resolve } from 'node:path';
import type { CommandIO } from './command.js';
import { UsageError, type JourneyFile } from './collect-files.js';
import { isSameFile, writeFileAtomically, WriteError } from './safe-write.js';
import { printable } from '../language/index.js';

/** Refuses an `--output` that is one of the files read: writing it would replace a map with the result. */
export function checkOutputTarget(target: string | undefined, inputs: readonly JourneyFile[]): void {
    if (target === undefined) {
        return;
    }
    const absolute = resolve(target);
    if (inputs.some(input => input.absolute === absolute || isSameFile(input.absolute, absolute))) {
        throw new UsageError(l10n.t("refusing to write '{0}': it is one of the .journey files read (give another --output file)", target));
    }
}

/** Writes a command's result to the file named by `--output` (atomically), or to standard output without it. */
export function writeOutput(io: CommandIO, target: string | undefined, text: string): void {
    if (target === undefined) {
        io.out(text);
        return;
    }
    try {
        writeFileAtomically(resolve(target), text);
    } catch (error) {
        if (error instanceof WriteError) {
            throw new UsageError(l10n.t("cannot write '{0}': {1} (nothing was changed)", printable(target), error.message));
        }
        throw error;
    }
}
