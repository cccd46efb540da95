import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import { closestName } from '../domain/closest-name.js';
import { braceTooManyMessage, keywordTypoMessage } from './syntax-messages.js';

/** At most this many misspelt keywords are read as meant in one file (each costs a parse of the file). */
export const MAX_KEYWORD_CORRECTIONS = 20;
/** At most this many readings are tried in one file, kept or not... */
const MAX_ATTEMPTS = 40;
/** ...and no more tokens parsed again than this in all (a 5 MB file with errors gets one or two tries). */
const TOKEN_BUDGET = 2_000_000;

/**
 * A syntax error the parser read past as meant: a misspelt keyword (`keyword` is the one meant) or a
 * `}` too many (`keyword` is empty: remove it). It travels to the quick fix (journey-code-actions.ts).
 */
export interface KeywordTypoError extends IRecognitionException {
    keyword: string;
}

export function isKeywordTypoError(error: IRecognitionException): error is KeywordTypoError {
    return typeof (error as Partial<KeywordTypoError>).keyword === 'string';
}

/** A change tried on the tokens: read a name as a keyword, or leave out a `}`. */
interface Reading {
    token: IToken;
    /** The keyword meant, or '' to leave the `}` out. */
    keyword: string;
    /** The offset of the error it is tried for. */
    at: number;
}

export interface Parsed<T> {
    value: T;
    errors: IRecognitionException[];
}

/**
 * Reads misspelt keywords as the keywords meant (`touchpiont` as `touchpoint`), and leaves out a `}` too
 * many (one on its own line, followed by a line indented deeper), so that such a slip costs one message
 * and the rest of the block parses as written. A name where the parser failed is tried as the
 * closest keyword (closest-name.ts); the reading is kept when the file then parses with fewer errors
 * and none at that word. Each kept reading is reported as a syntax error that names the keyword meant.
 *
 * `parse` parses the tokens as they are now; it is called again after each change of a token's type.
 */
export function readKeywordTypos<T>(tokens: IToken[], keywords: ReadonlyMap<string, TokenType>, idType: TokenType | undefined, parse: () => Parsed<T>): Parsed<T> {
    let parsed = parse();
    const tried = new Set<IToken>();
    const corrected: KeywordTypoError[] = [];
    const attempts = Math.min(MAX_ATTEMPTS, Math.floor(TOKEN_BUDGET / Math.max(1, tokens.length)));
    while (parsed.errors.length > 0 && corrected.length < MAX_KEYWORD_CORRECTIONS && tried.size < attempts) {
        const candidate = nextCandidate(parsed.errors, tried, keywords, idType, tokens);
        if (!candidate) {
            break;
        }
        const { token, keyword, at } = candidate;
        tried.add(token);
        const undo = keyword === '' ? leaveOut(tokens, token) : retype(token, keywords.get(keyword)!);
        const retried = parse();
        if (isProgress(parsed.errors, retried.errors, token, at)) {
            parsed = retried;
            corrected.push(typoError(token, keyword));
        } else {
            undo();
        }
    }
    if (corrected.length === 0) {
        return parsed;
    }
    const errors = [...parsed.errors, ...corrected].sort((a, b) => a.token.startOffset - b.token.startOffset);
    return { value: parsed.value, errors };
}

/**
 * Whether reading `token` as a keyword helped: no error there any more, fewer errors up to the one it
 * was tried for (at offset `at`), and no
 * more errors in all (a second typo further on the same line may keep the count the same).
 */
function isProgress(before: readonly IRecognitionException[], after: readonly IRecognitionException[], token: IToken, at: number): boolean {
    const upTo = (errors: readonly IRecognitionException[]) => errors.filter(error => error.token.startOffset <= at).length;
    return !after.some(error => error.token === token) && upTo(after) < upTo(before) && after.length <= before.length;
}

/**
 * The first error (in the file's order) on a name, not tried yet, close to a keyword: the word where the
 * parser failed, or the one just before it (`acton "Reads"` fails at the text: `acton` was read as a name).
 */
function nextCandidate(errors: readonly IRecognitionException[], tried: ReadonlySet<IToken>, keywords: ReadonlyMap<string, TokenType>, idType: TokenType | undefined, tokens: readonly IToken[]): Reading | undefined {
    const ordered = [...errors].sort((a, b) => a.token.startOffset - b.token.startOffset);
    for (const error of ordered) {
        const previous = (error as { previousToken?: IToken }).previousToken;
        if (previous && !tried.has(previous) && isBraceTooMany(previous, error.token, tokens)) {
            return { token: previous, keyword: '', at: error.token.startOffset };
        }
        for (const token of [error.token, previous]) {
            if (!token || tried.has(token) || token.tokenType !== idType) {
                continue;
            }
            const keyword = closestName(token.image, keywords.keys());
            if (keyword) {
                return { token, keyword, at: error.token.startOffset };
            }
        }
    }
    return undefined;
}

/**
 * Whether a `}` on a line of its own looks one too many: the line after it, where the parser failed,
 * is indented deeper than it (the content of the block it closed goes on).
 */
function isBraceTooMany(brace: IToken, next: IToken, tokens: readonly IToken[]): boolean {
    if (brace.image !== '}' || !Number.isFinite(next.startOffset) || (next.startLine ?? 0) <= (brace.endLine ?? 0)
        || (next.startColumn ?? 0) <= (brace.startColumn ?? 0)) {
        return false;
    }
    const index = tokens.indexOf(brace);
    return index >= 0 && (index === 0 || (tokens[index - 1].endLine ?? 0) < (brace.startLine ?? 0));
}

/** Reads `token` as `type`; returns what undoes it. */
function retype(token: IToken, type: TokenType): () => void {
    const written = { tokenType: token.tokenType, tokenTypeIdx: token.tokenTypeIdx };
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
    return () => Object.assign(token, written);
}

/** Leaves `token` out of the tokens; returns what puts it back. */
function leaveOut(tokens: IToken[], token: IToken): () => void {
    const index = tokens.indexOf(token);
    tokens.splice(index, 1);
    return () => tokens.splice(index, 0, token);
}

function typoError(token: IToken, keyword: string): KeywordTypoError {
    return readAsMeant(token, keyword, keyword === '' ? braceTooManyMessage() : keywordTypoMessage(token.image, keyword));
}

/** A syntax error at `token`, which the parser read as `keyword` (its quick fix writes `keyword` there). */
export function readAsMeant(token: IToken, keyword: string, message: string): KeywordTypoError {
    return Object.assign(new Error(message), {
        name: 'MismatchedTokenException', token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] }, keyword
    });
}
