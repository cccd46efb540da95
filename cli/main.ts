import { parseArgs } from 'node:util';
import { UsageError } from './collect-files.js';
import { VALIDATE_HELP, validateCommand } from './validate-command.js';

const HELP = `journey-map: check and render customer journey maps written as .journey files.

Usage: journey-map COMMAND [options]

Commands:
  validate PATH...   report syntax errors and map problems (exit 1 on an error)

Run 'journey-map COMMAND --help' for a command's options.
Language reference: docs/language.md. Diagnostics: docs/diagnostics.md.`;

const COMMAND_HELP: Record<string, string> = { validate: VALIDATE_HELP };

/** Runs the command line; returns the exit code (0 fine, 1 problems found, 2 usage). */
export async function main(argv: string[], out = (text: string) => process.stdout.write(text), err = (text: string) => process.stderr.write(text)): Promise<number> {
    const [command, ...rest] = argv;
    try {
        if (!command || command === '-h' || command === '--help' || command === 'help') {
            out(HELP + '\n');
            return command ? 0 : 2;
        }
        if (!(command in COMMAND_HELP)) {
            throw new UsageError(`unknown command '${command}'. Commands: ${Object.keys(COMMAND_HELP).join(', ')}. Try 'journey-map --help'.`);
        }
        const { values, positionals } = parseCommandLine(rest);
        if (values.help) {
            out(COMMAND_HELP[command] + '\n');
            return 0;
        }
        const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
        return await validateCommand({ paths: positionals, format: values.format ?? 'text' }, out, color);
    } catch (error) {
        if (error instanceof UsageError) {
            err(`journey-map: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}

function parseCommandLine(args: string[]) {
    try {
        return parseArgs({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    } catch (error) {
        throw new UsageError((error as Error).message.split('\n')[0]);
    }
}
