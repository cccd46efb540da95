import { describe, expect, it } from 'vitest';
import { MOOD_SCORES, VIETNAMESE_MOOD_SCORES } from '../../language/domain/moods.js';
import { speak } from '../../language/l10n.js';
import { createJourneyServices } from '../../language/journey-module.js';
import { PreviewSupport } from '../../language/lsp/preview-support.js';
import { followReaderLanguage } from '../../server/reader-language.js';
import { completionItems, cursorIn } from '../helpers/lsp.js';
import { modelOf, workspaceOf } from '../helpers/workspace.js';

/**
 * Issue 17, part 3: Vietnamese moods, each with its score, usable wherever English moods are:
 * validation, the model's score, hover, completion (to a Vietnamese map or a Vietnamese reader).
 */

const people = 'persona lan "Lan"\n';
const map = (emotion: string, header = '') => `journey j {\n  persona lan\n${header}  stage s {\n    touchpoint t {\n      ${emotion}\n      pain p\n    }\n  }\n  opportunity o { fixes p }\n}\n`;

async function hoverAt(text: string): Promise<string | undefined> {
    const cursor = await cursorIn({ 'a.journey': text, 'p.journey': people });
    const hover = await cursor.services.lsp.HoverProvider!.getHoverContent(cursor.document, cursor.params);
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}

describe('Vietnamese moods', () => {
    it('has a Vietnamese mood for every English one, with its score, each a valid name', () => {
        expect(VIETNAMESE_MOOD_SCORES.size).toBe(MOOD_SCORES.size);
        expect([...VIETNAMESE_MOOD_SCORES.values()].sort()).toEqual([...MOOD_SCORES.values()].sort());
        for (const mood of VIETNAMESE_MOOD_SCORES.keys()) {
            expect(mood).toMatch(/^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u);
        }
    });

    it('accepts `emotion 4 tò_mò`, `emotion hài_lòng` and `emotion 1 bực_bội` (typed with decomposed accents too), with their scores', async () => {
        for (const [line, score] of [['emotion 4 tò_mò', 4], ['emotion hài_lòng', 4], ['emotion 1 bực_bội', 1], ['emotion 4 tò_mò'.normalize('NFD'), 4]] as const) {
            const workspace = await workspaceOf({ 'a.journey': map(line), 'p.journey': people });
            expect(workspace.diagnostics(), line).toEqual([]);
            const model = await modelOf({ 'a.journey': map(line), 'p.journey': people });
            expect(model.journeys[0].stages[0].touchpoints[0].emotion?.score, line).toBe(score);
        }
    });

    it('suggests the Vietnamese mood typed without its accents, and says when a score and a Vietnamese mood disagree', async () => {
        const unknown = await workspaceOf({ 'a.journey': map('emotion 4 to_mo'), 'p.journey': people });
        expect(unknown.diagnostics().map(d => [d.code, d.message])).toEqual([['JM004', expect.stringContaining('Did you mean `tò_mò`?')]]);
        // The moods it lists are those of the map's language: a Vietnamese map lists the Vietnamese ones.
        expect(unknown.diagnostics()[0].message).toContain('Moods: delighted, happy,');
        const vietnamese = await workspaceOf({ 'a.journey': map('emotion 4 to_mo', '  language vi\n'), 'p.journey': people });
        expect(vietnamese.diagnostics()[0].message).toContain('Moods: vui_sướng, vui, hào_hứng,');
        const disagree = await workspaceOf({ 'a.journey': map('emotion 5 bực_bội'), 'p.journey': people });
        expect(disagree.codes()).toEqual(['JM013']);
    });

    it('shows the score of a Vietnamese mood on hover', async () => {
        expect(await hoverAt(map('emotion 4 tò_|mò'))).toBe('Mood **tò_mò**: score 4 (positive)');
        expect(await hoverAt(map('emotion bực_b|ội'))).toBe('Mood **bực_bội**: score 1 (very negative)');
    });

    it('offers the Vietnamese moods, with their scores, in a map that says `language vi`, and the English ones in a map that says nothing', async () => {
        const vietnamese = await completionItems({ 'a.journey': map('emotion 4 |', '  language vi\n'), 'p.journey': people });
        const moods = vietnamese.filter(item => item.detail?.startsWith('score'));
        expect(moods.slice(0, 4).map(item => item.label)).toEqual(['hài_lòng', 'hy_vọng', 'nhẹ_nhõm', 'tò_mò']);
        expect(moods.map(item => item.label)).not.toContain('curious');
        expect(moods.find(item => item.label === 'tò_mò')?.detail).toBe('score 4 (positive)');
        const scores = await completionItems({ 'a.journey': map('emotion |', '  language vi\n'), 'p.journey': people });
        expect(scores.find(item => item.label === '1')?.detail).toBe('very negative: bực_bội, tức_giận');

        const english = await completionItems({ 'a.journey': map('emotion 4 |'), 'p.journey': people });
        expect(english.filter(item => item.detail?.startsWith('score')).slice(0, 4).map(item => item.label)).toEqual(['curious', 'hopeful', 'relieved', 'satisfied']);
    });

    it('offers the Vietnamese moods to a Vietnamese reader in a map that says nothing', async () => {
        const cursor = await cursorIn({ 'a.journey': map('emotion 4 |'), 'p.journey': people });
        speak('vi');
        try {
            const list = await cursor.services.lsp.CompletionProvider!.getCompletion(cursor.document, cursor.params);
            expect(list?.items.map(item => item.label)).toContain('tò_mò');
            expect(list?.items.map(item => item.label)).not.toContain('curious');
        } finally {
            speak('en');
        }
    });
});

describe('the reader\'s language at `initialize`', () => {
    it('makes completion offer the Vietnamese moods to a client whose locale is vi, in a map that says no language', async () => {
        const { shared } = createJourneyServices();
        const preview = new PreviewSupport(shared);
        followReaderLanguage(shared, preview);
        try {
            await shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, locale: 'vi-VN' });
            // The server's language (process-wide, as its messages): any workspace's completion now offers the Vietnamese moods.
            const cursor = await cursorIn({ 'a.journey': map('emotion 4 |'), 'p.journey': people });
            const list = await cursor.services.lsp.CompletionProvider!.getCompletion(cursor.document, cursor.params);
            expect(list?.items.map(item => item.label)).toContain('tò_mò');
            expect(preview.readerLanguage).toBe('vi');
        } finally {
            speak('en');
        }
    });

    it('makes the preview draw a map that says no language in the reader\'s', async () => {
        const workspace = await workspaceOf({ 'a.journey': map('emotion 4 curious'), 'p.journey': people });
        const preview = new PreviewSupport(workspace.services.shared);
        const uri = workspace.documents['a.journey'].uri.toString();
        expect(preview.diagram(uri).mermaid).toContain('["Touchpoints"]');
        preview.readerLanguage = 'vi';
        const drawn = preview.diagram(uri).mermaid;
        expect(drawn).toContain('["Điểm chạm"]');
        expect(drawn).toContain('4/5 tò mò');
    });
});
