import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

const CLI = resolve('dist/cli.js');

/** Runs the built `journey-map` command (dist/cli.js; `npm test` builds it first) with this Node. */
export function runCli(args: string[], cwd = process.cwd()): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new temporary folder holding the files given (relative path → text). */
export function tempFolder(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'journey-test-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
    return folder;
}
