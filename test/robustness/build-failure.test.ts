import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../language/journey-module.js';
import { loadWorkspace, memoryUri } from '../../language/workspace/load-workspace.js';
import { MemoryFiles } from '../helpers/memory-files.js';
import { workspaceOf } from '../helpers/workspace.js';

/*
 * A failure inside the build itself (a bug of the language: here a linker that throws on one file)
 * used to leave every document of that build half built: no diagnostics for any of them, and every
 * request waiting for them waited until the next edit. Now the others are built as usual, the
 * failing file says it could not be checked, nothing waits, and an edit checks it again
 * (language/workspace/journey-document-builder.ts, docs/reliability.md).
 */

const files = {
    'personas.journey': 'persona lan "Lan Nguyen"\n',
    'good.journey': 'journey good "Good" {\n  persona lan\n  stage s {\n    touchpoint t {\n      emotion 9\n    }\n  }\n}\n',
    'broken.journey': 'journey broken "Broken" {\n  persona lan\n  stage s {\n    touchpoint t {\n      emotion 4\n    }\n  }\n}\n'
};

/** Resolves with `promise`, or fails when it does not settle within `ms` (the bug this guards against is a wait that never ends). */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
    return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting for ${what} after ${ms} ms`)), ms))]);
}

describe('a build that fails on one file', () => {
    it('builds the other files, says the failing file could not be checked, keeps no request waiting, and checks it again after an edit', async () => {
        const fs = new MemoryFiles();
        const { journeyLanguage } = createJourneyServices({ fileSystemProvider: () => fs });
        for (const [name, text] of Object.entries(files)) fs.texts.set(memoryUri(name).toString(), text);
        const linker = journeyLanguage.references.Linker;
        const link = linker.link.bind(linker);
        let failing = true;
        linker.link = async (document: LangiumDocument, cancelToken) => {
            if (failing && document.uri.path.endsWith('/broken.journey')) throw new Error('injected failure of the linker');
            return link(document, cancelToken);
        };
        const errors: string[] = [];
        const consoleError = console.error;
        console.error = (...args: unknown[]) => { errors.push(args.join(' ')); };
        try {
            const [personas, good, broken] = await loadWorkspace(journeyLanguage, Object.entries(files).map(([name, text]) => ({ uri: memoryUri(name), text })));

            // The other files: exactly what a build without the failure gives them.
            const fresh = await workspaceOf(files);
            expect(good.diagnostics?.map(d => d.code)).toEqual(fresh.documents['good.journey'].diagnostics?.map(d => d.code));
            expect(good.diagnostics?.map(d => d.code)).toEqual(['JM004']);
            expect(personas.diagnostics).toEqual([]);

            // The failing file: one error that says what happened, and it counts as checked.
            expect(broken.diagnostics).toHaveLength(1);
            expect(broken.diagnostics?.[0].severity).toBe(1);
            expect(broken.diagnostics?.[0].message).toMatch(/could not be checked.*injected failure of the linker/);
            expect(errors.some(line => line.includes('broken.journey') && line.includes('injected failure of the linker'))).toBe(true);

            // Nothing waits: a request on the file, a request on the workspace.
            const builder = journeyLanguage.shared.workspace.DocumentBuilder;
            await within(2_000, 'the failing document', builder.waitUntil(DocumentState.IndexedReferences, broken.uri));
            await within(2_000, 'the workspace', builder.waitUntil(DocumentState.Validated));

            // Once the bug is gone, the next edit of the file checks it as usual.
            failing = false;
            fs.texts.set(broken.uri.toString(), files['broken.journey'].replace('emotion 4', 'emotion 7'));
            await builder.update([broken.uri], []);
            const edited = journeyLanguage.shared.workspace.LangiumDocuments.getDocument(broken.uri)!;
            expect(edited.diagnostics?.map(d => d.code)).toEqual(['JM004']);
        } finally {
            console.error = consoleError;
        }
    });
});
