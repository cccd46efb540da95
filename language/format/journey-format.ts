import type { AstNode, CstNode, LeafCstNode, ParseResult, RootCstNode } from 'langium';
import type { IToken } from 'chevrotain';
import { AstUtils, CstUtils } from 'langium';
import {
    Channel, ChannelLine, EmotionLine, FixesLine, ImpactLine, ImprovesLine, Journey, JourneyText, LanguageLine, MetricLine, ModelLine,
    Opportunity, OpportunityText, Pain, Persona, PersonaField, PersonaLine, Stage, TextLine, Touchpoint, TypeLine, Workspace
} from '../generated/ast.js';

/**
 * The canonical formatter of the journey language (docs/formatting.md, reference section 7).
 *
 * It works on the token stream of a parsed document (the leaves of its CST, comments included):
 * every token is printed exactly as written and only the whitespace between tokens is decided
 * here, so formatting can never reorder, add or drop a word, a label or a comment. The AST only
 * says where statements start (each starts a line) and which statements are stages, opportunities
 * and top-level declarations (blank-line rules). Comments only lose trailing spaces.
 */

/** A replacement of `text.slice(start, end)` (offsets in the original text). */
export interface FormatEdit {
    readonly start: number;
    readonly end: number;
    readonly newText: string;
}

export type FormatOutcome =
    | { readonly ok: true; readonly text: string; readonly edits: readonly FormatEdit[]; readonly changed: boolean }
    | { readonly ok: false; readonly reason: 'syntax-error' | 'out-of-date'; readonly line: number };

/** Lines of a range, 0-based, both included. */
export interface LineRange {
    readonly startLine: number;
    readonly endLine: number;
}

/** The AST types whose text starts a line of its own. Every other node is part of a statement. */
export const STATEMENT_TYPES: ReadonlySet<string> = new Set([
    Persona.$type, Channel.$type, Journey.$type,
    PersonaField.$type,
    TypeLine.$type, PersonaLine.$type, ModelLine.$type, JourneyText.$type, ImprovesLine.$type, LanguageLine.$type,
    Stage.$type, Touchpoint.$type,
    ChannelLine.$type, TextLine.$type, EmotionLine.$type, Pain.$type, MetricLine.$type,
    Opportunity.$type, FixesLine.$type, OpportunityText.$type, ImpactLine.$type
]);

/** AST types that are not statements: the document itself. */
export const NON_STATEMENT_TYPES: ReadonlySet<string> = new Set([Workspace.$type]);

const INDENT = '  ';
const LINE_BREAK = /\r\n|\r|\n/g;
const HAS_BREAK = /[\r\n]/;

type StatementKind = 'declaration' | 'stage' | 'opportunity' | 'line';
type TokenKind = 'line-comment' | 'block-comment' | 'open' | 'close' | 'comma' | 'percent' | 'number' | 'word';

interface Token {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly kind: TokenKind;
    /** Set on the first token of a statement. */
    readonly statement?: StatementKind;
    readonly leaf: LeafCstNode;
}

/** One piece of the output: the whitespace before a token (or the end of the text), or a comment's text. */
interface Piece extends FormatEdit {
    /** What the piece is: the whitespace before token `index` (`tokens.length`: the end of the text), or the text of a comment. */
    readonly role: 'gap' | 'comment';
    readonly index: number;
    /** The text the piece replaces. */
    readonly original: string;
}

interface Layout {
    readonly tokens: readonly Token[];
    readonly pieces: readonly Piece[];
}

/**
 * Formats a parsed document. `text` must be the text that was parsed (otherwise: `out-of-date`).
 * A document with a syntax error (JM001) is not formatted: `syntax-error` with the line (1-based) of the first one.
 */
export function formatParsed(text: string, parseResult: ParseResult): FormatOutcome {
    const layout = layoutOf(text, parseResult);
    if ('reason' in layout) {
        return layout;
    }
    const edits = layout.pieces.filter(isChange).map(({ start, end, newText }) => ({ start, end, newText }));
    return { ok: true, text: applyEdits(text, edits), edits, changed: edits.length > 0 };
}

/**
 * The edits that format the statements a range of lines touches (each whole, with the comments on those
 * lines), leaving the rest of the document as it is. Nothing for a document with a syntax error.
 */
export function formatParsedRange(text: string, parseResult: ParseResult, range: LineRange): FormatEdit[] {
    const layout = layoutOf(text, parseResult);
    if ('reason' in layout) {
        return [];
    }
    const region = regionOf(layout.tokens, range);
    if (!region) {
        return [];
    }
    const edits: FormatEdit[] = [];
    for (const piece of layout.pieces) {
        if (piece.start >= region.start && piece.end <= region.end) {
            if (isChange(piece)) {
                edits.push({ start: piece.start, end: piece.end, newText: piece.newText });
            }
        } else if (piece.role === 'gap' && piece.end === region.start) {
            // The whitespace before the first statement: only its indentation, so that no line above changes.
            const old = piece.original;
            if (HAS_BREAK.test(old) && HAS_BREAK.test(piece.newText)) {
                const edit = { start: piece.end - lastLineOf(old).length, end: piece.end, newText: lastLineOf(piece.newText) };
                if (text.slice(edit.start, edit.end) !== edit.newText) {
                    edits.push(edit);
                }
            } else if (!HAS_BREAK.test(old) && piece.index === 0 && isChange(piece)) {
                edits.push({ start: piece.start, end: piece.end, newText: piece.newText });
            }
        }
    }
    return edits;
}

/** The line (1-based) of the first syntax error (lexing or parsing), or undefined when there is none. */
export function firstSyntaxErrorLine(parseResult: ParseResult): number | undefined {
    const lines: number[] = [];
    for (const error of parseResult.lexerErrors) {
        lines.push(error.line ?? 1);
    }
    for (const diagnostic of parseResult.lexerReport?.diagnostics ?? []) {
        if ((diagnostic.severity ?? 'error') === 'error') {
            lines.push(diagnostic.line ?? 1);
        }
    }
    for (const error of parseResult.parserErrors) {
        if (CstUtils.isValidTokenRange(error.token)) {
            lines.push(error.token.startLine ?? 1);
        } else if ('previousToken' in error && CstUtils.isValidTokenRange(error.previousToken as IToken)) {
            // An error at the end of the text: where the text stops (as the JM001 diagnostic says).
            lines.push((error.previousToken as IToken).endLine ?? 1);
        } else {
            lines.push(1);
        }
    }
    const valid = lines.filter(line => Number.isFinite(line) && line >= 1);
    // A loop, not Math.min(...valid): a file with ~300,000 syntax errors would overflow the stack.
    return lines.length === 0 ? undefined : valid.length > 0 ? valid.reduce((first, line) => Math.min(first, line)) : 1;
}

/** Applies non-overlapping edits (offsets in `text`). */
export function applyEdits(text: string, edits: readonly FormatEdit[]): string {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    let result = '';
    let at = 0;
    for (const edit of sorted) {
        result += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
    }
    return result + text.slice(at);
}

// ---- Layout ----------------------------------------------------------------

function layoutOf(text: string, parseResult: ParseResult): Layout | { ok: false; reason: 'syntax-error' | 'out-of-date'; line: number } {
    const errorLine = firstSyntaxErrorLine(parseResult);
    if (errorLine !== undefined) {
        return { ok: false, reason: 'syntax-error', line: errorLine };
    }
    const root = parseResult.value.$cstNode as RootCstNode | undefined;
    if (root && root.fullText !== text) {
        return { ok: false, reason: 'out-of-date', line: 1 };
    }
    const tokens = root ? tokensOf(parseResult.value) : [];
    // Safety net: between the tokens there must be nothing but whitespace (else a word would be lost).
    const bom = bomLength(text);
    let at = bom;
    for (const token of [...tokens, undefined]) {
        const end = token ? token.start : text.length;
        if (end < at || /\S/u.test(text.slice(at, end))) {
            return { ok: false, reason: 'syntax-error', line: lineAt(text, Math.min(at, end)) };
        }
        at = token ? token.end : at;
    }
    return { tokens, pieces: new Printer(text, tokens, bom).print() };
}

function tokensOf(workspace: AstNode): Token[] {
    const statements = new Map<number, StatementKind>();
    for (const node of AstUtils.streamAst(workspace)) {
        if (STATEMENT_TYPES.has(node.$type) && node.$cstNode) {
            statements.set(node.$cstNode.offset, statementKind(node));
        }
    }
    const leaves = CstUtils.flattenCst(workspace.$cstNode!).filter(leaf => leaf.length > 0).toArray();
    leaves.sort((a, b) => a.offset - b.offset);
    return leaves.map(leaf => {
        const kind = tokenKind(leaf);
        const statement = kind === 'line-comment' || kind === 'block-comment' ? undefined : statements.get(leaf.offset);
        return { start: leaf.offset, end: leaf.end, text: leaf.text, kind, leaf, ...(statement ? { statement } : {}) };
    });
}

function statementKind(node: AstNode): StatementKind {
    if (node.$type === Stage.$type) {
        return 'stage';
    }
    if (node.$type === Opportunity.$type) {
        return 'opportunity';
    }
    return node.$container?.$type === Workspace.$type ? 'declaration' : 'line';
}

function tokenKind(leaf: LeafCstNode): TokenKind {
    if (leaf.hidden) {
        return leaf.text.startsWith('/*') ? 'block-comment' : 'line-comment';
    }
    switch (leaf.text) {
        case '{': return 'open';
        case '}': return 'close';
        case ',': return 'comma';
        case '%': return 'percent';
    }
    return leaf.tokenType.name === 'NUMBER' ? 'number' : 'word';
}

const isComment = (token: Token | undefined): boolean => token?.kind === 'line-comment' || token?.kind === 'block-comment';

/** How two neighbouring code tokens are separated, before comments are taken into account. */
type Separation = 'none' | 'space' | 'line' | 'blank' | 'empty-body';

class Printer {
    private readonly pieces: Piece[] = [];
    private readonly eol: string;
    private depth = 0;
    private readonly breakCounts = new Map<Token, number>();
    /** The kind of the last statement started at each depth. */
    private readonly lastStatement: Array<StatementKind | undefined> = [undefined];

    constructor(private readonly text: string, private readonly tokens: readonly Token[], private readonly bom: number) {
        const firstBreak = /\r\n|\r|\n/.exec(text);
        this.eol = firstBreak ? firstBreak[0] : '\n';
        let from = bom;
        for (const token of tokens) {
            this.breakCounts.set(token, text.slice(from, token.start).match(LINE_BREAK)?.length ?? 0);
            from = token.end;
        }
    }

    print(): Piece[] {
        const tokens = this.tokens;
        let previous: Token | undefined;
        let i = 0;
        while (i <= tokens.length) {
            let j = i;
            while (j < tokens.length && isComment(tokens[j])) {
                j++;
            }
            const comments = tokens.slice(i, j);
            const next = tokens[j];
            const separators = this.gap(previous, comments, next);
            comments.forEach((comment, k) => {
                this.addGap(i + k, separators[k]);
                this.addComment(i + k, comment);
            });
            this.addGap(j, next ? separators[comments.length] : this.ending(tokens.length > 0));
            if (next) {
                this.enter(next);
            }
            previous = next;
            i = j + 1;
        }
        return this.pieces;
    }

    /** The separators before each comment of a gap and before the token that follows it. */
    private gap(previous: Token | undefined, comments: readonly Token[], next: Token | undefined): string[] {
        const separation = this.separation(previous, next);
        if ((separation === 'none' || separation === 'space') && previous && next) {
            return this.inlineGap(comments, next, separation);
        }
        return this.lineGap(previous, comments, next, separation);
    }

    private separation(previous: Token | undefined, next: Token | undefined): Separation {
        if (!previous || !next) {
            return 'line';
        }
        if (next.statement) {
            if (previous.kind === 'open') {
                return 'line';
            }
            const before = this.lastStatement[this.depth];
            if (next.statement === 'declaration' || next.statement === 'stage' || (next.statement === 'opportunity' && before !== 'opportunity')) {
                return 'blank';
            }
            return 'line';
        }
        switch (next.kind) {
            case 'close': return previous.kind === 'open' ? 'empty-body' : 'line';
            case 'comma': return 'none';
            case 'percent': return previous.kind === 'number' ? 'none' : 'space';
            default: return 'space';
        }
    }

    /** Inside a statement: one space (none before `,` and between a number and its `%`); comments keep their own lines. */
    private inlineGap(comments: readonly Token[], next: Token, separation: 'none' | 'space'): string[] {
        // A statement broken by a comment goes on one level deeper; a `{` goes back to the statement's own indentation.
        const indent = next.kind === 'open' ? this.depth : this.depth + 1;
        const separators = comments.map(comment => this.breaksBefore(comment) > 0 ? this.newline(false, indent) : ' ');
        const last = comments.at(-1);
        if (!last) {
            separators.push(separation === 'none' ? '' : ' ');
        } else if (last.kind === 'line-comment' || this.breaksBefore(next) > 0) {
            separators.push(this.newline(false, indent));
        } else {
            separators.push(next.kind === 'comma' ? '' : ' ');
        }
        return separators;
    }

    /** Between statements (and at the start and end of the text): comments keep their lines, at the indentation of what follows. */
    private lineGap(previous: Token | undefined, comments: readonly Token[], next: Token | undefined, separation: Separation): string[] {
        const innerIndent = this.depth;
        const nextIndent = next?.kind === 'close' ? this.depth - 1 : this.depth;
        const breaks: Array<{ index: number; blank: boolean; indent: number }> = [];
        const separators: string[] = [];
        let lineStartsWithComment = false;
        comments.forEach((comment, k) => {
            const count = this.breaksBefore(comment);
            if (!previous && k === 0) {
                separators.push('');
                lineStartsWithComment = true;
            } else if (count === 0) {
                separators.push(' ');
            } else {
                breaks.push({ index: k, blank: count > 1, indent: innerIndent });
                separators.push('');
                lineStartsWithComment = true;
            }
        });
        if (next) {
            const last = comments.at(-1);
            if (!previous && !last) {
                separators.push('');
            } else if (last?.kind === 'block-comment' && lineStartsWithComment && this.breaksBefore(next) === 0 && next.kind !== 'close') {
                separators.push(' ');
            } else if (separation === 'empty-body' && !last) {
                separators.push('');
            } else {
                breaks.push({ index: comments.length, blank: this.breaksBefore(next) > 1, indent: nextIndent });
                separators.push('');
            }
        }
        if (breaks.length > 0) {
            if (previous?.kind === 'open') {
                breaks[0].blank = false;
            }
            if (next?.kind === 'close') {
                breaks[breaks.length - 1].blank = false;
            }
            if (separation === 'blank' && !breaks.some(lineBreak => lineBreak.blank)) {
                breaks[0].blank = true;
            }
        }
        for (const lineBreak of breaks) {
            separators[lineBreak.index] = this.newline(lineBreak.blank, lineBreak.indent);
        }
        return separators;
    }

    /** The text after the last token: one line break (nothing for an empty document). */
    private ending(hasTokens: boolean): string {
        return hasTokens ? this.eol : '';
    }

    private enter(token: Token): void {
        if (token.statement) {
            this.lastStatement[this.depth] = token.statement;
        }
        if (token.kind === 'open') {
            this.depth++;
            this.lastStatement[this.depth] = undefined;
        } else if (token.kind === 'close') {
            this.depth = Math.max(0, this.depth - 1);
        }
    }

    private newline(blank: boolean, indent: number): string {
        return this.eol + (blank ? this.eol : '') + INDENT.repeat(Math.max(0, indent));
    }

    /** How many line breaks the original text has between a token and the one before it. */
    private breaksBefore(token: Token): number {
        let count = this.breakCounts.get(token);
        if (count === undefined) {
            const index = this.tokens.indexOf(token);
            const from = index > 0 ? this.tokens[index - 1].end : this.bom;
            count = this.text.slice(from, token.start).match(LINE_BREAK)?.length ?? 0;
        }
        return count;
    }

    private addGap(index: number, newText: string): void {
        const start = index > 0 ? this.tokens[index - 1].end : this.bom;
        const end = index < this.tokens.length ? this.tokens[index].start : this.text.length;
        this.pieces.push({ role: 'gap', index, start, end, newText, original: this.text.slice(start, end) });
    }

    private addComment(index: number, comment: Token): void {
        const newText = comment.kind === 'line-comment'
            ? comment.text.trimEnd()
            : comment.text.split(LINE_BREAK).map(line => line.trimEnd()).join(this.eol);
        this.pieces.push({ role: 'comment', index, start: comment.start, end: comment.end, newText, original: comment.text });
    }
}

/** The part of the text the statements touching a range of lines cover (with the comments on those lines). */
function regionOf(tokens: readonly Token[], range: LineRange): { start: number; end: number } | undefined {
    let start = Infinity;
    let end = -Infinity;
    for (const token of tokens) {
        const { start: from, end: to } = token.leaf.range;
        if (to.line < range.startLine || from.line > range.endLine) {
            continue;
        }
        const statement = isComment(token) ? undefined : statementOf(token.leaf.astNode);
        const node: CstNode | undefined = statement?.$cstNode;
        start = Math.min(start, token.start, node?.offset ?? token.start);
        end = Math.max(end, token.end, node?.end ?? token.end);
    }
    return start <= end ? { start, end } : undefined;
}

function statementOf(node: AstNode | undefined): AstNode | undefined {
    let current = node;
    while (current && !STATEMENT_TYPES.has(current.$type)) {
        current = current.$container;
    }
    return current;
}

function isChange(piece: Piece): boolean {
    return piece.original !== piece.newText;
}

function lastLineOf(text: string): string {
    const parts = text.split(LINE_BREAK);
    return parts[parts.length - 1];
}

function bomLength(text: string): number {
    return text.startsWith('\uFEFF') ? 1 : 0;
}

function lineAt(text: string, offset: number): number {
    return (text.slice(0, offset).match(LINE_BREAK)?.length ?? 0) + 1;
}
