import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, formatDiffMarkdown } from '../../language/diff/index.js';
import { escapeMarkdownText } from '../../language/views/escape.js';
import { mermaidBlocks, parseMermaid, parsedMermaidBlocks, readDiagram } from '../helpers/mermaid.js';
import { HOSTILE_LABELS, quote } from '../views/hostile-labels.js';
import { compare, edit, GIFT, PERSONAS, SURPRISE_FEE, type Compared } from './helpers.js';

function markdownOf({ diff, before, after }: Compared, maxLength?: number): string {
    return formatDiffMarkdown(diff, { before, after, oldLabel: 'origin/main', newLabel: 'working tree', ...(maxLength ? { maxLength } : {}) });
}

/** The cells of a table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
    return row.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map(cell => cell.trim());
}

describe('the Markdown form of a diff (a pull-request comment)', () => {
    it('has a marker, a heading, a summary table, the changes, the totals and the diagrams', async () => {
        const compared = await compare(PERSONAS + GIFT, PERSONAS + 'persona an "An"\n' + edit(GIFT, ...SURPRISE_FEE));
        const markdown = markdownOf(compared);
        expect(markdown.startsWith(`${COMMENT_MARKER}\n\n## Journey map changes\n\n\`origin/main\` → \`working tree\` · 1 journey changed · 1 persona added.\n\n`)).toBe(true);
        const rows = markdown.split('\n').filter(line => line.startsWith('|'));
        expect(rows.map(cells)).toEqual([
            ['Journey', 'Change', 'Average emotion', 'Pain points', 'Unfixed'],
            ['---', '---', '---', '---:', '---:'],
            ['Buying a birthday gift online (`gift_purchase`)', 'touchpoints: 1 changed; pain points: 1 added; opportunities: 1 added', '3.5 → 3.0', '1 → 2', '0']
        ]);
        expect(markdown).toContain('### Personas and channels\n\n- ➕ persona `an` “An”\n');
        expect(markdown).toContain([
            '### Buying a birthday gift online (`gift_purchase`)',
            '',
            '- ✏️ touchpoint `checkout`: emotion 4 → 2 (anxious)',
            '- ✏️ touchpoint `checkout`: metrics `drop_off` 38% → 45%',
            '- ➕ pain point `surprise_fee` “A shipping fee appears only at the last step” (`checkout`, severity high, fixed by `show_shipping`)',
            '- ➕ opportunity `show_shipping` “Show a shipping estimate” fixes `surprise_fee`',
            '',
            '**Average emotion** 3.5 → 3.0 · **pain points** 1 → 2 · **unfixed** 0'
        ].join('\n'));
        const blocks = await parsedMermaidBlocks(markdown);
        expect(blocks.length).toBe(3);
        // The journey view in parts of three touchpoints at most, each named, so that it stays legible in a PR's column.
        expect(markdown).toContain('<details><summary>Journey view, new version</summary>\n\n**Part 1 of 2: touchpoints 1–2 (Awareness, Consideration)**\n\n```mermaid\n');
        expect(markdown).toContain('**Part 2 of 2: touchpoints 3–4 (Conversion)**');
        const parts = await Promise.all(blocks.slice(0, 2).map(block => readDiagram(block)));
        expect(parts.map(part => part.type === 'journey' && [part.title, part.tasks.map(task => task.score)])).toEqual([['Part 1 of 2', [4, 3]], ['Part 2 of 2', [2, 3]]]);
        const chart = await readDiagram(blocks[2]);
        expect(chart).toMatchObject({
            type: 'xychart',
            categories: ['1. Sees a gift ad while scrolling', '2. Compares three gifts', '3. Checks out', '4. Pays'],
            lines: [{ title: 'Before', values: [4, 3, 4, 3] }, { title: 'After', values: [4, 3, 2, 3] }]
        });
    });

    it('draws the emotion chart only where a touchpoint found in both versions feels different', async () => {
        const relabelled = await compare(PERSONAS + GIFT, PERSONAS + edit(GIFT, ['"Checks out"', '"Pays at checkout"']));
        expect(mermaidBlocks(markdownOf(relabelled)).filter(block => block.includes('xychart'))).toEqual([]);
        // A renamed touchpoint keeps its "before": matched as the diff matches it.
        const renamed = await compare(PERSONAS + GIFT, PERSONAS + edit(GIFT, ['touchpoint checkout "Checks out" {', 'touchpoint pay_now "Checks out" {'], ['emotion 4\n      metric', 'emotion 1\n      metric']));
        const blocks = mermaidBlocks(markdownOf(renamed)).filter(block => block.includes('xychart'));
        expect(blocks.length).toBe(1);
        const chart = await readDiagram(blocks[0]);
        expect(chart.type === 'xychart' && chart.lines.map(line => line.values)).toEqual([[4, 3, 4, 3], [4, 3, 1, 3]]);
    });

    it('draws the journey view of an added journey, nothing for a removed one', async () => {
        const other = 'journey other "Other map" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 2\n    }\n  }\n}\n';
        const markdown = markdownOf(await compare(PERSONAS + GIFT, PERSONAS + other));
        expect(markdown).toContain('### ➖ Buying a birthday gift online (`gift_purchase`)\n\nRemoved.\n\n**Average emotion** 3.5 · **pain points** 1 · **unfixed** 0\n');
        expect(markdown).toContain('### ➕ Other map (`other`)\n\nNew current-state map.\n\n');
        const blocks = mermaidBlocks(markdown);
        expect(blocks.length).toBe(1);
        await parseMermaid(blocks[0]);
    });

    it('says so when nothing changed', async () => {
        const markdown = markdownOf(await compare(PERSONAS + GIFT, PERSONAS + GIFT));
        expect(markdown).toBe(`${COMMENT_MARKER}\n\n## Journey map changes\n\n\`origin/main\` → \`working tree\` · No changes to the journey maps.\n`);
    });

    it('escapes user text: pipes in table cells, backticks, HTML, Markdown, mentions', async () => {
        const label = 'Pay | `now` <script>alert(1)</script> **bold** [link](x) @octocat #1';
        expect(escapeMarkdownText(label)).toBe('Pay \\| \\`now\\` &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[link\\](x) @\u2060octocat \\#1');
        const after = edit(GIFT, ['"Buying a birthday gift online"', quote(label)], ['"Checks out"', quote(label)]);
        const compared = await compare(PERSONAS + GIFT, PERSONAS + after);
        const markdown = markdownOf(compared);
        const row = markdown.split('\n').filter(line => line.startsWith('|'))[2];
        expect(cells(row).length).toBe(5);
        // Outside the mermaid blocks (code, where GitHub neither renders HTML nor notifies anyone).
        const prose = markdown.replace(/^```mermaid\n[\s\S]*?^```$/gm, '');
        expect(prose).not.toContain('<script>');
        expect(prose).not.toContain('@octocat');
        expect(prose).toContain('@\u2060octocat');
        for (const block of mermaidBlocks(markdown)) {
            await parseMermaid(block);
        }
    });

    it('keeps every mermaid block valid for hostile labels (real mermaid.parse)', async () => {
        for (const { label } of HOSTILE_LABELS) {
            const q = quote(label);
            const before = `persona lan ${q}\n` + edit(GIFT, ['"Checks out"', q]);
            const after = `persona lan ${q}\n` + edit(GIFT, ['"Buying a birthday gift online"', q], ['"Checks out"', q], ['"Pays"', q], ['emotion 4\n      metric', 'emotion 1\n      metric'], ['"Awareness"', q]);
            const markdown = markdownOf(await compare(before, after));
            const blocks = mermaidBlocks(markdown);
            // The new version's journey view (in parts: a long label widens its boxes, and fewer fit a part) and the emotion chart.
            expect(blocks.length, label).toBeGreaterThanOrEqual(3);
            expect(blocks.filter(block => /^xychart-beta/m.test(block)).length, label).toBe(1);
            for (const block of blocks) {
                await expect(parseMermaid(block), `${label}\n${block}`).resolves.toBeDefined();
            }
        }
    }, 60_000);

    it('leaves the journey views out, then the emotion charts, then cuts the text, to fit a size limit', async () => {
        const compared = await compare(PERSONAS + GIFT, PERSONAS + edit(GIFT, ...SURPRISE_FEE));
        const full = markdownOf(compared);
        const charts = markdownOf(compared, full.length - 1);
        expect(charts).toContain('The journey views are left out');
        expect(mermaidBlocks(charts).map(block => block.split('\n').find(line => !line.startsWith('%%')))).toEqual(['xychart-beta horizontal']);
        const short = markdownOf(compared, charts.length - 1);
        expect(mermaidBlocks(short)).toEqual([]);
        expect(short).toContain('The diagrams are left out');
        expect(short).toContain('- ✏️ touchpoint `checkout`: emotion 4 → 2 (anxious)');
        const cut = markdownOf(compared, 400);
        expect(cut.length).toBeLessThanOrEqual(400);
        expect(cut).toContain('This comment is cut');
    });
});
