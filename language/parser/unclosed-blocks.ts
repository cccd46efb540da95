import type { IRecognitionException, IToken } from 'chevrotain';
import type { AstNode, CstNode } from 'langium';
import { GrammarUtils, isCompositeCstNode } from 'langium';
import { allNodes } from '../ast-walk.js';
import { closedEarlyMessage, unclosedBlockMessage } from './syntax-messages.js';

/** The kinds of block (`NAME { … }`), by AST type, in a BA's words. */
const BLOCK_KINDS: Readonly<Record<string, string>> = {
    Persona: 'persona', Journey: 'journey', Stage: 'stage', Touchpoint: 'touchpoint', Opportunity: 'opportunity'
};

/**
 * A forgotten `}` is noticed where the parser runs out of braces: after the next block's `}`, at the
 * next stage or at the end of the file. This moves that error to the block left open, found by
 * indentation: the first block whose `}` stands left of the block's own first line took a `}` that
 * belonged to the block around it. Without such a block (a file written without indentation), the
 * block the parser found open is the one reported. The error names the line where the block began
 * and the line after which its `}` goes.
 *
 * A `}` too many closes its block early: the error at the next line, indented as the block's
 * content, says which block that `}` closed and on which line.
 *
 * `errors` are the parse's errors; returns them with each such error replaced.
 */
export function reportUnclosedBlocks(root: AstNode, errors: readonly IRecognitionException[]): IRecognitionException[] {
    const result = [...errors];
    // Each error by the end of the token before it (the parser notices an open block at the token after the block).
    const byPreviousEnd = new Map<number, number>();
    result.forEach((error, index) => {
        const end = previousToken(error)?.endOffset;
        if (end !== undefined && !byPreviousEnd.has(end)) {
            byPreviousEnd.set(end, index);
        }
    });
    for (const node of allNodes(root)) {
        const cst = node.$cstNode;
        if (!BLOCK_KINDS[node.$type] || !cst) {
            continue;
        }
        const own = ownLeaves(node);
        const closing = own.find(leaf => leaf.text === '}');
        if (!own.some(leaf => leaf.text === '{')) {
            continue;
        }
        // The error the parser made at the token after this block: the one whose previous token is the block's last.
        const index = byPreviousEnd.get(cst.end - 1);
        if (index === undefined) {
            continue;
        }
        if (!closing) {
            const open = firstMisplacedBlock(node) ?? node;
            result[index] = unclosedError(open, result[index]);
        } else if (closedEarly(node, closing, result[index].token)) {
            result[index] = closedEarlyError(node, closing, result[index]);
        }
    }
    return result;
}

/**
 * Whether the `}` that closed a block is one too many: the line where the parser then failed is
 * indented as the block's content, and the block does not end on that line's own `}` column.
 */
function closedEarly(block: AstNode, closing: CstNode, next: IToken): boolean {
    const start = block.$cstNode!.range.start.character;
    const column = (next.startColumn ?? 0) - 1;
    return Number.isFinite(column) && column > start && startsLine(closing) && isFirstOnLine(next, closing.root.fullText);
}

function isFirstOnLine(token: IToken, text: string): boolean {
    return /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', token.startOffset - 1) + 1, token.startOffset));
}

/** The error at the line after a `}` too many, saying which block it closed early. */
function closedEarlyError(block: AstNode, closing: CstNode, error: IRecognitionException): IRecognitionException {
    const cst = block.$cstNode!;
    const message = closedEarlyMessage(error.token.image, BLOCK_KINDS[block.$type], (block as AstNode & { name?: string }).name,
        cst.range.start.line + 1, closing.range.start.line + 1);
    return Object.assign(new Error(message), { name: error.name, token: error.token, previousToken: previousToken(error), resyncedTokens: [], context: error.context });
}

/** The tokens of a node itself (its keywords, name, braces), not those of the nodes inside it. */
function ownLeaves(node: AstNode): CstNode[] {
    const leaves: CstNode[] = [];
    const walk = (cst: CstNode): void => {
        if (!isCompositeCstNode(cst)) {
            leaves.push(cst);
            return;
        }
        for (const child of cst.content) {
            if (!child.hidden && child.astNode === node) {
                walk(child);
            }
        }
    };
    if (node.$cstNode) {
        walk(node.$cstNode);
    }
    return leaves;
}

function previousToken(error: IRecognitionException): IToken | undefined {
    return (error as { previousToken?: IToken }).previousToken;
}

/** In document order, the first block inside `node` whose `}` is on a line of its own, left of where the block begins. */
function firstMisplacedBlock(node: AstNode): AstNode | undefined {
    let first: { block: AstNode; at: number } | undefined;
    for (const inner of allNodes(node).slice(1)) {
        const cst = inner.$cstNode;
        const brace = cst && BLOCK_KINDS[inner.$type] ? ownLeaves(inner).find(leaf => leaf.text === '}') : undefined;
        if (!cst || !brace || brace.range.start.character >= cst.range.start.character || !startsLine(brace)) {
            continue;
        }
        if (!first || brace.offset < first.at) {
            first = { block: inner, at: brace.offset };
        }
    }
    return first?.block;
}

/** The line (1-based) of the last token of `cst` before `offset`. */
function lastLineBefore(cst: CstNode, offset: number): number {
    let line = cst.range.start.line;
    const walk = (node: CstNode): void => {
        if (node.offset >= offset || node.hidden) {
            return;
        }
        if (isCompositeCstNode(node)) {
            node.content.forEach(walk);
        } else {
            line = Math.max(line, node.range.end.line);
        }
    };
    walk(cst);
    return line + 1;
}

function startsLine(node: CstNode): boolean {
    const root = node.root;
    return /^[ \t]*$/.test(root.fullText.slice(root.fullText.lastIndexOf('\n', node.offset - 1) + 1, node.offset));
}

/** The error moved to the block's first line, from its keyword to its name. */
function unclosedError(block: AstNode, error: IRecognitionException): IRecognitionException {
    const cst = block.$cstNode!;
    const name = GrammarUtils.findNodeForProperty(cst, 'name');
    const end = name && name.range.start.line === cst.range.start.line ? name : ownLeaves(block)[0] ?? cst;
    // Its last line: where its last statement ends (the `}` it took belongs to the block around it).
    const stolen = ownLeaves(block).find(leaf => leaf.text === '}');
    const lastLine = stolen ? lastLineBefore(cst, stolen.offset) : cst.range.end.line + 1;
    const kind = BLOCK_KINDS[block.$type];
    const blockName = (block as AstNode & { name?: string }).name;
    const token: Partial<IToken> = {
        image: cst.root.fullText.slice(cst.offset, end.end),
        startOffset: cst.offset, endOffset: end.end - 1,
        startLine: cst.range.start.line + 1, startColumn: cst.range.start.character + 1,
        endLine: end.range.end.line + 1, endColumn: end.range.end.character
    };
    return Object.assign(new Error(unclosedBlockMessage(kind, blockName, cst.range.start.line + 1, lastLine)), {
        name: error.name, token: token as IToken, resyncedTokens: [], context: error.context
    });
}
