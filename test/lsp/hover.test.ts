import { describe, expect, it } from 'vitest';
import { cursorIn } from '../helpers/lsp.js';

const personas = 'persona lan "Lan Nguyen" {\n  description "28, office worker in Hanoi"\n  goal "Buy a gift in ten minutes"\n  need "See the full price"\n  frustration "Surprise fees"\n  quote "Just tell me what it costs."\n}\nchannel zalo "Zalo OA" chat\n';

async function hoverAt(text: string): Promise<string | undefined> {
    const cursor = await cursorIn({ 'a.journey': text, 'p.journey': personas });
    const hover = await cursor.services.lsp.HoverProvider!.getHoverContent(cursor.document, cursor.params);
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}

describe('hover', () => {
    it("shows a persona reference's card: label, description, goals, needs, frustrations, quotes", async () => {
        const value = await hoverAt('journey j {\n  persona l|an\n  stage s { touchpoint t }\n}');
        expect(value).toBe([
            '**Lan Nguyen** · persona `lan`',
            '28, office worker in Hanoi',
            '**Goals**', '- Buy a gift in ten minutes',
            '**Needs**', '- See the full price',
            '**Frustrations**', '- Surprise fees',
            '> Just tell me what it costs\\.'
        ].join('\n\n'));
    });

    it('shows the kind of a declared or built-in channel', async () => {
        expect(await hoverAt('journey j { persona lan stage s { touchpoint t { channel za|lo } } }')).toBe('**Zalo OA** · channel `zalo`\n\nKind: **chat**');
        expect(await hoverAt('journey j { persona lan stage s { touchpoint t { channel w|eb } } }')).toBe('**Website** · channel `web`\n\nKind: **web**');
    });

    it('shows the score of a mood, and the meaning of a score', async () => {
        expect(await hoverAt('journey j { persona lan stage s { touchpoint t { emotion 4 reli|eved } } }')).toBe('Mood **relieved**: score 4 (positive)');
        expect(await hoverAt('journey j { persona lan stage s { touchpoint t { emotion |2 } } }')).toBe('Score 2: negative');
    });

    it("shows a model's stages and a map type's meaning", async () => {
        expect(await hoverAt('journey j {\n  model AC|CSR\n}')).toBe('Stage model **ACCSR**: awareness → consideration → conversion → service → retention');
        expect(await hoverAt('journey j {\n  type blue|print\n}')).toContain('Service blueprint');
    });

    it('shows user text as text, not Markdown', async () => {
        const value = await hoverAt('persona x "<b>bold</b> *star* [link](http://x)"\njourney j { persona |x stage s { touchpoint t } }');
        expect(value).toContain('\\<b\\>bold\\</b\\> \\*star\\* \\[link\\]\\(http://x\\)');
    });

    it('summarises a pain point referred to by `fixes`', async () => {
        expect(await hoverAt('journey j { persona lan stage s { touchpoint t { pain slow "Too slow" severity high } }\n opportunity o { fixes sl|ow } }'))
            .toBe('**Too slow** · pain point `slow`\n\nSeverity: **high**');
    });
});
