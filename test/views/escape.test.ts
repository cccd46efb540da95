import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeJourney, escapeTimeline, escapeXyChart, isBlank } from '../../language/views/escape.js';
import { textUnits, wrapText } from '../../language/views/wrap.js';
import { parseMermaid, readDiagram, renderMermaid } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';
import { renderAll } from './fixtures.js';

describe('the escaping table', () => {
    it.each([
        [':', '#58;'], [';', '#59;'], ['#', '#35;'], ['%', '#37;'], ['&', '#38;'], ['<', '#lt;'], ['>', '#gt;'],
        ['"', '#quot;'], ['`', '#96;'], ['\\', '#92;'], ['$', '#36;'], ['{', '#123;'], ['}', '#125;'],
        ['¶', '#182;'], ['ﬂ', '#64258;'], ['\u202E', '#8238;#8236;']
    ])('writes %j as %s in every diagram type', (char, code) => {
        for (const escaped of [escapeJourney(`a${char}b`, 'task'), escapeXyChart(`a${char}b`), escapeBlock(`a${char}b`), escapeTimeline(`a${char}b`, 'event')]) {
            expect(escaped).toBe(char === '\u202E' ? `a${code.slice(0, 6)}b${code.slice(6)}` : `a${code}b`);
        }
    });

    it('encodes the comma only where Mermaid splits on it: journey actors', () => {
        expect(escapeJourney('Lan, Minh', 'actor')).toBe('Lan#44; Minh');
        expect(escapeJourney('Lan, Minh', 'task')).toBe('Lan, Minh');
        expect(escapeXyChart('a, b')).toBe('a, b');
    });

    it('keeps a literal `#word;` as text: its `#` is encoded', () => {
        expect(escapeJourney('#quot; #12;', 'task')).toBe('#35;quot#59; #35;12#59;');
    });

    it('breaks lines where the diagram can (journey sections and tasks, blocks, timeline periods and events) and uses spaces elsewhere', () => {
        expect(escapeJourney('a\nb', 'task')).toBe('a<br>b');
        expect(escapeJourney('a\nb', 'section')).toBe('a<br>b');
        expect(escapeJourney('a\nb', 'title')).toBe('a b');
        expect(escapeJourney('a\nb', 'actor')).toBe('a b');
        expect(escapeXyChart('a\r\nb\u2028c')).toBe('a b c');
        expect(escapeBlock('a\nb')).toBe('a<br>b');
        expect(escapeTimeline('a\nb', 'event')).toBe('a<br>b');
        expect(escapeTimeline('a\nb', 'section')).toBe('a b');
    });

    it('makes a keyword at the start of a task or a period text (it would start a statement)', () => {
        expect(escapeJourney('title of the book', 'task')).toBe('#116;itle of the book');
        expect(escapeJourney('Section 3', 'task')).toBe('#83;ection 3');
        expect(escapeJourney('click here', 'task')).toBe('#99;lick here');
        expect(escapeTimeline('timeline', 'period')).toBe('#116;imeline');
        expect(escapeJourney('title of the book', 'title')).toBe('title of the book');
    });

    it('shows control characters, closes bidi overrides and trims', () => {
        expect(escapeBlock('  a\u0007b\tc  ')).toBe('a\u2407b c');
        expect(escapeXyChart('x\u202Ey')).toBe('x#8238;y#8236;');
        expect(escapeXyChart('x\u2067y\u2069z')).toBe('x#8295;y#8297;z');
    });

    it('calls a label blank when it shows nothing', () => {
        expect(['', ' ', '\n', '\u200B', '\u00A0\t', '\u202E'].every(text => isBlank(text))).toBe(true);
        expect(isBlank('.')).toBe(false);
    });
});

describe('line breaking for journey boxes', () => {
    it('breaks at spaces into lines of at most 18 units, keeps written breaks, cuts words longer than a line', () => {
        expect(wrapText('Đặt hàng tại cửa hàng gần nhà', 18)).toEqual(['Đặt hàng tại cửa', 'hàng gần nhà']);
        expect(wrapText('a\nb', 18)).toEqual(['a', 'b']);
        expect(wrapText('x'.repeat(40), 18)).toEqual(['x'.repeat(18), 'x'.repeat(18), 'x'.repeat(4)]);
    });

    it('counts wide characters as two units and never splits a grapheme cluster', () => {
        expect(textUnits('日本')).toBe(4);
        expect(textUnits('qua\u0300')).toBe(3);
        expect(wrapText('👩‍👩‍👧'.repeat(12), 18).every(line => [...new Intl.Segmenter().segment(line)].every(s => s.segment === '👩‍👩‍👧'))).toBe(true);
    });
});

/** A small map whose every label is `label`. */
function mapWith(label: string): string {
    const q = JSON.stringify(label);
    return `persona p ${q}\njourney j ${q} {\n  persona p\n  stage s ${q} {\n    touchpoint t ${q} {\n      emotion 2\n      action ${q}\n      pain x ${q}\n    }\n  }\n  opportunity o ${q} {\n    fixes x\n  }\n}\n`;
}

describe('each rule, checked with the real Mermaid', () => {
    it('a literal #word; stays text, in every view', async () => {
        const model = await modelOf({ 'a.journey': mapWith('#quot;x#59; #12; #lt;b#gt;') });
        for (const { text } of renderAll(model)) {
            const read = JSON.stringify(await readDiagram(text));
            expect(read).toContain('#quot;x#59; #12; #lt;b#gt;');
        }
    });

    it('a directive in a label is text: Mermaid applies only the view\'s own configuration', async () => {
        const model = await modelOf({ 'a.journey': mapWith('%%{init: {"theme": "dark", "securityLevel": "loose"}}%%') });
        for (const { view, text } of renderAll(model)) {
            const result = await parseMermaid(text);
            const config = (result as { config?: Record<string, unknown> }).config ?? {};
            expect(config.theme, view).toBeUndefined();
            expect(config.securityLevel, view).toBeUndefined();
            expect(JSON.stringify(await readDiagram(text)), view).toContain('%%{init: {\\"theme\\": \\"dark\\"');
        }
    });

    it('HTML in a label is shown as text: no element is born from it in the rendered SVG', async () => {
        const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)><b>bold</b>';
        const model = await modelOf({ 'a.journey': mapWith(hostile) });
        for (const { view, text } of renderAll(model)) {
            const svg = await renderMermaid(text);
            const document = new JSDOM(`<body>${svg}</body>`).window.document;
            expect(document.querySelectorAll('script, img, b, iframe, a').length, view).toBe(0);
            expect([...document.querySelectorAll('*')].flatMap(element => [...element.attributes].map(a => a.name)).filter(name => name.startsWith('on')), view).toEqual([]);
            expect(document.body.textContent, view).toContain('<script>alert(1)</script>');
        }
    });

    it('a journey task breaks into SVG text lines (not a literal "<br>"), and the user\'s own "<br>" stays text', async () => {
        const model = await modelOf({ 'a.journey': mapWith('Đặt hàng tại cửa hàng <br> gần nhà') });
        const text = renderAll(model).find(diagram => diagram.view === 'journey')!.text;
        expect(text).toContain('Đặt hàng tại<br>cửa hàng #lt;br#gt;<br>gần nhà');
        const svg = await renderMermaid(text);
        const document = new JSDOM(`<body>${svg}</body>`).window.document;
        expect(document.querySelectorAll('foreignObject').length).toBe(0);
        const lines = [...document.querySelectorAll('text.task')].map(element => element.textContent);
        expect(lines).toEqual(['Đặt hàng tại', 'cửa hàng <br>', 'gần nhà']);
        // The task text takes the theme's text colour (Mermaid would paint it white).
        expect(svg).toMatch(/text\.task,#[\w-]+ text\.journey-section\{fill:inherit;\}/);
    });

    it('xychart labels are quoted, with no double quote inside', async () => {
        const model = await modelOf({ 'a.journey': mapWith('say "hi", [then] go') });
        const text = renderAll(model).find(diagram => diagram.view === 'emotion')!.text;
        expect(text).toContain('["1. say #quot;hi#quot;, [then] go"]');
        const read = await readDiagram(text);
        expect(read.type === 'xychart' && read.categories).toEqual(['1. say "hi", [then] go']);
    });
});
