import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../helpers/workspace.js';

/** The quick fixes offered for the diagnostics of `code` in map.journey. */
async function fixesFor(text: string, code: string): Promise<{ actions: CodeAction[]; apply(action: CodeAction): string }> {
    const ws = await workspaceOf({ 'map.journey': text });
    const document = ws.documents['map.journey'];
    const diagnostics = ws.diagnostics().filter(d => d.code === code);
    expect(diagnostics.length, `expected ${code} in ${JSON.stringify(ws.diagnostics().map(d => d.code))}`).toBeGreaterThan(0);
    const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
    }) ?? []) as CodeAction[];
    return {
        actions,
        apply: action => TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? [])
    };
}

async function codesAfter(text: string): Promise<string[]> {
    return (await workspaceOf({ 'map.journey': text })).codes();
}

const head = 'persona lan "Lan"\n\njourney j {\n  persona lan\n';

describe('quick fixes', () => {
    it('JM002: declares a missing persona at the top level', async () => {
        const text = 'journey j {\n  persona minh\n\n  stage s {\n    touchpoint t\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM002');
        expect(actions.map(a => a.title)).toEqual(['Declare persona `minh`']);
        const fixed = apply(actions[0]);
        expect(fixed.startsWith('persona minh "minh"\n\njourney j {')).toBe(true);
        expect(await codesAfter(fixed)).toEqual([]);
    });

    it('JM002: declares a missing channel', async () => {
        const text = head + '\n  stage s {\n    touchpoint t {\n      channel fax\n    }\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM002');
        expect(actions.map(a => a.title)).toEqual(['Declare channel `fax`']);
        expect(await codesAfter(apply(actions[0]))).toEqual([]);
    });

    it('JM004: replaces an unknown mood with the closest one', async () => {
        const text = head + '\n  stage s {\n    touchpoint t {\n      emotion 4 releived\n    }\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM004');
        expect(actions.map(a => a.title)).toEqual(['Replace `releived` with `relieved`']);
        expect(await codesAfter(apply(actions[0]))).toEqual([]);
    });

    it("JM006: inserts the model's missing stages in order", async () => {
        const text = head + '  model ACCSR\n\n  stage consideration {\n    touchpoint b\n  }\n\n  stage service {\n    touchpoint d\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM006');
        expect(actions.map(a => a.title)).toEqual(['Add the missing ACCSR stages (awareness, conversion, retention)']);
        const fixed = apply(actions[0]);
        expect([...fixed.matchAll(/stage (\w+)/g)].map(m => m[1])).toEqual(['awareness', 'consideration', 'conversion', 'service', 'retention']);
        expect(await codesAfter(fixed)).toEqual(['JM010', 'JM010', 'JM010']);
    });

    it('JM006: puts stages in the model order, each keeping its comment', async () => {
        const text = head + '  model ACC\n\n  stage conversion {\n    touchpoint c\n  }\n\n  // the first look\n  stage awareness {\n    touchpoint a\n  }\n\n  stage consideration {\n    touchpoint b\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM006');
        expect(actions.map(a => a.title)).toContain('Put the stages in ACC order');
        const fixed = apply(actions.find(a => a.title === 'Put the stages in ACC order')!);
        expect(fixed).toBe(head + '  model ACC\n\n  // the first look\n  stage awareness {\n    touchpoint a\n  }\n\n  stage consideration {\n    touchpoint b\n  }\n\n  stage conversion {\n    touchpoint c\n  }\n}\n');
        expect(await codesAfter(fixed)).toEqual([]);
    });

    it('JM007: adds a pain point stub under a negative emotion', async () => {
        const text = head + '\n  stage s {\n    touchpoint pay {\n      emotion 1 angry\n    }\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM007');
        expect(actions.map(a => a.title)).toEqual(['Add a pain point `pay_pain`']);
        const fixed = apply(actions[0]);
        expect(fixed).toContain('      emotion 1 angry\n      pain pay_pain "What causes this feeling?"\n');
        expect(await codesAfter(fixed)).toEqual(['JM008']);
    });

    it('JM008: adds an opportunity that fixes the pain point', async () => {
        const text = head + '\n  stage s {\n    touchpoint pay {\n      pain fee "Surprise \\"fee\\""\n    }\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM008');
        expect(actions.map(a => a.title)).toEqual(['Add an opportunity that fixes `fee`']);
        const fixed = apply(actions[0]);
        expect(fixed.endsWith('  }\n  opportunity fix_fee "Fix: Surprise \\"fee\\"" {\n    fixes fee\n  }\n}\n')).toBe(true);
        expect(await codesAfter(fixed)).toEqual([]);
    });

    it('JM013: aligns the score with the mood, or the mood with the score', async () => {
        const text = head + '\n  stage s {\n    touchpoint t {\n      emotion 5 angry\n      pain p\n    }\n  }\n\n  opportunity o {\n    fixes p\n  }\n}\n';
        const { actions, apply } = await fixesFor(text, 'JM013');
        expect(actions.map(a => a.title)).toEqual(['Change the score to 1 (the score of `angry`)', 'Change the mood to `delighted` (score 5)']);
        expect(apply(actions[0])).toContain('emotion 1 angry');
        expect(apply(actions[1])).toContain('emotion 5 delighted');
        for (const action of actions) {
            expect(await codesAfter(apply(action))).toEqual([]);
        }
    });
});
