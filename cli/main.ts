import * as l10n from '@vscode/l10n';
import { parseArgs } from 'node:util';
import type { Command, CommandIO, ParsedArgs } from './command.js';
import { UsageError } from './collect-files.js';
import { validateCommand } from './validate-command.js';
import { formatCommand } from './format-command.js';
import { renderCommand } from './render-command.js';
import { exportCommand } from './export-command.js';
import { diffCommand } from './diff-command.js';
import { importCommand } from './import-command.js';
import { version } from '../package.json';
import { standardIO } from './standard-output.js';
import { printable, speak } from '../language/index.js';
import { chooseLanguage } from './language-option.js';
import { useReaderLanguage } from './reader-language.js';

/** Every sub-command, in the order `--help` lists them. */
const COMMANDS: readonly Command[] = [validateCommand, formatCommand, renderCommand, exportCommand, diffCommand, importCommand];

function help(): string {
    const width = Math.max(...COMMANDS.map(command => command.name.length));
    return l10n.t(`journey-map: check, format and render customer journey maps written as .journey files.

Usage: journey-map COMMAND [options]

Commands:
{0}

Run 'journey-map COMMAND --help' for a command's options, 'journey-map --version' for the version.
Messages are in the language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG (English or Vietnamese);
--lang en|vi chooses it for one command.
Language reference: docs/language.md. Diagnostics: docs/diagnostics.md.`,
        COMMANDS.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n'));
}

/** Runs the command line; returns the exit code (0 fine, 1 problems found, 2 usage). */
export async function main(argv: readonly string[], io: CommandIO = standardIO(), env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
    const { language, args, unknown } = chooseLanguage(argv, env);
    speak(language);
    useReaderLanguage(language);
    const [name, ...rest] = args;
    try {
        if (unknown !== undefined) {
            throw new UsageError(l10n.t("unknown --lang '{0}': use en or vi", unknown));
        }
        if (!name || name === '-h' || name === '--help' || name === 'help') {
            (name ? io.out : io.err)(help() + '\n');
            return name ? 0 : 2;
        }
        if (name === '--version' || name === '-V') {
            io.out(`journey-map ${version}\n`);
            return 0;
        }
        const command = COMMANDS.find(candidate => candidate.name === name);
        if (!command) {
            throw new UsageError(l10n.t("unknown command '{0}'. Commands: {1}. Try 'journey-map --help'.", name, COMMANDS.map(c => c.name).join(', ')));
        }
        const args = parseCommandLine(command, rest);
        if (args.values.help) {
            io.out(command.help + '\n');
            return 0;
        }
        return await command.run(args, io);
    } catch (error) {
        if (error instanceof UsageError) {
            // The message names paths and names the user typed: printable, on one line.
            io.err(`journey-map: ${printable(error.message)}\n`);
            return 2;
        }
        throw error;
    }
}

function parseCommandLine(command: Command, args: string[]): ParsedArgs {
    try {
        return parseArgs({
            args,
            allowPositionals: true,
            options: { ...command.options, help: { type: 'boolean', short: 'h' } }
        });
    } catch (error) {
        throw new UsageError(l10n.t("{0} (see 'journey-map {1} --help')", (error as Error).message.split('\n')[0], command.name));
    }
}
