import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reflection } from '../../language/ast.js';
import { formatJourneyText } from '../../language/format/format-journey-text.js';
import { NON_STATEMENT_TYPES, STATEMENT_TYPES } from '../../language/format/journey-format.js';
import { exampleFiles, referenceBlocks } from '../helpers/reference.js';

function formatted(text: string): string {
    const outcome = formatJourneyText(text);
    if (!outcome.ok) {
        throw new Error(`not formatted: ${outcome.reason} on line ${outcome.line}`);
    }
    return outcome.text;
}

describe('the examples and the language reference', () => {
    const examples = Object.entries(exampleFiles());

    it('there are examples to check', () => {
        expect(examples.length).toBeGreaterThan(0);
    });

    for (const [name, text] of examples) {
        it(`examples/${name} is canonical: formatting changes nothing`, () => {
            expect(formatted(text)).toBe(text);
        });
    }

    for (const [name, text] of Object.entries(referenceBlocks())) {
        it(`docs/language.md ${name.replace('.journey', '')}: formatting is idempotent`, () => {
            const once = formatted(text);
            expect(formatted(once)).toBe(once);
        });
    }
});

describe('docs/formatting.md', () => {
    const blocks = [...readFileSync('docs/formatting.md', 'utf8').matchAll(/^```journey\n([\s\S]*?)^```/gm)].map(match => match[1]);

    it('shows the canonical layout with an example that is canonical', () => {
        expect(blocks.length).toBeGreaterThan(0);
        for (const block of blocks) {
            expect(formatted(block)).toBe(block);
        }
    });
});

describe('the formatter knows every kind of AST node', () => {
    it('each concrete AST type of the grammar is a statement (starts a line) or not', () => {
        const concrete = reflection.getAllTypes().filter(type => reflection.getAllSubTypes(type).every(sub => sub === type));
        const unclassified = concrete.filter(type => !STATEMENT_TYPES.has(type) && !NON_STATEMENT_TYPES.has(type));
        // A new grammar rule must be added to STATEMENT_TYPES (language/format/journey-format.ts) or NON_STATEMENT_TYPES.
        expect(unclassified).toEqual([]);
    });
});
