import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewSupport } from '../../language/lsp/preview-support.js';
import type { DiagramsResult, ElementRef } from '../../protocol/preview-data.js';
import { measureLegibility } from '../helpers/legibility.js';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';
import { exampleFiles } from '../helpers/reference.js';
import { workspaceOf } from '../helpers/workspace.js';

/** Screenshots of what the tests saw (git-ignored), for a person to look at. */
const SHOTS = 'test-results/screenshots';

describe.runIf(chromiumAvailable())('the preview page in Chromium', { timeout: 30_000 }, async () => {
    const ws = await workspaceOf(exampleFiles());
    const support = new PreviewSupport(ws.services.shared);
    const uriOf = (file: string) => ws.documents[file].uri.toString();
    const diagram = (file: string, view?: string, journey?: string) => support.diagram(uriOf(file), journey, view) as DiagramsResult;
    let preview: PreviewPage;

    async function show(result: DiagramsResult, theme: 'light' | 'dark' | 'high-contrast' = 'light') {
        await preview.showDiagram({ type: 'diagram', result, theme, locked: false, fileName: 'map.journey' });
    }

    beforeAll(async () => {
        preview = await PreviewPage.open();
        mkdirSync(SHOTS, { recursive: true });
    }, 30_000);

    afterAll(async () => {
        await preview?.close();
    });

    it('asks the extension for a diagram as soon as it loads', async () => {
        expect((await preview.posted())[0]).toEqual({ type: 'ready' });
    });

    it('draws the journey view of the Vietnamese example, labels included', async () => {
        const result = diagram('gift-purchase.journey', 'journey');
        await show(result);
        const text = await preview.page.locator('#canvas svg').textContent();
        expect(text).toContain('Nhận biết');
        expect(await preview.page.locator('#views button').allTextContents()).toEqual(['Map', 'Journey', 'Emotion']);
        await preview.page.screenshot({ path: `${SHOTS}/preview-journey-vi.png` });
    });

    it('draws every view of every example without an error and without touching the network', async () => {
        for (const file of Object.keys(ws.documents)) {
            const first = diagram(file);
            for (const journey of first.journeys) {
                for (const view of journey.views) {
                    const result = diagram(file, view, journey.name);
                    expect(result.mermaid, `${file} ${journey.name} ${view}: ${result.notice}`).toBeTruthy();
                    await show(result);
                    expect(await preview.page.locator('#canvas svg').count(), `${file} ${journey.name} ${view}`).toBe(1);
                    expect(await preview.page.locator('#notice').isHidden(), `${file} ${view}: ${await preview.page.locator('#notice').textContent()}`).toBe(true);
                    // No empty band beside the drawing (Mermaid's journey diagram kept 150 px each side for a legend it did not draw).
                    const band = await preview.page.locator('#canvas svg').evaluate(svg => {
                        const frame = svg.getBoundingClientRect();
                        const drawn = [...svg.querySelectorAll('text, rect, path, line, circle, polygon, ellipse')].map(shape => shape.getBoundingClientRect()).filter(box => box.width > 0 || box.height > 0);
                        const scale = frame.width / (svg as SVGSVGElement).viewBox.baseVal.width;
                        return { left: (Math.min(...drawn.map(box => box.left)) - frame.left) / scale, right: (frame.right - Math.max(...drawn.map(box => box.right))) / scale };
                    });
                    expect(band.left, `${file} ${journey.name} ${view}: empty band on the left`).toBeLessThanOrEqual(12);
                    expect(band.right, `${file} ${journey.name} ${view}: empty band on the right`).toBeLessThanOrEqual(12);
                    // Every element the view draws is found in the SVG (a click on it can go to its text), and the language finds it.
                    const elements = result.elements ?? [];
                    expect(elements.length, `${file} ${view}`).toBeGreaterThan(0);
                    expect(await preview.page.locator('#canvas svg [data-jm]').count(), `${file} ${journey.name} ${view}`).toBe(elements.length);
                    for (const { element } of elements) {
                        expect(support.locate(result.uri, journey.name, element), `${file} ${view} ${JSON.stringify(element)}`).toBeDefined();
                    }
                }
            }
        }
        expect(preview.errors).toEqual([]);
        expect(preview.outsideRequests).toEqual([]);
    }, 120_000);

    it('writes each stage\'s name at the left of its span in the map view, where a narrow pane shows it', async () => {
        const result = diagram('bank-account.journey', 'map');
        await show(result);
        const stages = (result.elements ?? []).flatMap((drawn, index) => drawn.element.kind === 'stage' ? [index] : []);
        expect(stages.length).toBeGreaterThan(2);
        const insets = await preview.page.locator('#canvas svg').evaluate((svg, indexes) => indexes.map(index => {
            const node = svg.querySelector(`[data-jm="${index}"]`)!;
            const box = node.querySelector(':scope > rect')!.getBoundingClientRect();
            const name = node.querySelector('g.label text, g.label span')!.getBoundingClientRect();
            return { name: node.textContent, inset: name.left - box.left, fits: name.right <= box.right };
        }), stages);
        for (const { name, inset, fits } of insets) {
            expect(inset, `${name}`).toBeGreaterThan(4);
            expect(inset, `${name}`).toBeLessThan(24);
            expect(fits, `${name}`).toBe(true);
        }
    });

    it('shows entity-coded characters of block labels as the characters, never as `&#58;`', async () => {
        const result = diagram('bank-account.journey', 'map');
        expect(result.mermaid).toContain('#58;');
        await show(result);
        const text = await preview.page.locator('#canvas svg').evaluate(svg => Array.from(svg.querySelectorAll('text, foreignObject')).map(t => t.textContent).join('\n'));
        // A label broken over lines is drawn as texts of their own: compared without white space.
        expect(text.replace(/\s+/g, '')).toContain('Setsagoal:alaptopbyDecember');
        expect(text).not.toMatch(/&#\d+;|&(lt|gt|quot|amp);/);
    });

    it('draws the map view with HTML labels where Mermaid shows each as written, with SVG text where Mermaid would read one', async () => {
        await show(diagram('bank-account.journey', 'map'));
        const kinds = () => preview.page.locator('#canvas svg').evaluate(svg => ({ html: svg.querySelectorAll('foreignObject').length, text: svg.querySelectorAll('text').length }));
        expect(await kinds()).toMatchObject({ html: expect.any(Number), text: 0 });
        expect((await kinds()).html).toBeGreaterThan(20);
        // An HTML label's text is read by Mermaid: `fa:fa-car` would become an icon, `$$5$$` a formula.
        const odd = await workspaceOf({ 'odd.journey': ['persona an "An"', 'journey odd "Odd" {', '  persona an', '  stage rent "Rent" {',
            '    touchpoint car "Books fa:fa-car online" {', '      channel web', '      action "Pays $$5$$ up front, then waits for the mail that says where the car is"', '      emotion 3', '    }', '  }', '}', ''].join('\n') });
        const result = new PreviewSupport(odd.services.shared).diagram(odd.documents['odd.journey'].uri.toString(), 'odd', 'map') as DiagramsResult;
        await show(result);
        expect(await kinds()).toMatchObject({ html: 0 });
        const shown = await preview.page.locator('#canvas svg').evaluate(svg => (svg.textContent ?? '').replace(/\s+/g, ' '));
        expect(shown).toContain('Books fa:fa-car online');
        expect(shown).toContain('Pays $$5$$ up front');
        expect(await preview.page.locator('#canvas svg i, #canvas svg .katex').count()).toBe(0);
    });

    it('keeps the last good diagram while the map has errors, and lists the errors', async () => {
        await show(diagram('bank-account.journey', 'journey'));
        const before = await preview.page.locator('#canvas').innerHTML();
        const broken: DiagramsResult = {
            uri: uriOf('bank-account.journey'), version: 9, journeys: [], errors: [
                { message: 'An emotion score is a whole number from 1 (very negative) to 5 (very positive), not `9`.', code: 'JM004', range: { start: { line: 11, character: 14 }, end: { line: 11, character: 15 } } }
            ]
        };
        await preview.send({ type: 'diagram', result: broken, theme: 'light', locked: false, fileName: 'bank-account.journey' });
        await preview.page.locator('#problems').waitFor({ state: 'visible' });
        expect(await preview.page.locator('#canvas').innerHTML()).toBe(before);
        expect(await preview.page.locator('#problems').textContent()).toContain('Line 12: An emotion score is a whole number');
        await preview.page.screenshot({ path: `${SHOTS}/preview-errors.png` });
        await preview.page.locator('#problems .problem').click();
        // (The page also tells the extension its zoom and scroll, a moment after they change.)
        expect((await preview.posted()).filter(message => message.type !== 'state').at(-1)).toEqual({ type: 'revealProblem', range: broken.errors[0].range });
        await show(diagram('bank-account.journey', 'journey'));
        expect(await preview.page.locator('#problems').isHidden()).toBe(true);
    });

    /** Two touchpoints with the same label: a click and a highlight must tell them apart. */
    const TWINS = `persona an "An"
journey twins "Twins" {
  persona an
  stage pay "Pay" {
    touchpoint first_fee "Checks the fee" {
      action "Opens the cart"
      emotion 2
    }
    touchpoint second_fee "Checks the fee" {
      action "Opens the cart"
      emotion 4
    }
  }
}
`;

    it('sends the element a click stands for (by identity: the second of two same-label touchpoints), and the language finds its line', async () => {
        const twins = await workspaceOf({ 'twins.journey': TWINS });
        const twinsSupport = new PreviewSupport(twins.services.shared);
        const uri = twins.documents['twins.journey'].uri.toString();
        const text = twins.documents['twins.journey'].textDocument;
        const lineOf = (range: { start: { line: number } }) => text.getText().split('\n')[range.start.line].trim();
        for (const [view, clicked, line] of [
            ['journey', '#canvas svg [data-jm] text', 'touchpoint second_fee "Checks the fee" {'],
            ['map', '#canvas svg [data-jm]:has(text, foreignObject)', 'action "Opens the cart"']
        ] as const) {
            const result = twinsSupport.diagram(uri, 'twins', view) as DiagramsResult;
            await show(result);
            // The second drawing of "Checks the fee" (journey view) / of "Opens the cart" (map view).
            const twin = preview.page.locator(clicked).filter({ hasText: view === 'journey' ? 'Checks the fee' : 'Opens the cart' }).nth(1);
            await twin.click({ force: true });
            const locate = (await preview.posted()).filter(message => message.type === 'locate').at(-1) as { element: ElementRef };
            expect(locate.element).toMatchObject({ kind: 'touchpoint', name: 'second_fee' });
            const found = twinsSupport.locate(uri, 'twins', locate.element)!;
            expect(lineOf(found.range), view).toBe(line);
            expect(text.getText().split('\n').slice(0, found.range.start.line).join('\n')).toContain('first_fee');
        }
    });

    it('highlights what the diagram draws of the element the editor cursor is in, and only that', async () => {
        const twins = await workspaceOf({ 'twins.journey': TWINS });
        const twinsSupport = new PreviewSupport(twins.services.shared);
        const uri = twins.documents['twins.journey'].uri.toString();
        const position = twins.documents['twins.journey'].textDocument.positionAt(TWINS.indexOf('Opens the cart', TWINS.indexOf('second_fee')));
        const at = twinsSupport.elementAt(uri, position)!;
        expect(at.element).toEqual({ kind: 'touchpoint', name: 'second_fee' });
        await show(twinsSupport.diagram(uri, 'twins', 'map') as DiagramsResult);
        await preview.send({ type: 'highlight', element: at.element });
        // The second column: its touchpoint, emotion and action cells; none of the first's.
        await expect.poll(() => preview.page.locator('#canvas .jm-highlight').count()).toBe(3);
        expect(await preview.page.locator('#canvas .jm-highlight').evaluateAll(nodes => nodes.map(node => node.id.replace(/^.*?-(?=[a-z]+_)/, '')))).toEqual(['touchpoints_second_fee', 'emotion_second_fee', 'actions_second_fee']);
        await preview.send({ type: 'highlight' });
        await expect.poll(() => preview.page.locator('#canvas .jm-highlight').count()).toBe(0);
    });

    it('opens a diagram at 100% (its natural size): a wide map scrolls instead of shrinking; Fit shows it whole; zoom and scroll are kept across updates', async () => {
        await preview.page.setViewportSize({ width: 500, height: 700 });
        try {
            await show(diagram('gift-purchase.journey', 'map'));
            const zoom = () => preview.page.locator('#zoom-level').textContent();
            expect(await zoom()).toBe('100%');
            const sizes = await preview.page.evaluate(() => {
                const viewport = document.getElementById('viewport')!;
                const svg = document.querySelector('#canvas svg') as SVGSVGElement;
                return { pane: viewport.clientWidth, scrollWidth: viewport.scrollWidth, drawn: svg.getBoundingClientRect().width, natural: svg.viewBox.baseVal.width };
            });
            expect(sizes.drawn).toBeCloseTo(sizes.natural, 0);
            expect(sizes.scrollWidth).toBeGreaterThan(sizes.pane * 2);
            // Scroll with the wheel, zoom with the keyboard: both survive an update of the same map.
            await preview.page.mouse.move(250, 300);
            await preview.page.mouse.wheel(600, 0);
            await preview.page.locator('#viewport').focus();
            await preview.page.keyboard.press('+');
            expect(await zoom()).toBe('120%');
            const before = await preview.page.evaluate(() => [document.getElementById('viewport')!.scrollLeft, document.getElementById('viewport')!.scrollTop]);
            expect(before[0]).toBeGreaterThan(0);
            await show({ ...diagram('gift-purchase.journey', 'map'), version: 99 });
            expect(await zoom()).toBe('120%');
            expect(await preview.page.evaluate(() => [document.getElementById('viewport')!.scrollLeft, document.getElementById('viewport')!.scrollTop])).toEqual(before);
            // Fit: the whole map in the pane.
            await preview.page.locator('#zoom-fit').click();
            const fitted = await preview.page.evaluate(() => ({
                pane: document.getElementById('viewport')!.getBoundingClientRect(), svg: document.querySelector('#canvas svg')!.getBoundingClientRect()
            }));
            expect(fitted.svg.width).toBeLessThanOrEqual(fitted.pane.width);
            expect(Number((await zoom())!.replace('%', ''))).toBeLessThan(50);
            // A drag pans the map.
            await preview.page.locator('#zoom-level').click();
            expect(await zoom()).toBe('100%');
            await preview.page.mouse.move(400, 400);
            await preview.page.mouse.down();
            await preview.page.mouse.move(100, 400, { steps: 5 });
            await preview.page.mouse.up();
            expect(await preview.page.evaluate(() => document.getElementById('viewport')!.scrollLeft)).toBeGreaterThanOrEqual(290);
        } finally {
            await preview.page.setViewportSize({ width: 1200, height: 800 });
        }
    });

    it('redraws in dark and high-contrast themes, every label of every view at a contrast of 4.5:1 or more', async () => {
        // VS Code gives the page its theme as a body class and colour variables: those of Dark Modern and of
        // Dark High Contrast. (code-server 1.117 does not apply the high-contrast theme from settings, so
        // test/editor/ measures the light and dark themes in the real editor, and this the high-contrast one.)
        const backgrounds = { 'dark': ['#1f1f1f', '#cccccc'], 'high-contrast': ['#000000', '#ffffff'] } as const;
        for (const theme of ['dark', 'high-contrast'] as const) {
            await preview.page.evaluate(([name, background, foreground]) => {
                document.body.className = `vscode-${name}`;
                document.body.style.setProperty('--vscode-editor-background', background);
                document.body.style.setProperty('--vscode-foreground', foreground);
            }, [theme, ...backgrounds[theme]] as const);
            for (const file of ['gift-purchase.journey', 'bank-account.journey']) {
                for (const view of diagram(file).journeys[0].views) {
                    await show(diagram(file, view), theme);
                    await preview.page.locator('#zoom-fit').click();
                    const report = await measureLegibility(preview.page, '#canvas svg');
                    const measured = report.labels.filter(label => label.contrast !== undefined);
                    expect(measured.length, `${theme} ${file} ${view}`).toBeGreaterThan(3);
                    expect(measured.filter(label => label.contrast! < 4.5).map(label => `${label.text}: ${label.contrast!.toFixed(2)}:1`), `${theme} ${file} ${view}`).toEqual([]);
                }
            }
            await show(diagram('gift-purchase.journey', 'map'), theme);
            await preview.page.screenshot({ path: `${SHOTS}/preview-map-${theme}.png` });
        }
        await preview.page.evaluate(() => {
            document.body.className = '';
            document.body.removeAttribute('style');
        });
        expect(preview.errors).toEqual([]);
    });

    it('asks the extension to export when a toolbar button is pressed', async () => {
        await show(diagram('coffee-loyalty.journey', 'journey'));
        for (const format of ['svg', 'png', 'markdown'] as const) {
            await preview.page.locator(`#export-${format}`).click();
            expect((await preview.posted()).at(-1)).toEqual({ type: 'exportAsked', format });
        }
    });

    it('exports the map view with its labels as SVG text (librsvg shows no HTML label), though the page shows HTML labels', async () => {
        await show(diagram('bank-account.journey', 'map'));
        const before = (await preview.posted()).length;
        await preview.send({ type: 'exportRequest', format: 'svg' });
        await expect.poll(async () => (await preview.posted()).slice(before).filter(m => m.type === 'exportData').length, { timeout: 20_000 }).toBe(1);
        const { data } = (await preview.posted()).slice(before).find(m => m.type === 'exportData') as { data: string };
        expect(data).not.toContain('foreignObject');
        const texts = await preview.page.evaluate(markup => [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')]
            .map(text => text.textContent).join(' ').replace(/\s+/g, ' '), data);
        expect(texts).toContain('Awareness');
        expect(texts).toContain('Sets a goal: a laptop by');
        // What librsvg draws of it (as Inkscape and slide tools read SVG): words with their spaces.
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-export-'));
        writeFileSync(path.join(folder, 'map.svg'), data);
        execFileSync('rsvg-convert', ['-f', 'pdf', '-o', path.join(folder, 'map.pdf'), path.join(folder, 'map.svg')]);
        const drawn = execFileSync('pdftotext', [path.join(folder, 'map.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        rmSync(folder, { recursive: true, force: true });
        expect(drawn).toContain('Reads the internship');
        expect(drawn).toContain('1. HR says her salary will');
        expect(await preview.page.locator('#canvas svg foreignObject').count()).toBeGreaterThan(20);
        expect(preview.errors).toEqual([]);
    });

    it('answers an export request with the diagram at its natural size (SVG), and a PNG of twice its pixels, whatever the zoom', async () => {
        await show(diagram('coffee-loyalty.journey', 'journey'));
        await preview.page.locator('#zoom-out').click();
        const before = (await preview.posted()).length;
        await preview.send({ type: 'exportRequest', format: 'svg' });
        await preview.send({ type: 'exportRequest', format: 'png' });
        await expect.poll(async () => (await preview.posted()).slice(before).filter(m => m.type === 'exportData').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
        expect(preview.errors).toEqual([]);
        const exports = (await preview.posted()).slice(before).filter(m => m.type === 'exportData') as Array<{ format: string; data: string }>;
        const svg = exports.find(m => m.format === 'svg')!.data;
        expect(svg.startsWith('<svg')).toBe(true);
        const natural = await preview.page.evaluate(() => (document.querySelector('#canvas svg') as SVGSVGElement).viewBox.baseVal.width);
        expect(Number(/ width="(\d+)"/.exec(svg)![1])).toBe(Math.ceil(natural));
        expect(svg).not.toContain('jm-highlight');
        const png = Buffer.from(exports.find(m => m.format === 'png')!.data.replace('data:image/png;base64,', ''), 'base64');
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.readUInt32BE(16)).toBe(Math.ceil(Math.ceil(natural) * 2));
    });
});
