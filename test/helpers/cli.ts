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

/** Runs the built `journey-map` command (dist/cli.js; `npm test` builds it first) with this Node; `env` is added to the environment. */
export function runCli(args: string[], cwd = process.cwd(), env: Record<string, string> = {}): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the built `journey-map` command behind a wrapper: `strace …` to inject faults, or AS_NOBODY
 * for permission cases (CI runs as root, who can read and write anything).
 */
export function runCliUnder(wrapper: readonly string[], args: string[], cwd = process.cwd()): CliResult {
    const result = spawnSync(wrapper[0], [...wrapper.slice(1), process.execPath, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command, as the unprivileged user nobody (util-linux setpriv). */
export const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] as const;

/** Runs a shell command line (a pipe, a redirection) with `journey-map` standing for the built command. */
export function runShell(line: string, cwd = process.cwd()): CliResult {
    const result = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', JOURNEY_MAP: `${process.execPath} ${CLI}` } });
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
