import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import type { LangiumParser } from 'langium';

/**
 * Recovery from a syntax error at the next line the parser understands, inside the same block.
 *
 * Chevrotain resumes after an error at the first token, anywhere ahead, that some rule on its stack
 * could go on with. In a map that is often a line of another block: after `touchpiont đọc_biểu_phí {`
 * (a typo) inside a stage, the first such token was the `channel` of the next line, which the top
 * level can start with; the journey was abandoned there and each touchpoint line became a
 * top-level channel declaration, clashing with the real ones in other files (27 problems for one
 * typo). Here the parser resumes only at a token that begins a line (or is a `}`), and never inside a
 * block that opens after the error: a block written on a line it skips is skipped whole. Should the
 * braces after the error not balance (a `}` is missing too), it falls back to any line start.
 *
 * Both of Chevrotain's recoveries are replaced: inside a repetition (the lines of a block: resume at
 * the next line that the repetition can take, or at the block's `}`), and between rules (when a rule
 * fails, skip to the next line that a rule on the stack can go on with).
 */

/** The members of Chevrotain's recognizer (chevrotain 13, through langium 4.4.0) that recovery uses. */
interface Recognizer {
    tokVector: IToken[];
    LA(howMuch: number): IToken;
    exportLexerState(): number;
    importLexerState(state: number): void;
    tokenMatcher(token: IToken, type: TokenType): boolean;
    flattenFollowSet(): TokenType[];
    getCurrRuleFullName(): string;
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    errorMessageProvider: { buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string };
    tryInRepetitionRecovery(grammarRule: (...args: unknown[]) => unknown, args: unknown[], lookAhead: () => boolean, expected: TokenType): void;
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
}

/** Installs the recovery on a parser's recognizer; returns false when Chevrotain's API changed (then test/language/one-mistake.test.ts fails). */
export function recoverAtLines(parser: LangiumParser): boolean {
    const recognizer = (parser as unknown as { wrapper?: Recognizer }).wrapper;
    if (!recognizer || typeof recognizer.findReSyncTokenType !== 'function' || typeof recognizer.reSyncTo !== 'function'
        || typeof recognizer.tryInRepetitionRecovery !== 'function' || typeof recognizer.flattenFollowSet !== 'function') {
        return false;
    }
    /** Where the last findReSyncTokenType found its token: the index it started from, and how many tokens ahead. */
    let found: { from: number; ahead: number } | undefined;

    recognizer.tryInRepetitionRecovery = function (this: Recognizer, grammarRule, args, lookAhead, expected): void {
        const start = this.exportLexerState();
        const actual = this.LA(1);
        const previous = this.LA(0);
        const follows = this.flattenFollowSet();
        const report = (): void => {
            const message = this.errorMessageProvider.buildMismatchTokenMessage({ expected, actual, previous, ruleName: this.getCurrRuleFullName() });
            // The exception Chevrotain's own recovery saves here (a MismatchedTokenException), without importing Chevrotain.
            this.SAVE_ERROR(Object.assign(new Error(message), { name: 'MismatchedTokenException', token: actual, previousToken: previous, resyncedTokens: [], context: undefined! }));
        };
        for (const withBlocks of [true, false]) {
            for (const ahead of resumePoints(this, start, withBlocks)) {
                this.importLexerState(start + ahead - 1);
                const token = this.LA(1);
                if (this.tokenMatcher(token, expected)) {
                    report();
                    return;
                }
                if (lookAhead.call(this)) {
                    report();
                    grammarRule.apply(this, args);
                    return;
                }
                if (follows.some(type => this.tokenMatcher(token, type))) {
                    // A rule around this repetition goes on here (a `stage` line inside a stage: its `}` is missing).
                    this.importLexerState(start);
                    return;
                }
            }
        }
        this.importLexerState(start);
    };

    recognizer.findReSyncTokenType = function (this: Recognizer): TokenType {
        const follows = this.flattenFollowSet();
        const start = this.exportLexerState();
        for (const withBlocks of [true, false]) {
            for (const ahead of resumePoints(this, start, withBlocks)) {
                const token = this.LA(ahead);
                const type = follows.find(follow => this.tokenMatcher(token, follow));
                if (type) {
                    found = { from: start, ahead };
                    return type;
                }
            }
        }
        // Never reached: the end of the file is a resume point, and it follows the top rule.
        found = undefined;
        return follows[0];
    };

    const reSyncTo = recognizer.reSyncTo;
    recognizer.reSyncTo = function (this: Recognizer, type: TokenType): IToken[] {
        if (!found || found.from !== this.exportLexerState()) {
            return reSyncTo.call(this, type);
        }
        const skipped = Array.from({ length: found.ahead - 1 }, (_, i) => this.LA(i + 1));
        this.importLexerState(found.from + found.ahead - 1);
        found = undefined;
        return skipped;
    };
    return true;
}

/**
 * How far ahead (LA(k)) each token is where parsing may resume: the next token itself, then each
 * token that begins a line or is a `}`, and the end of the file. With `withBlocks`, not inside a
 * block that opens on the way; when those blocks never close, there are no resume points but the
 * end, and the caller asks again without.
 */
function* resumePoints(recognizer: Recognizer, start: number, withBlocks: boolean): Generator<number> {
    const tokens = recognizer.tokVector;
    let depth = 0;
    let previous: IToken | undefined = tokens[start];
    for (let ahead = 1; ; ahead++) {
        const token = tokens[start + ahead];
        const kind = token?.tokenType.name ?? 'EOF';
        if (kind === 'EOF') {
            if (!withBlocks || depth === 0) {
                yield ahead;
            }
            return;
        }
        const startsLine = previous === undefined || (previous.endLine ?? 0) < (token.startLine ?? 0);
        if (depth === 0 && (ahead === 1 || startsLine || kind === '}')) {
            yield ahead;
        }
        if (withBlocks && kind === '{') {
            depth++;
        } else if (kind === '}' && depth > 0) {
            depth--;
        }
        previous = token;
    }
}
