import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkViews } from './checks.js';
import { fuzzParams, fuzzTimeout } from './config.js';
import { diagnosticProblems, exerciseFeatures, FuzzWorkspace } from './harness.js';
import { validWorkspaceArbitrary } from './valid-workspace.js';

/**
 * Random workspaces without errors from a generator that knows the grammar and the rules
 * (valid-workspace.ts), labels from the hostile corpus and random Unicode among them: they build with
 * no error, every editor feature at random positions never throws and finishes, and every view of every
 * journey passes the real `mermaid.parse`.
 */

const FILES = ['file0.journey', 'file1.journey', 'file2.journey'];
const counts = { cases: 0, files: 0, journeys: 0, viewsParsed: 0 };

describe('random valid workspaces', () => {
    let workspace: FuzzWorkspace;

    beforeAll(async () => {
        workspace = await FuzzWorkspace.create();
    });

    afterAll(() => {
        console.info(`valid workspaces: ${JSON.stringify(counts)}`);
    });

    const params = fuzzParams(60, 20260403, 1);
    it(`have no error, and every feature and every view works on them (${params.numRuns} cases)`, async () => {
        await fc.assert(fc.asyncProperty(validWorkspaceArbitrary, fc.array(fc.nat(), { minLength: 2, maxLength: 5 }), async (files, offsets) => {
            const documents = await workspace.set(Object.fromEntries(FILES.map(name => [name, files[name]])));
            counts.cases++;
            for (const [name, document] of Object.entries(documents)) {
                counts.files++;
                const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${name}:${d.range.start.line + 1} ${d.code} ${d.message}`);
                expect(errors).toEqual([]);
                expect(diagnosticProblems(document)).toEqual([]);
                expect(await exerciseFeatures(workspace.services, workspace.preview, document, offsets)).toEqual([]);
                const views = await checkViews(workspace.preview, document);
                counts.viewsParsed += views.parsed;
                counts.journeys += workspace.preview.diagram(document.uri.toString()).journeys.length;
                expect(views.failures).toEqual([]);
            }
        }), params);
    }, fuzzTimeout(params.numRuns, 3_000));
});
