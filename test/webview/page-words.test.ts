// The preview's own words (its toolbar, the problems it lists) in the reader's language: the panel
// writes them into the page with vscode.l10n (client/preview/page-words.ts); here with the Vietnamese
// catalogue VS Code would give it, in the real page in Chromium.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_WRITTEN, pageWords, type Translator } from '../../client/preview/page-words.js';
import { PreviewSupport } from '../../language/lsp/preview-support.js';
import type { DiagramsResult } from '../../protocol/preview-data.js';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';
import { exampleFiles } from '../helpers/reference.js';
import { workspaceOf } from '../helpers/workspace.js';

/** vscode.l10n.t as VS Code in Vietnamese answers it: the bundle's translation, `{0}`… filled in. */
const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.vi.json', 'utf8')) as Record<string, string>;
const vietnamese: Translator = { t: (message, ...args) => AS_WRITTEN.t(bundle[message] ?? message, ...args) };

describe.runIf(chromiumAvailable())('the preview page in the reader\'s language', { timeout: 30_000 }, async () => {
    const ws = await workspaceOf(exampleFiles());
    const support = new PreviewSupport(ws.services.shared);
    const uri = ws.documents['gift-purchase-future.journey'].uri.toString();
    let preview: PreviewPage;

    beforeAll(async () => {
        preview = await PreviewPage.open({ words: pageWords(vietnamese) });
    }, 30_000);
    afterAll(async () => {
        await preview?.close();
    });

    it('names the views, zoom and exports in Vietnamese, and lists a map\'s errors in Vietnamese', async () => {
        const result = support.diagram(uri, undefined, 'map') as DiagramsResult;
        await preview.showDiagram({ type: 'diagram', result, theme: 'light', locked: false, fileName: 'gift-purchase-future.journey' });
        expect(await preview.page.locator('#views button').allTextContents()).toEqual(['Bản đồ', 'Hành trình', 'Cảm xúc', 'So sánh']);
        expect(await preview.page.locator('#zoom-fit').textContent()).toBe('Vừa khít');
        expect(await preview.page.locator('#zoom-in').getAttribute('title')).toBe('Phóng to (+)');
        expect(await preview.page.locator('#export-markdown').getAttribute('title')).toBe('Xuất Markdown');

        const broken: DiagramsResult = {
            uri, version: 9, journeys: [], errors: [
                { message: 'Điểm cảm xúc là số nguyên từ 1 đến 5.', code: 'JM004', range: { start: { line: 11, character: 14 }, end: { line: 11, character: 15 } } },
                { message: 'Thiếu `}`.', code: 'JM001', range: { start: { line: 20, character: 0 }, end: { line: 20, character: 1 } } }
            ]
        };
        await preview.send({ type: 'diagram', result: broken, theme: 'light', locked: false, fileName: 'gift-purchase-future.journey' });
        await preview.page.locator('#problems').waitFor({ state: 'visible' });
        expect(await preview.page.locator('#problems strong').textContent()).toBe('2 lỗi: bản đồ đang hiển thị phiên bản gần nhất không có lỗi.');
        expect(await preview.page.locator('#problems .problem').allTextContents()).toEqual(['Dòng 12: Điểm cảm xúc là số nguyên từ 1 đến 5. (JM004)', 'Dòng 21: Thiếu `}`. (JM001)']);
        expect(preview.errors).toEqual([]);
    });

    it('keeps English words where VS Code speaks English', () => {
        const english = pageWords(AS_WRITTEN);
        expect(english.page.views).toEqual({ map: 'Map', journey: 'Journey', emotion: 'Emotion', day: 'Day', compare: 'Compare' });
        expect(AS_WRITTEN.t(english.page.manyErrors, 2)).toBe('2 errors: the map shows the last version without errors.');
    });
});
