import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../language/journey-module.js';
import { MAX_NESTED_RECOVERIES } from '../../language/parser/parser-safety.js';
import { diagnosticProblems, exerciseFeatures, FuzzWorkspace } from '../fuzz/harness.js';
import { tempFolder } from '../helpers/cli.js';
import { startServer } from '../helpers/lsp-client.js';
import { exampleFiles } from '../helpers/reference.js';

/**
 * Hostile documents (docs/reliability.md): deep nesting, unterminated labels and comments, garbage,
 * pathological repetition. Each is built in a workspace of all the examples and every editor feature
 * is called on it: nothing throws, everything finishes in bounded time, and the errors say clearly
 * what is wrong, where, without burying the user (one error per mistake, short messages).
 */

const examples = exampleFiles();
const TARGET = 'bank-account.journey';
const original = examples[TARGET];

/** A fixed pseudo-random sequence. */
function random(seed: number): () => number {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const next = random(7);
const garbage = Array.from({ length: 100_000 }, () => String.fromCharCode(Math.floor(next() * 0x3000))).join('');

describe('hostile documents', { timeout: 120_000 }, () => {
    let workspace: FuzzWorkspace;
    let baseline: string[];

    beforeAll(async () => {
        workspace = await FuzzWorkspace.create(examples);
        baseline = codesOf(workspace.document(TARGET).diagnostics ?? []);
        expect(baseline.filter(code => code === 'JM001')).toEqual([]);
    });

    afterAll(async () => {
        await workspace.set({ [TARGET]: original });
    });

    function codesOf(diagnostics: Array<{ code?: unknown }>): string[] {
        return diagnostics.map(d => String(d.code)).sort();
    }

    /** Builds `text` in place of the example, checks every feature on it, and returns its diagnostics. */
    async function build(text: string, budgetMs = 15_000) {
        const started = performance.now();
        const { [TARGET]: document } = await workspace.set({ [TARGET]: text });
        const took = performance.now() - started;
        expect(took, `built in ${Math.round(took)} ms`).toBeLessThan(budgetMs);
        expect(diagnosticProblems(document)).toEqual([]);
        expect(await exerciseFeatures(workspace.services, workspace.preview, document, [0, text.length >> 1, text.length])).toEqual([]);
        const diagnostics = document.diagnostics ?? [];
        for (const diagnostic of diagnostics) {
            // A message says what is wrong in a sentence or two, never a dump.
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            expect(message.length, message.slice(0, 200)).toBeLessThan(400);
        }
        return diagnostics;
    }

    it('an unterminated label in the middle of a map: one clear error on its line, the rest of the map intact', async () => {
        const text = original.replace('action "Reads the internship onboarding email"', 'action "Reads the internship onboarding email');
        const line = text.split('\n').findIndex(l => l.includes('onboarding email'));
        const diagnostics = await build(text);
        const syntax = diagnostics.filter(d => d.code === 'JM001');
        expect(syntax.map(d => [d.range.start.line, d.message])).toEqual([[line, 'This text has no closing `"`: a label starts and ends with `"` on the same line (write `\\"` for a quote inside it).']]);
        // Everything else is read: the same other diagnostics as the map without the mistake.
        expect(codesOf(diagnostics.filter(d => d.code !== 'JM001'))).toEqual(baseline);
    });

    it('an unterminated block comment in the middle of a map: one clear error, the rest read', async () => {
        const text = original.replace('  stage consideration', '  /* unfinished note\n  stage consideration');
        const line = text.split('\n').findIndex(l => l.includes('unfinished note'));
        const diagnostics = await build(text);
        expect(diagnostics.filter(d => d.code === 'JM001').map(d => [d.range.start.line, d.message])).toEqual([[line, 'This comment is never closed: end it with `*/`.']]);
        expect(codesOf(diagnostics.filter(d => d.code !== 'JM001'))).toEqual(baseline);
    });

    it('a label or a comment left open at the end of the file: one error at the end', async () => {
        for (const tail of ['\n/* never closed', '\npersona x "never closed', '\n"', '\n/*']) {
            const diagnostics = await build(original + tail);
            const syntax = diagnostics.filter(d => d.code === 'JM001');
            expect(syntax, tail).toHaveLength(1);
            expect(syntax[0].range.start.line).toBe(original.split('\n').length);
            expect(syntax[0].message).toMatch(/never closed|no closing/);
        }
    });

    it('10,000 opening braces inside a touchpoint: one error that says what may stand there', async () => {
        const text = original.replace('      channel email\n', `      channel email\n${'{'.repeat(10_000)}\n`);
        const diagnostics = await build(text);
        expect(diagnostics.filter(d => d.code === 'JM001').map(d => d.message)).toEqual([
            'Expected a touchpoint line (`channel`, `persona`, `action`, `thought`, `emotion`, `pain`, `barrier`, `metric`, `frontstage`, `backstage`, `support`, `evidence`, `time`) or `}` here, but found `{`.'
        ]);
    });

    it('10,000 closing braces after the map: one error', async () => {
        const diagnostics = await build(original + '}'.repeat(10_000));
        expect(diagnostics.filter(d => d.code === 'JM001').map(d => d.message)).toEqual(['Expected the end of the file here, but found `}`.']);
    });

    it('5,000 journeys opened inside each other: an error per line that says why, in bounded time', async () => {
        const diagnostics = await build('journey j {\n'.repeat(5_000));
        // Each journey is left open where the next one starts: reported at the one left open (unclosed-blocks.ts).
        expect(diagnostics[0].message).toBe('Journey `j` (line 1) is never closed: add its `}` after line 1.');
        // The same name 5,000 times: each "declared more than once" names a few places, not 4,999.
        const duplicate = diagnostics.find(d => d.code === 'JM003')!;
        expect(duplicate.message).toMatch(/also at .* and 4,?99\d more\)/);
    });

    it('100,000 random characters: errors, no crash, in bounded time', async () => {
        const diagnostics = await build(garbage);
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(diagnostics.every(d => d.code === 'JM001')).toBe(true);
    });

    it('a 1 MB label, a 1 MB name, 200,000 empty lines', async () => {
        expect(await build(`${original}\npersona big "${'x'.repeat(1_000_000)}"\n`)).toHaveLength(baseline.length);
        expect(await build(`${original}\npersona ${'x'.repeat(1_000_000)}\n`)).toHaveLength(baseline.length);
        expect(await build(`${'\n'.repeat(200_000)}${original}`)).toHaveLength(baseline.length);
    });

    it('a list of 4,000 names on one line: every feature, semantic tokens in well under a second', async () => {
        // Found by the fuzzer: semantic tokens searched the whole list again for each name (7 s for 4,000).
        const names = Array.from({ length: 4_000 }, (_, i) => `p${i}`);
        const text = `${names.map(name => `persona ${name}`).join('\n')}\njourney many {\n  persona ${names.join(', ')}\n}\n`;
        await build(text);
        const document = workspace.document(TARGET);
        const started = performance.now();
        const tokens = await workspace.services.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        expect(performance.now() - started).toBeLessThan(1_000);
        // Five numbers per token: 4,000 declarations, 4,000 references and the journey's name.
        expect(tokens.data.length).toBe(5 * 8_001);
    });

    it(`thousands of broken lines in a row: the parser gives up after ${MAX_NESTED_RECOVERIES} recoveries instead of overflowing the stack`, async () => {
        // Found by this test: 2,000 of these lines overflowed Chevrotain's recovery and the workspace failed to load
        // (900 with the current parser).
        for (const line of [(i: number) => `persona p${i} "never closed`, (i: number) => `persona p${i} x`]) {
            const text = Array.from({ length: 5_000 }, (_, i) => line(i)).join('\n');
            const parser = createJourneyServices().journeyLanguage.parser.LangiumParser;
            const result = parser.parse(text);
            expect(result.parserErrors.length).toBeGreaterThan(MAX_NESTED_RECOVERIES);
            expect(result.parserErrors.length).toBeLessThan(2 * MAX_NESTED_RECOVERIES + 10);
            const diagnostics = await build(text, 30_000);
            expect(diagnostics.filter(d => d.code === 'JM001').length).toBeGreaterThan(MAX_NESTED_RECOVERIES);
        }
    });
});

describe('a parser that fails', () => {
    it('reads the file as empty with one error that says so, and parses the next file normally', () => {
        const parser = createJourneyServices().journeyLanguage.parser.LangiumParser;
        const recognizer = (parser as unknown as { wrapper: { tryInRepetitionRecovery: (...args: unknown[]) => void } }).wrapper;
        const recover = recognizer.tryInRepetitionRecovery;
        // A failure in the middle of a parse (as the stack overflow was).
        recognizer.tryInRepetitionRecovery = () => {
            throw new RangeError('Maximum call stack size exceeded');
        };
        const original = console.error;
        console.error = () => undefined;
        try {
            const failed = parser.parse('persona a x\npersona b y\n');
            expect(failed.lexerErrors.map(error => error.message)).toEqual([expect.stringMatching(/^This file could not be read: the parser failed \(Maximum call stack size exceeded\)/)]);
            expect(failed.parserErrors).toEqual([]);
        } finally {
            recognizer.tryInRepetitionRecovery = recover;
            console.error = original;
        }
        // Langium keeps its node stack between parses: it must have been emptied.
        const next = parser.parse('persona lan "Lan"\n');
        expect([next.lexerErrors, next.parserErrors]).toEqual([[], []]);
        expect((next.value as unknown as { declarations: unknown[] }).declarations).toHaveLength(1);
    });
});

describe('a hostile file in the folder of the language server', { timeout: 60_000 }, () => {
    it('does not stop the others from loading: their diagnostics arrive and a completion is answered', async () => {
        // Before the recovery limit, this file failed the workspace's loading: no diagnostics, no answers, ever.
        const bad = Array.from({ length: 3_000 }, (_, i) => `persona p${i} "never closed`).join('\n');
        const small = 'persona lan "Lan"\n';
        const folder = tempFolder({ 'bad.journey': bad, 'small.journey': small });
        const server = await startServer(folder);
        try {
            const uri = pathToFileURL(join(folder, 'small.journey')).toString();
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: small } });
            expect(await server.diagnostics(uri)).toEqual([]);
            const bads = await server.diagnostics(pathToFileURL(join(folder, 'bad.journey')).toString());
            expect(bads.length).toBeGreaterThan(0);
            const list = await server.connection.sendRequest(CompletionRequest.method, { textDocument: { uri }, position: { line: 1, character: 0 } }) as { items: unknown[] };
            expect(list.items.length).toBeGreaterThan(0);
            expect(server.logs.filter(log => log.type === 1)).toEqual([]);
        } finally {
            await server.stop();
        }
    });
});
