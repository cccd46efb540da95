import type { GrammarAST } from 'langium';
import { DefaultTokenBuilder } from 'langium';
import type { TokenType } from 'chevrotain';

const NAME_START = /[\p{L}_]/u;
const WHOLE_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

/**
 * Unicode names (`chị_Lan`) need the /u regex flag, which Chevrotain cannot analyse, so
 * Langium turns the ID terminal into a custom matcher. That costs two things this builder gives back:
 * - keywords lose their "longer alternative" link to ID, so `webinar` would lex as `web` + `inar`;
 * - the lexer's first-character optimisation switches off for the whole language (15x slower),
 *   unless the custom token declares the characters it may start with and that it never spans lines.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') {
            token.START_CHARS_HINT = nameStartCharCodes();
            token.LINE_BREAKS = false;
            // The same language as the ID regex (test/language/name-matcher.test.ts), without a regex
            // match object per name and keyword (the ID is every keyword's longer alternative).
            token.PATTERN = { exec: matchName };
        } else if (terminal.name === 'STRING') {
            // Custom too (labels in curly quotes), so it declares its first characters as well.
            token.START_CHARS_HINT = [...LABEL_OPENERS].map(char => char.charCodeAt(0));
            token.LINE_BREAKS = false;
            token.PATTERN = { exec: matchLabel };
        }
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts = super.findLongerAlt(keyword, terminalTokens);
        const id = terminalTokens.find(token => token.name === 'ID');
        if (id && WHOLE_NAME.test(keyword.value) && !longerAlts.includes(id)) {
            longerAlts.push(id);
        }
        return longerAlts;
    }
}

/** Per BMP code unit: 1 if a name may start with it, 2 if a name may go on with it (both: 3). */
const NAME_CHARS = (() => {
    const table = new Uint8Array(0x10000);
    const go = /^[\p{L}\p{M}\p{N}_-]$/u;
    for (let code = 0; code < 0x10000; code++) {
        const char = String.fromCharCode(code);
        table[code] = (NAME_START.test(char) ? 1 : 0) | (go.test(char) ? 2 : 0);
    }
    return table;
})();
const NAME_START_ASTRAL = /^\p{L}$/u;
const NAME_GO_ASTRAL = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Chevrotain's custom matcher for ID: the longest `[\p{L}_][\p{L}\p{M}\p{N}_-]*` at `offset`, read
 * with a lookup table (and a regex only for characters beyond the BMP).
 */
export function matchName(text: string, offset: number): [string] | null {
    let at = offset;
    const end = text.length;
    while (at < end) {
        const code = text.charCodeAt(at);
        let width = 1;
        let kind: number;
        if (code >= 0xd800 && code <= 0xdbff && at + 1 < end) {
            const next = text.charCodeAt(at + 1);
            const pair = text.slice(at, at + 2);
            width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
            kind = width === 2 ? (NAME_START_ASTRAL.test(pair) ? 1 : 0) | (NAME_GO_ASTRAL.test(pair) ? 2 : 0) : 0;
        } else {
            kind = NAME_CHARS[code];
        }
        if (!(kind & (at === offset ? 1 : 2))) {
            break;
        }
        at += width;
    }
    return at > offset ? [text.slice(offset, at)] : null;
}

/** A label as the grammar writes it: `"…"`, with `\\` escapes, on one line. */
const STRAIGHT_LABEL = /"(?:\\.|[^"\\\r\n])*"/y;
/**
 * A label in the curly quotes word processors and phone keyboards type: `“…”` (or `”…”`, `„…“`),
 * `‘…’`, or `"…”`. The lexer reads it as a label, so that the rest of the line parses, and
 * journey-lexer.ts reports it (JM001, with a quick fix to straight quotes).
 */
const CURLY_LABEL = /[“”„](?:\\.|[^"“”\\\r\n])*["“”]|‘(?:\\.|[^’\\\r\n])*’|"(?:\\.|[^"“”\\\r\n])*”/y;
const LABEL_OPENERS = '"“”„‘';

/** Chevrotain's custom matcher for STRING: a straight-quoted label, else a label in curly quotes. */
export function matchLabel(text: string, offset: number): [string] | null {
    STRAIGHT_LABEL.lastIndex = offset;
    const straight = STRAIGHT_LABEL.exec(text);
    if (straight) {
        return [straight[0]];
    }
    CURLY_LABEL.lastIndex = offset;
    const curly = CURLY_LABEL.exec(text);
    return curly ? [curly[0]] : null;
}

/** Whether a text is one label written in curly quotes. */
export function isCurlyLabel(text: string): boolean {
    CURLY_LABEL.lastIndex = 0;
    return CURLY_LABEL.exec(text)?.[0].length === text.length;
}

let startCharCodes: number[] | undefined;

/** Every UTF-16 code unit a name can start with: BMP letters, `_`, and high surrogates (letters beyond the BMP). */
function nameStartCharCodes(): number[] {
    if (!startCharCodes) {
        startCharCodes = [];
        for (let code = 0; code <= 0xffff; code++) {
            const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
            if (isHighSurrogate || NAME_CHARS[code] & 1) {
                startCharCodes.push(code);
            }
        }
    }
    return startCharCodes;
}
