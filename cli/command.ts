import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: standard output and standard error, replaceable in tests. */
export interface CommandIO {
    out(text: string): void;
    err(text: string): void;
    /** Whether output may be coloured (a terminal, and NO_COLOR unset). */
    color: boolean;
}

export interface ParsedArgs {
    values: Record<string, string | boolean | string[] | boolean[] | undefined>;
    positionals: string[];
}

/** One `journey-map` sub-command. Throw UsageError for a usage problem (exit 2). */
export interface Command {
    name: string;
    /** One line for `journey-map --help`. */
    summary: string;
    /** The text of `journey-map NAME --help`. */
    help: string;
    /** Options for node:util parseArgs (`--help` is added for every command). */
    options: NonNullable<ParseArgsConfig['options']>;
    /** Returns the exit code. */
    run(args: ParsedArgs, io: CommandIO): Promise<number>;
}
