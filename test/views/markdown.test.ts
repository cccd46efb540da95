import { describe, expect, it } from 'vitest';
import { MERMAID_DEFAULT_MAX_TEXT_SIZE, viewsFor } from '../../language/views/index.js';
import { escapeMarkdownText } from '../../language/views/escape.js';
import { renderMarkdown } from '../../language/views/markdown-document.js';
import { mermaidBlocks, parsedMermaidBlocks, readDiagram, type ReadBlock } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';
import { GIFT } from './fixtures.js';

describe('Markdown document', () => {
    it('a heading per journey, each view in fenced mermaid blocks (a long map in parts, numbered as the whole), and the pain points with the opportunities that fix them', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        const journey = model.journeys[0];
        const markdown = renderMarkdown(model, [{ journey, views: viewsFor(journey) }]);
        // Parts keep each diagram legible in a pull request's 880 px column (test/webview/markdown-legibility.test.ts).
        expect(markdown.split('\n').filter(line => line.startsWith('#'))).toEqual([
            '# Buying a birthday gift online',
            '## Journey map', '### Part 1 of 2: touchpoints 1–3 (Awareness, Consideration, Conversion)', '### Part 2 of 2: touchpoints 4–5 (Service, Retention)',
            '## Journey', '### Part 1 of 2: touchpoints 1–3 (Awareness, Consideration, Conversion)', '### Part 2 of 2: touchpoints 4–5 (Service, Retention)',
            '## Emotion curve', '## Pain points and opportunities'
        ]);
        expect(markdown).toContain('`gift_purchase` · current-state map · personas: Lan Nguyen · model ACCSR\n\n- Goal: Lift checkout completion from 62% to 75%');
        const blocks = await parsedMermaidBlocks(markdown);
        expect(blocks).toHaveLength(5);
        // The first map part holds the opportunity that fixes its pain points; the second numbers its touchpoints as the whole map does.
        const [first, second] = await Promise.all([readDiagram(blocks[0]), readDiagram(blocks[1])]) as ReadBlock[];
        expect(first.blocks.some(block => block.label.replace(/\s+/g, ' ').includes('Show a shipping estimate on every product page'))).toBe(true);
        expect(second.blocks.map(block => block.label).filter(label => /^\d+\. /.test(label))).toEqual(expect.arrayContaining([expect.stringMatching(/^4\. Tracks/), expect.stringMatching(/^5\. /)]));
        expect(second.blocks.some(block => /^[123]\. /.test(block.label))).toBe(false);
        expect(markdown).toContain([
            '| Stage | Touchpoint | Pain point | Severity | Opportunities that fix it |',
            '| --- | --- | --- | --- | --- |',
            '| Consideration | Compares three gifts | Shipping cost is not shown on the product page |  | Show a shipping estimate on every product page (impact high, E-commerce team) |',
            '| Conversion | Checks out | A shipping fee appears only at the last step | high | Show a shipping estimate on every product page (impact high, E-commerce team) |'
        ].join('\n'));
        expect(markdown.endsWith('\n')).toBe(true);
    });

    it('shows labels as written: pipes, HTML, Markdown marks and line breaks cannot break the document', async () => {
        const model = await modelOf({
            'p.journey': 'persona p "P"\n',
            'j.journey': 'journey j "A | B <script>x</script> **not bold**" {\n  persona p\n  stage s "S|1" {\n    touchpoint t "T | `code` [link](x)" {\n      emotion 1\n      pain x "Line one\\nLine | two & <b>"\n    }\n  }\n}\n'
        }, 'nothing');
        const journey = model.journeys[0];
        const markdown = renderMarkdown(model, [{ journey, views: ['journey'] }]);
        expect(markdown).toContain('# A \\| B &lt;script&gt;x&lt;/script&gt; \\*\\*not bold\\*\\*\n');
        expect(markdown).toContain('| S\\|1 | T \\| \\`code\\` \\[link\\](x) | Line one<br>Line \\| two &amp; &lt;b&gt; |  | **none yet** |');
        // Each table row has exactly five cells: no unescaped pipe inside.
        const row = markdown.split('\n').find(line => line.startsWith('| S'))!;
        expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(5);
    });

    it('escapes for Markdown', () => {
        expect(escapeMarkdownText('a|b', 'cell')).toBe('a\\|b');
        expect(escapeMarkdownText('a\nb', 'cell')).toBe('a<br>b');
        expect(escapeMarkdownText('a\nb')).toBe('a b');
        expect(escapeMarkdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    });

    it('notifies nobody on GitHub: an @name in a label is written with a word joiner, as in the diff comment', async () => {
        const model = await modelOf({ 'j.journey': 'persona p "P"\njourney j "Asked by @octocat" {\n  persona p\n  stage s "S" {\n    touchpoint t "T" {\n      emotion 3\n    }\n  }\n}\n' }, 'nothing');
        expect(renderMarkdown(model, [{ journey: model.journeys[0], views: ['journey'] }])).toContain('# Asked by @\u2060octocat\n');
    });

    it('notes a diagram longer than Mermaid\'s default maxTextSize, with the setting the renderer needs', async () => {
        const touchpoints = Array.from({ length: 800 }, (_, i) => `    touchpoint t${i} "A long touchpoint label number ${i} for a very large map" {\n      emotion 3\n    }\n`).join('');
        const model = await modelOf({ 'p.journey': 'persona p "P"\n', 'j.journey': `journey big {\n  persona p\n  stage s {\n${touchpoints}  }\n}\n` }, 'nothing');
        const journey = model.journeys[0];
        // The emotion curve is never split: 800 touchpoints make one long diagram.
        const markdown = renderMarkdown(model, [{ journey, views: ['emotion'] }]);
        const [block] = mermaidBlocks(markdown);
        expect(block.length).toBeGreaterThan(MERMAID_DEFAULT_MAX_TEXT_SIZE);
        expect(markdown).toContain(`> **Note:** this diagram is ${block.length.toLocaleString('en')} characters long, more than Mermaid's default \`maxTextSize\` (50,000)`);
        expect(markdown).toContain(`mermaid.initialize({ maxTextSize: ${block.length} })`);
    });
});
