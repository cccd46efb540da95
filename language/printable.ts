import { normalizeText } from './views/escape.js';

/**
 * User text (a token, a label, a file name) made safe to print on one line of a terminal or a CI
 * log: line breaks as `\n`, tabs as `\t`, other control characters (an ANSI or OSC escape among
 * them) as their visible pictures (`␛`), so that no user text can move the cursor, colour the
 * terminal, write to the clipboard or start a line of its own. Used by every text output of the CLI
 * (`diff` quotes labels with it too); JSON output is exact and does not use it.
 */
export function printable(text: string): string {
    return normalizeText(text.replace(/\r\n?|\n/g, '\\n').replace(/\t/g, '\\t')).replace(/\n/g, '\\n');
}

/**
 * A file path at the start of a line, printable, and never read as a CI command: GitHub Actions
 * takes a line starting with `::` (after spaces) as a workflow command, so such a path gets `./`.
 */
export function printablePath(path: string): string {
    const shown = printable(path);
    return /^\s*::/.test(shown) ? `./${shown}` : shown;
}
