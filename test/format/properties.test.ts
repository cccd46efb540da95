import fc from 'fast-check';
import type { AstNode, LangiumParser } from 'langium';
import { CstUtils, isReference } from 'langium';
import { describe, expect, it } from 'vitest';
import { isMetricLine } from '../../language/ast.js';
import { formatJourneyText, formatJourneyTextRange } from '../../language/format/format-journey-text.js';
import { applyEdits } from '../../language/format/journey-format.js';
import { createJourneyServices } from '../../language/journey-module.js';
import { buildJourneyModel } from '../../language/model/build-model.js';
import { loadWorkspace, memoryUri } from '../../language/workspace/load-workspace.js';
import { messyDocumentArbitrary } from './generate.js';

/** Fixed seed: a failure is reproducible (fast-check prints the counterexample and its path). */
const RUNS = { seed: 42, numRuns: 200 };

const { journeyLanguage } = createJourneyServices();
const parser: LangiumParser = journeyLanguage.parser.LangiumParser;

function parse(text: string) {
    const result = parser.parse(text);
    expect(result.lexerErrors, text).toEqual([]);
    expect(result.parserErrors.map(error => error.message), text).toEqual([]);
    return result;
}

function formatted(text: string): string {
    const outcome = formatJourneyText(text);
    if (!outcome.ok) {
        throw new Error(`not formatted (${outcome.reason}, line ${outcome.line}):\n${text}`);
    }
    return outcome.text;
}

/**
 * The words of a text, comments included, in order, as the lexer sees them. A number and a `%`
 * keyword after it are one word (`38 %` is written `38%`); comments without their trailing spaces.
 */
function words(text: string): string[] {
    const leaves = CstUtils.flattenCst(parse(text).value.$cstNode!).toArray().sort((a, b) => a.offset - b.offset);
    const result: string[] = [];
    leaves.forEach((leaf, i) => {
        if (leaf.text === '%' && !leaf.hidden && leaves[i - 1]?.tokenType.name === 'NUMBER') {
            result[result.length - 1] += '%';
        } else {
            result.push(leaf.hidden ? leaf.text.split(/\r\n|\r|\n/).map(line => line.trimEnd()).join('\n') : leaf.text);
        }
    });
    return result;
}

/** The AST as plain data: no `$` properties, references as their written text, `38 %` as `38%`. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(plain);
    }
    if (isReference(value)) {
        return value.$refText;
    }
    if (value && typeof value === 'object') {
        const node = value as AstNode & Record<string, unknown>;
        const entries = Object.entries(node).filter(([key]) => !key.startsWith('$')).map(([key, v]) => [key, plain(v)] as const);
        const object: Record<string, unknown> = { type: node.$type, ...Object.fromEntries(entries) };
        if (isMetricLine(node)) {
            object.value = node.value + (node.percent ? '%' : '');
            delete object.percent;
        }
        return object;
    }
    return value;
}

/** The text with each block comment on one line (they keep their inner lines as written). */
function withoutInnerLines(text: string): string {
    const comments = CstUtils.flattenCst(parse(text).value.$cstNode!).filter(leaf => leaf.hidden && leaf.text.startsWith('/*')).toArray();
    return comments.reverse().reduce((result, leaf) => result.slice(0, leaf.offset) + leaf.text.replace(/\s+/g, ' ') + result.slice(leaf.end), text);
}

/** The whitespace of a text between its words and comments. */
function withoutWords(text: string): string {
    const leaves = CstUtils.flattenCst(parse(text).value.$cstNode!).toArray().sort((a, b) => b.offset - a.offset);
    return leaves.reduce((result, leaf) => result.slice(0, leaf.offset) + result.slice(leaf.end), text);
}

/** The plain model of a text on its own, without source ranges. */
async function modelOf(text: string): Promise<unknown> {
    await loadWorkspace(journeyLanguage, [{ uri: memoryUri('property.journey'), text }]);
    const model = buildJourneyModel(journeyLanguage.shared.workspace.LangiumDocuments.all);
    return JSON.parse(JSON.stringify(model, (key, v: unknown) => key === 'source' ? undefined : v));
}

describe('formatter properties on random documents with random whitespace and comments', () => {
    it('the generator makes documents that parse', () => {
        fc.assert(fc.property(messyDocumentArbitrary, text => {
            parse(text);
        }), RUNS);
    });

    it('formatting is idempotent, and the result parses with no syntax error', () => {
        fc.assert(fc.property(messyDocumentArbitrary, text => {
            const once = formatted(text);
            parse(once);
            expect(formatted(once)).toBe(once);
        }), RUNS);
    });

    it('only whitespace changes: the same words and comments, in the same order', () => {
        fc.assert(fc.property(messyDocumentArbitrary, text => {
            expect(words(formatted(text))).toEqual(words(text));
        }), RUNS);
    });

    it('the AST is the same', () => {
        fc.assert(fc.property(messyDocumentArbitrary, text => {
            expect(plain(parse(formatted(text)).value)).toEqual(plain(parse(text).value));
        }), RUNS);
    });

    it('the model built from the linked workspace is the same (source ranges aside)', async () => {
        await fc.assert(fc.asyncProperty(messyDocumentArbitrary, async text => {
            expect(await modelOf(formatted(text))).toEqual(await modelOf(text));
        }), RUNS);
    });

    it('the layout is canonical: no trailing spaces, no tabs, one kind of line break, a final newline, two-space indentation, no double blank lines', () => {
        fc.assert(fc.property(messyDocumentArbitrary, text => {
            const once = formatted(text);
            const lines = withoutInnerLines(once).split(/\r?\n/);
            if (once !== '') {
                expect(once.endsWith('\n')).toBe(true);
                expect(lines.at(-1)).toBe('');
                expect(lines[0]).not.toBe('');
            }
            for (const line of lines) {
                expect(line).toBe(line.trimEnd());
                expect(line).toMatch(/^( {2})*(\S|$)/u);
            }
            expect(withoutInnerLines(once)).not.toMatch(/\n\n\n/);
            // Between words: only spaces and line breaks, all of one kind (the first line break of the file says which).
            expect(withoutWords(once)).toMatch(/^[ \r\n]*$/);
            expect(/\r\n/.test(text.match(/\r\n|\r|\n/)?.[0] ?? '') ? once.replace(/\r\n/g, '') : once).not.toMatch(/\r/);
            expect(/\r\n/.test(text.match(/\r\n|\r|\n/)?.[0] ?? '') ? once.replace(/\r\n/g, '') : '').not.toMatch(/\n/);
        }), RUNS);
    });

    it('range formatting is consistent with formatting the whole document', () => {
        fc.assert(fc.property(messyDocumentArbitrary, fc.nat(40), fc.nat(6), (text, from, length) => {
            const lineCount = text.split(/\r\n|\r|\n/).length;
            const startLine = Math.min(from, lineCount - 1);
            const ranged = applyEdits(text, formatJourneyTextRange(text, { startLine, endLine: Math.min(startLine + length, lineCount - 1) }));
            parse(ranged);
            expect(words(ranged)).toEqual(words(text));
            expect(formatted(ranged)).toBe(formatted(text));
        }), RUNS);
    });
});
