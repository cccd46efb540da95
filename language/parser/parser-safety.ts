import type { AstNode, LangiumCompletionParser, LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { createCompletionParser } from 'langium';

/**
 * Makes Langium's parsers safe for any text (docs/reliability.md; found by test/robustness).
 *
 * - Chevrotain recovers from an error inside a repetition (the declarations of a file, the lines
 *   of a touchpoint) by calling the repetition again from inside the recovery: each recovered error
 *   nests the stack deeper. 2,000 lines of `persona pN "never closed` overflowed the stack (900 with
 *   the parser of journey-parser.ts, whose rules take more stack), the workspace failed to load, and
 *   the server answered nothing at all. After MAX_NESTED_RECOVERIES (a quarter of what overflowed)
 *   recoveries in one repetition a parser stops recovering there: the rest of that repetition is
 *   reported as one syntax error where it stopped. The completion parser recovers too (completion at
 *   the end of such a file overflowed the same way): it gets the same limit.
 * - Should parsing still throw, the document is read as empty, with one syntax error (JM001) that
 *   says so and why, instead of failing the build of the whole workspace. The parser's node stack is
 *   emptied first: Langium does not empty it when a parse starts, so a parse that threw made every
 *   later parse of every file fail ("Parser stack is not empty after parsing").
 */
export const MAX_NESTED_RECOVERIES = 250;

/** The part of Chevrotain's recognizer the recovery limit wraps. */
interface RecoveringRecognizer {
    tryInRepetitionRecovery?: (...args: unknown[]) => void;
}

/** The document parser, with the recovery limit and a safe fallback (see above). Returns `parser`. */
export function makeParserSafe(parser: LangiumParser): LangiumParser {
    limitRecovery(parser);
    const parse = parser.parse.bind(parser);
    parser.parse = <T extends AstNode>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        try {
            return parse<T>(input, options);
        } catch (error) {
            console.error('[journey] the parser failed; the document is read as empty:', error);
            const state = parser as unknown as { stack?: unknown[] };
            if (Array.isArray(state.stack)) {
                state.stack.length = 0;
            }
            const empty = parse<T>('', options);
            const reason = error instanceof Error ? error.message : String(error);
            empty.lexerErrors.push({
                offset: 0, line: 1, column: 1, length: 0,
                message: `This file could not be read: the parser failed (${reason}). Remove or fix the part you last added; if it keeps happening, please report it with the file.`
            });
            return empty;
        }
    };
    return parser;
}

/** Langium's completion parser, with the same recovery limit. */
export function createSafeCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = createCompletionParser(services);
    limitRecovery(parser);
    return parser;
}

function limitRecovery(parser: LangiumParser | LangiumCompletionParser): void {
    const recognizer = (parser as unknown as { wrapper?: RecoveringRecognizer }).wrapper;
    const recover = recognizer?.tryInRepetitionRecovery;
    if (!recognizer || typeof recover !== 'function') {
        // Langium or Chevrotain changed: test/robustness/hostile-documents.test.ts says so.
        return;
    }
    let depth = 0;
    recognizer.tryInRepetitionRecovery = function (this: unknown, ...args: unknown[]): void {
        if (depth >= MAX_NESTED_RECOVERIES) {
            return;
        }
        depth++;
        try {
            recover.apply(this, args);
        } finally {
            depth--;
        }
    };
}
