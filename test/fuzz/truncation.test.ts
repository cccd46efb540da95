import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../helpers/reference.js';
import { LONG_FUZZ } from './config.js';
import { diagnosticProblems, exerciseFeatures, FuzzWorkspace } from './harness.js';

/**
 * A half-typed file is the normal state of the input: each example cut at every offset (`npm run fuzz`:
 * every example at every offset, about 52,000 cases; `npm test`: two examples at every 3rd and 16th
 * offset, about 1,000), built in a workspace of the other examples. The build and every editor feature at
 * the cut (where the user is typing) and at the start never throw and finish; no diagnostic shows a
 * missing value or a range outside the text.
 */

const examples = exampleFiles();
const PLAN: Array<{ file: string; step: number }> = LONG_FUZZ
    ? Object.keys(examples).map(file => ({ file, step: 1 }))
    : [{ file: 'channels.journey', step: 3 }, { file: 'gift-purchase.journey', step: 16 }];

describe('examples cut at every offset', () => {
    let workspace: FuzzWorkspace;
    let cases = 0;

    beforeAll(async () => {
        workspace = await FuzzWorkspace.create(examples);
    });

    afterAll(() => {
        console.info(`truncation: ${cases} cases`);
    });

    for (const { file, step } of PLAN) {
        it(`${file}, every ${step === 1 ? '' : step === 3 ? '3rd ' : `${step}th `}offset`, async () => {
            const text = examples[file];
            try {
                for (let offset = 0; offset <= text.length; offset += step) {
                    const cut = text.slice(0, offset);
                    const { [file]: document } = await workspace.set({ [file]: cut });
                    cases++;
                    const where = `${file} cut at ${offset}: …${JSON.stringify(cut.slice(-40))}`;
                    expect(diagnosticProblems(document), where).toEqual([]);
                    expect(await exerciseFeatures(workspace.services, workspace.preview, document, [cut.length, 0]), where).toEqual([]);
                }
            } finally {
                await workspace.set({ [file]: text });
            }
        }, LONG_FUZZ ? 3_600_000 : 120_000);
    }
});
