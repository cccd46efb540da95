import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS_URI } from '../../language/references/builtin-channels.js';
import { cursorIn, type Cursor } from '../helpers/lsp.js';
import { workspaceOf } from '../helpers/workspace.js';

const files = {
    'gift.journey': 'journey gift "Gift" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      channel zalo\n      pain slow "Slow"\n    }\n  }\n\n  opportunity o {\n    fixes slow\n  }\n}\n',
    'people.journey': 'persona |lan "Lan"\n\nchannel zalo "Zalo OA" chat\n',
    'other.journey': 'journey other {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      persona lan\n    }\n  }\n}\n'
};

/** The files with the cursor where `^` stands in `marker`, the first place `marker` (without `^`) is found. */
function place(cursorFile: string, marker: string): Record<string, string> {
    const clean = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, text.replace('|', '')]));
    const plain = marker.replace('^', '');
    if (!clean[cursorFile].includes(plain)) {
        throw new Error(`${plain} is not in ${cursorFile}`);
    }
    return { ...clean, [cursorFile]: clean[cursorFile].replace(plain, marker.replace('^', '|')) };
}

function fileName(cursor: Cursor, uri: string): string {
    return Object.entries(cursor.documents).find(([, document]) => document.uri.toString() === uri)![0];
}

/** The texts of all files after a workspace edit. */
function applyEdit(cursor: Cursor, edit: WorkspaceEdit | undefined): Record<string, string> {
    return Object.fromEntries(Object.entries(cursor.documents).map(([name, document]) => {
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        return [name, TextDocument.applyEdits(document.textDocument, edits)];
    }));
}

describe('go to definition, references, highlight', () => {
    it('goes from a persona reference to its declaration in another file', async () => {
        const cursor = await cursorIn(place('gift.journey', 'persona l^an'), 'gift.journey');
        const links = await cursor.services.lsp.DefinitionProvider!.getDefinition(cursor.document, cursor.params);
        expect(links?.map(link => [fileName(cursor, link.targetUri), link.targetSelectionRange.start.line])).toEqual([['people.journey', 0]]);
    });

    it('goes from `fixes` to the pain point and from a channel to a built-in channel', async () => {
        const cursor = await cursorIn(place('gift.journey', 'fixes sl^ow'), 'gift.journey');
        const links = await cursor.services.lsp.DefinitionProvider!.getDefinition(cursor.document, cursor.params);
        expect(links?.map(link => link.targetSelectionRange.start.line)).toEqual([6]);
        const web = await cursorIn({ 'a.journey': 'persona p\njourney j { persona p stage s { touchpoint t { channel w|eb } } }' });
        const builtin = await web.services.lsp.DefinitionProvider!.getDefinition(web.document, web.params);
        expect(builtin?.[0].targetUri).toBe(BUILTIN_CHANNELS_URI.toString());
    });

    it('finds every reference to a persona across files, with or without the declaration', async () => {
        const cursor = await cursorIn(files, 'people.journey');
        const references = await cursor.services.lsp.ReferencesProvider!.findReferences(cursor.document, { ...cursor.params, context: { includeDeclaration: true } });
        expect(references.map(ref => `${fileName(cursor, ref.uri)}:${ref.range.start.line}`).sort()).toEqual(['gift.journey:1', 'other.journey:1', 'other.journey:5', 'people.journey:0']);
        const usesOnly = await cursor.services.lsp.ReferencesProvider!.findReferences(cursor.document, { ...cursor.params, context: { includeDeclaration: false } });
        expect(usesOnly).toHaveLength(3);
    });

    it('highlights a pain point and its `fixes` in the document', async () => {
        const cursor = await cursorIn(place('gift.journey', 'pain sl^ow'), 'gift.journey');
        const highlights = await cursor.services.lsp.DocumentHighlightProvider!.getDocumentHighlight(cursor.document, cursor.params);
        expect(highlights?.map(h => h.range.start.line).sort()).toEqual([11, 6]);
    });
});

describe('rename', () => {
    async function rename(cursorFile: string, marker: string, newName: string) {
        const cursor = await cursorIn(place(cursorFile, marker), cursorFile);
        return { cursor, run: () => cursor.services.lsp.RenameProvider!.rename(cursor.document, { ...cursor.params, newName }) };
    }

    it('renames a persona everywhere in the workspace, leaving no dangling reference', async () => {
        const { cursor, run } = await rename('other.journey', 'persona l^an\n    ', 'chị_Lan');
        const texts = applyEdit(cursor, await run());
        expect(texts['people.journey']).toContain('persona chị_Lan "Lan"');
        expect(texts['gift.journey']).toContain('  persona chị_Lan\n');
        expect(texts['other.journey'].match(/chị_Lan/g)).toHaveLength(2);
        expect((await workspaceOf(texts)).codes()).not.toContain('JM002');
    });

    it('renames a pain point with its `fixes`, a channel with its uses, and a stage', async () => {
        for (const [file, marker, newName, expected] of [
            ['gift.journey', 'pain sl^ow', 'slow_page', /pain slow_page[\s\S]*fixes slow_page/],
            ['gift.journey', 'channel za^lo', 'zalo_oa', /channel zalo_oa/],
            ['gift.journey', 'stage ^s', 'checkout', /stage checkout \{/]
        ] as const) {
            const { cursor, run } = await rename(file, marker, newName);
            const texts = applyEdit(cursor, await run());
            expect(texts['gift.journey']).toMatch(expected);
            expect((await workspaceOf(texts)).codes().filter(code => code === 'JM002' || code === 'JM003')).toEqual([]);
        }
    });

    it('refuses a new name that is not a valid name', async () => {
        const { run } = await rename('people.journey', 'persona ^lan', '2 words');
        await expect(run()).rejects.toThrow('`2 words` is not a valid name');
    });

    it('refuses a new name another element of the same kind has', async () => {
        const withMinh = { ...files, 'people.journey': files['people.journey'] + '\npersona minh "Minh"\n' };
        const cursor = await cursorIn(withMinh, 'people.journey');
        await expect(cursor.services.lsp.RenameProvider!.rename(cursor.document, { ...cursor.params, newName: 'minh' }))
            .rejects.toThrow('A persona named `minh` already exists in the workspace.');
    });

    it('refuses to rename a channel to a built-in channel name, and a touchpoint to a sibling name', async () => {
        const channel = await rename('people.journey', 'channel za^lo', 'web');
        await expect(channel.run()).rejects.toThrow('`web` is a built-in channel');
        const twoTouchpoints = { 'a.journey': 'persona p\njourney j { persona p stage s { touchpoint |t touchpoint u } }' };
        const cursor = await cursorIn(twoTouchpoints);
        await expect(cursor.services.lsp.RenameProvider!.rename(cursor.document, { ...cursor.params, newName: 'u' }))
            .rejects.toThrow('Journey `j` already has a touchpoint named `u`.');
    });
});

describe('symbols', () => {
    it('outlines persona, channel, journey > stage > touchpoint > pain, opportunity', async () => {
        const cursor = await cursorIn({ ...files, 'gift.journey': '|' + files['gift.journey'] }, 'gift.journey');
        const symbols = await cursor.services.lsp.DocumentSymbolProvider!.getSymbols(cursor.document, { textDocument: cursor.params.textDocument });
        const outline = (list: typeof symbols, depth = 0): string[] => list.flatMap(symbol => [`${'  '.repeat(depth)}${symbol.name}`, ...outline(symbol.children ?? [], depth + 1)]);
        expect(outline(symbols)).toEqual(['gift', '  s', '    t', '      slow', '  o']);
    });

    it('finds personas, channels and journeys of the workspace by name', async () => {
        const cursor = await cursorIn(files, 'people.journey');
        const symbols = await cursor.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'l' });
        expect(symbols.map(symbol => symbol.name)).toContain('lan');
        expect(symbols.every(symbol => !symbol.location.uri.startsWith('journey-builtin'))).toBe(true);
    });
});
