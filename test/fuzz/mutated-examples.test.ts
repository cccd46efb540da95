import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../helpers/reference.js';
import { checkFormatter, checkViews, hasErrors, hasSyntaxErrors } from './checks.js';
import { fuzzParams, fuzzTimeout } from './config.js';
import { diagnosticProblems, exerciseFeatures, FuzzWorkspace } from './harness.js';
import { mutatedExampleArbitrary, type MutatedFile } from './mutate.js';

/**
 * Random mutations of the examples (deleted, duplicated, swapped and replaced words, truncation,
 * random Unicode, very long lines), each put in place of its example in a workspace of all the
 * examples: the build and every editor feature at random positions never throw and finish; a mutant
 * without errors draws every view with the real `mermaid.parse`; a mutant without syntax errors is
 * formatted safely (idempotent, same words and comments, same exported model).
 */

const examples = exampleFiles();
/** How long a build of one mutant may take (the examples are a few hundred lines; long lines add up to 20,000 characters). */
const BUILD_BUDGET_MS = 5_000;

const counts = { cases: 0, withErrors: 0, syntaxErrors: 0, viewsParsed: 0, formatted: 0 };

describe('mutated examples', () => {
    let workspace: FuzzWorkspace;

    beforeAll(async () => {
        workspace = await FuzzWorkspace.create(examples);
    });

    afterAll(() => {
        console.info(`mutated examples: ${JSON.stringify(counts)}`);
    });

    async function build(mutant: MutatedFile) {
        const started = performance.now();
        const { [mutant.file]: document } = await workspace.set({ [mutant.file]: mutant.text });
        const took = performance.now() - started;
        expect(took, `building took ${Math.round(took)} ms`).toBeLessThan(BUILD_BUDGET_MS);
        return document;
    }

    const params = fuzzParams(60, 20260401, 1);
    it(`build, every editor feature and every view never fail (${params.numRuns} cases)`, async () => {
        await fc.assert(fc.asyncProperty(mutatedExampleArbitrary(examples), fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), async (mutant, offsets) => {
            try {
                const document = await build(mutant);
                counts.cases++;
                expect(diagnosticProblems(document), JSON.stringify(mutant.mutations)).toEqual([]);
                const failures = await exerciseFeatures(workspace.services, workspace.preview, document, offsets);
                expect(failures, JSON.stringify(mutant.mutations)).toEqual([]);
                if (hasErrors(document)) {
                    counts.withErrors++;
                    counts.syntaxErrors += hasSyntaxErrors(document) ? 1 : 0;
                } else {
                    const views = await checkViews(workspace.preview, document);
                    counts.viewsParsed += views.parsed;
                    expect(views.failures, JSON.stringify(mutant.mutations)).toEqual([]);
                }
            } finally {
                await workspace.set({ [mutant.file]: examples[mutant.file] });
            }
        }), params);
    }, fuzzTimeout(params.numRuns, 2_000));

    const formatParams = fuzzParams(60, 20260402, 1);
    it(`formatting a mutant without syntax errors is safe (${formatParams.numRuns} cases)`, async () => {
        await fc.assert(fc.asyncProperty(mutatedExampleArbitrary(examples, 2), async mutant => {
            try {
                const document = await build(mutant);
                fc.pre(!hasSyntaxErrors(document));
                counts.formatted++;
                expect(await checkFormatter(workspace, mutant.file, mutant.text), JSON.stringify(mutant.mutations)).toEqual([]);
            } finally {
                await workspace.set({ [mutant.file]: examples[mutant.file] });
            }
        }), { ...formatParams, maxSkipsPerRun: 100 });
    }, fuzzTimeout(formatParams.numRuns, 3_000));
});
