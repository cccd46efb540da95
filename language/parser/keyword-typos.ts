import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import { closestName } from '../domain/closest-name.js';
import { keywordTypoMessage } from './syntax-messages.js';

/** At most this many misspelt keywords are read as meant in one file (each costs a parse of the file). */
export const MAX_KEYWORD_CORRECTIONS = 20;
/** At most this many readings are tried in one file, kept or not... */
const MAX_ATTEMPTS = 40;
/** ...and no more tokens parsed again than this in all (a 5 MB file with errors gets one or two tries). */
const TOKEN_BUDGET = 2_000_000;

/** A syntax error that is a misspelt keyword: the keyword meant travels to the quick fix (journey-code-actions.ts). */
export interface KeywordTypoError extends IRecognitionException {
    keyword: string;
}

export function isKeywordTypoError(error: IRecognitionException): error is KeywordTypoError {
    return typeof (error as Partial<KeywordTypoError>).keyword === 'string';
}

export interface Parsed<T> {
    value: T;
    errors: IRecognitionException[];
}

/**
 * Reads misspelt keywords as the keywords meant (`touchpiont` as `touchpoint`), so that a typo costs one
 * message and the rest of the block parses as written. A name where the parser failed is tried as the
 * closest keyword (closest-name.ts); the reading is kept when the file then parses with fewer errors
 * and none at that word. Each kept reading is reported as a syntax error that names the keyword meant.
 *
 * `parse` parses the tokens as they are now; it is called again after each change of a token's type.
 */
export function readKeywordTypos<T>(tokenCount: number, keywords: ReadonlyMap<string, TokenType>, idType: TokenType | undefined, parse: () => Parsed<T>): Parsed<T> {
    let parsed = parse();
    const tried = new Set<IToken>();
    const corrected: KeywordTypoError[] = [];
    const attempts = Math.min(MAX_ATTEMPTS, Math.floor(TOKEN_BUDGET / Math.max(1, tokenCount)));
    while (parsed.errors.length > 0 && corrected.length < MAX_KEYWORD_CORRECTIONS && tried.size < attempts) {
        const candidate = nextCandidate(parsed.errors, tried, keywords, idType);
        if (!candidate) {
            break;
        }
        const { token, keyword, at } = candidate;
        tried.add(token);
        const written = { tokenType: token.tokenType, tokenTypeIdx: token.tokenTypeIdx };
        retype(token, keywords.get(keyword)!);
        const retried = parse();
        if (isProgress(parsed.errors, retried.errors, token, at)) {
            parsed = retried;
            corrected.push(typoError(token, keyword));
        } else {
            Object.assign(token, written);
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
function nextCandidate(errors: readonly IRecognitionException[], tried: ReadonlySet<IToken>, keywords: ReadonlyMap<string, TokenType>, idType: TokenType | undefined): { token: IToken; keyword: string; at: number } | undefined {
    const ordered = [...errors].sort((a, b) => a.token.startOffset - b.token.startOffset);
    for (const error of ordered) {
        const previous = (error as { previousToken?: IToken }).previousToken;
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

function retype(token: IToken, type: TokenType): void {
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
}

function typoError(token: IToken, keyword: string): KeywordTypoError {
    return Object.assign(new Error(keywordTypoMessage(token.image, keyword)), {
        name: 'MismatchedTokenException', token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] }, keyword
    });
}
