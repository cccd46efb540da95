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

let startCharCodes: number[] | undefined;

/** Every UTF-16 code unit a name can start with: BMP letters, `_`, and high surrogates (letters beyond the BMP). */
function nameStartCharCodes(): number[] {
    if (!startCharCodes) {
        startCharCodes = [];
        for (let code = 0; code <= 0xffff; code++) {
            const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
            if (isHighSurrogate || NAME_START.test(String.fromCharCode(code))) {
                startCharCodes.push(code);
            }
        }
    }
    return startCharCodes;
}
