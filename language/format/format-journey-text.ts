import type { LangiumParser } from 'langium';
import { createJourneyParserServices } from '../journey-module.js';
import { formatParsed, formatParsedRange, type FormatEdit, type FormatOutcome, type LineRange } from './journey-format.js';

export type { FormatEdit, FormatOutcome, LineRange } from './journey-format.js';

let parser: LangiumParser | undefined;

/** Parses a text on its own (no workspace, no linking: formatting needs neither). */
function parse(text: string) {
    parser ??= createJourneyParserServices().parser.LangiumParser;
    return parser.parse(text);
}

/**
 * Formats the text of a `.journey` file in the canonical layout (docs/formatting.md): what the
 * `journey-map format` command and the tests use; the editor's formatter runs the same code on its documents.
 */
export function formatJourneyText(text: string): FormatOutcome {
    return formatParsed(text, parse(text));
}

/** The edits that format the statements touching some lines of a text (see formatParsedRange). */
export function formatJourneyTextRange(text: string, range: LineRange): FormatEdit[] {
    return formatParsedRange(text, parse(text), range);
}
