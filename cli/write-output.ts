import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandIO } from './command.js';
import { UsageError } from './collect-files.js';

/** Writes a command's result to the file named by `--output`, or to standard output without it. */
export function writeOutput(io: CommandIO, target: string | undefined, text: string): void {
    if (target === undefined) {
        io.out(text);
        return;
    }
    try {
        writeFileSync(resolve(target), text, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`cannot write '${target}': ${code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such folder' : (error as Error).message}`);
    }
}
