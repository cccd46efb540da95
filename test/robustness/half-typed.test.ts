import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticProblems, exerciseFeatures, FuzzWorkspace } from '../fuzz/harness.js';

/**
 * Lines a BA has begun to type, that the fuzzers (test/fuzz) found to break a feature, each checked
 * with every editor feature at every offset: nothing throws, no message or answer shows `undefined`.
 */

const CASES: Record<string, string> = {
    // JM008 said "Pain point `undefined` is not fixed", and its quick fix threw.
    'a pain without its name': 'persona lan\njourney j {\n  persona lan\n  stage s {\n    touchpoint t {\n      emotion 2\n      pain\n    }\n  }\n}\n',
    // JM010 said "Stage `undefined` has no touchpoints".
    'a stage without its name': 'persona lan\njourney j {\n  persona lan\n  stage {\n  }\n}\n',
    // JM016 (an error, shown in the preview too) said "Journey `undefined` follows no persona".
    'a journey without its name': 'journey {\n  stage s {\n    touchpoint t\n  }\n}\n',
    // JM011 said "Touchpoint `undefined` of a service blueprint".
    'a blueprint touchpoint without its name': 'persona lan\njourney j {\n  type blueprint\n  persona lan\n  stage s {\n    touchpoint {\n      action "a"\n    }\n  }\n}\n',
    // The hover on the persona threw: a `goal` line without its text.
    'a persona line without its text': 'persona lan "Lan" {\n  goal\n  need "x"\n}\njourney j {\n  persona lan\n}\n',
    // The same in a touchpoint and an opportunity.
    'an action and an owner without their text': 'persona lan\njourney j {\n  persona lan\n  stage s {\n    touchpoint t {\n      action\n      emotion 1\n      pain p\n    }\n  }\n  opportunity o {\n    owner\n    fixes p\n  }\n}\n',
    // Twice the same touchpoint in a journey that has no name yet.
    'duplicates in a journey without its name': 'persona lan\njourney {\n  persona lan\n  stage s {\n    touchpoint t\n    touchpoint t\n  }\n}\n'
};

describe('half-typed lines', () => {
    let workspace: FuzzWorkspace;

    beforeAll(async () => {
        workspace = await FuzzWorkspace.create();
    });

    for (const [name, text] of Object.entries(CASES)) {
        it(`${name}: every feature at every offset`, async () => {
            const { 'map.journey': document } = await workspace.set({ 'map.journey': text });
            expect(diagnosticProblems(document)).toEqual([]);
            expect((document.diagnostics ?? []).map(d => d.message).join('\n')).not.toContain('undefined');
            const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
            expect(await exerciseFeatures(workspace.services, workspace.preview, document, offsets)).toEqual([]);
        });
    }
});
