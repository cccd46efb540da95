import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../language/views/escape.js';
import type { DiagramsResult, ViewName } from '../../protocol/preview-data.js';
import { LONG_FUZZ } from '../fuzz/config.js';
import { FuzzWorkspace } from '../fuzz/harness.js';
import { chromiumAvailable, PreviewPage } from '../helpers/preview-page.js';
import { HOSTILE_LABELS, quote } from '../views/hostile-labels.js';

/**
 * Hostile labels in the real preview (docs/reliability.md): each payload is written as every label of
 * a service blueprint, the real language computes the preview's answer (PreviewSupport, as the server
 * does), and the real page (its HTML and CSP, dist/preview.js, dist/mermaid.min.js) draws it in
 * Debian's Chromium. For every payload and view:
 * - no script runs: the payloads call `__pwn(n)`, a page-level trap; the page also records every
 *   Content-Security-Policy violation (an attempt the CSP stopped is still a failure of escaping) and,
 *   with a MutationObserver, every element or attribute born from a label;
 * - no request is made but the page's own assets;
 * - the label's text is shown: the diagram's text holds it, character for character (white space aside).
 */

/** Payloads aimed at the page (scripts, handlers, links, Mermaid directives and interactions, CSS, entities, bidi, size). */
const ATTACKS: readonly string[] = [
    '<script>__pwn(1)</script>',
    '<img src=x onerror=__pwn(2)>',
    '<svg onload=__pwn(3)>',
    '<svg><script>__pwn(4)</script></svg>',
    '"><img src=x onerror=__pwn(5)>',
    "'><svg/onload=__pwn(6)>",
    '<a href="javascript:__pwn(7)">pwn link</a>',
    'javascript:__pwn(8)',
    '<iframe src="javascript:__pwn(9)"></iframe>',
    '<iframe srcdoc="<script>__pwn(10)</script>"></iframe>',
    '<object data="javascript:__pwn(11)"></object>',
    '<embed src="javascript:__pwn(12)">',
    '<body onload=__pwn(13)>',
    '<details open ontoggle=__pwn(14)>',
    '<math><mtext><table><mglyph><style><img src=x onerror=__pwn(15)>',
    '<noscript><p title="</noscript><img src=x onerror=__pwn(16)>">',
    "<style>@import 'http://127.0.0.2/pwn17.css'</style>",
    '</style><style>*{background:url(http://127.0.0.2/pwn18)}</style>',
    '</text><foreignObject><div onmouseover=__pwn(19)>pwn</div></foreignObject>',
    '<link rel=stylesheet href=http://127.0.0.2/pwn20.css>',
    '<meta http-equiv=refresh content="0;url=javascript:__pwn(21)">',
    '<base href="http://127.0.0.2/pwn22/">',
    '%%{init: {"securityLevel": "loose", "startOnLoad": true}}%% pwn23',
    '%%{init: {"theme": "base", "themeCSS": "* { background: url(http://127.0.0.2/pwn24) }"}}%%',
    '%%{init: {"htmlLabels": true}}%%<img src=x onerror=__pwn(25)>',
    'pwn26\n%%{init: {"securityLevel":"loose"}}%%\nclick t1 call __pwn(26)',
    'click t1 call __pwn(27)',
    'click t1 href "javascript:__pwn(28)"',
    '\nclick t1 href "javascript:__pwn(29)"\n',
    '; click t1 call __pwn(30)',
    '#lt;img src=x onerror=__pwn(31)#gt;',
    '&lt;img src=x onerror=__pwn(32)&gt;',
    '&#60;script&#62;__pwn(33)&#60;/script&#62;',
    '&#x3C;img src=x onerror=__pwn(34)&#x3E;',
    '\\u003cimg src=x onerror=__pwn(35)\\u003e',
    '<IMG SRC=JaVaScRiPt:__pwn(36)>',
    '<img src="x\u0000" onerror="__pwn(37)">',
    '<svg><animate onbegin=__pwn(38) attributeName=x dur=1s>',
    '<svg><set attributeName="onmouseover" to="__pwn(39)"/>',
    '<svg><a xlink:href="javascript:__pwn(40)"><text>pwn</text></a></svg>',
    '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgb25sb2FkPSJfX3B3big0MSkiLz4=#x"/></svg>',
    '<style>text{fill:red;font-size:99px}</style> pwn42',
    'style="background:url(http://127.0.0.2/pwn43)"',
    ':root{--x:url(http://127.0.0.2/pwn44)} pwn44',
    '\u202Eevil\u202C pwn45 <img src=x onerror=__pwn(45)>',
    '\u2066<script>\u2069__pwn(46)',
    'invoice\u202Egnp.exe pwn47',
    'pwn48 ' + 'A'.repeat(10_000),
    'pwn49 ' + Array.from({ length: 1_700 }, (_, i) => `w${i}`).join(' ').slice(0, 9_990),
    '<b>'.repeat(300) + 'pwn50',
    "pwn51 {{constructor.constructor('__pwn(51)')()}}",
    'pwn52 ${__pwn(52)} `${__pwn(52)}`',
    '"`**pwn53** <img src=x onerror=__pwn(53)>`"',
    '<!--pwn54--><img src=x onerror=__pwn(54)>',
    '<![CDATA[<script>__pwn(55)</script>]]>',
    '<?xml-stylesheet href="http://127.0.0.2/pwn56.xsl"?>',
    'data:text/html;base64,PHNjcmlwdD5fX3B3big1Nyk8L3NjcmlwdD4= pwn57',
    'fa:fa-user <i class="fa fa-user" onclick=__pwn(58)>',
    '%%{init: {"fontFamily": "x</style><img src=x onerror=__pwn(59)>"}}%%',
    '---\nconfig:\n  securityLevel: loose\n---\npwn60',
    '</tspan></text><image href="http://127.0.0.2/pwn61.png"/>',
    'pwn62 \u2028<script>__pwn(62)</script>\u2029',
    'pwn63 %%{wrap}%% %%',
    'classDef pwn64 fill:url(http://127.0.0.2/pwn64)',
    'style t1 fill:url(http://127.0.0.2/pwn65)',
    'pwn66 <svg><style>@font-face{font-family:x;src:url(http://127.0.0.2/pwn66.woff)}</style></svg>',
    'pwn67 \\"); __pwn(67); ("',
    'pwn68 </title><script>__pwn(68)</script>',
    'pwn69 accTitle: x\naccDescr: <img src=x onerror=__pwn(69)>'
];

/** The whole corpus: the attacks on the page, then the labels aimed at Mermaid's syntax (test/views). */
const PAYLOADS: ReadonlyArray<{ label: string; blank?: boolean; attack?: boolean }> = [...ATTACKS.map(label => ({ label, attack: true })), ...HOSTILE_LABELS];

function mapWith(label: string): string {
    const q = quote(label);
    return `persona p1 ${q}

journey j ${q} {
  type blueprint
  persona p1

  stage s1 ${q} {
    touchpoint t1 ${q} {
      action ${q}
      thought ${q}
      emotion 2
      pain pn1 ${q}
      barrier ${q}
      frontstage ${q}
      backstage ${q}
      support ${q}
    }
    touchpoint t2 "Plain" {
      emotion 4
      frontstage "Plain"
    }
  }

  opportunity o1 ${q} {
    fixes pn1
    owner ${q}
  }
}
`;
}

/** Text compared without white space, zero-width characters and the bidi closers the escaping adds. */
function squash(text: string): string {
    // biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character is removed on its own
    return text.normalize('NFC').replace(/[\s\u200B\u200D\uFEFF\u202A-\u202E\u2066-\u2069]/g, '');
}

/**
 * The views drawn for a payload. `npm test`: the journey view for all, the map view (block diagram) for
 * the attacks (the Mermaid-syntax labels are parsed in every view by test/views/hostile.test.ts);
 * `npm run fuzz`: every view for every payload.
 */
function viewsFor(attack: boolean): readonly ViewName[] {
    return LONG_FUZZ ? ['map', 'journey', 'emotion'] : attack ? ['journey', 'map'] : ['journey'];
}

/** What the page-level trap saw: calls of `__pwn`, CSP violations, elements and attributes a label must never become. */
interface Trap {
    pwned: number[];
    violations: string[];
    injected: string[];
}

describe.runIf(chromiumAvailable())('hostile labels in the real preview page', { timeout: 120_000 }, () => {
    let preview: PreviewPage;
    const requests: string[] = [];
    let assets: Set<string>;
    const counts = { payloads: PAYLOADS.length, renders: 0, textChecks: 0 };

    beforeAll(async () => {
        preview = await PreviewPage.open();
        assets = new Set(await preview.page.evaluate(() => performance.getEntriesByType('resource').map(entry => entry.name)));
        preview.page.on('request', request => requests.push(request.url()));
        await preview.page.evaluate(() => {
            const w = window as unknown as { __trap: Trap; __pwn: (n: number) => void };
            const trap: Trap = { pwned: [], violations: [], injected: [] };
            w.__trap = trap;
            w.__pwn = n => void trap.pwned.push(n);
            document.addEventListener('securitypolicyviolation', event => trap.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
            const forbidden = /^(script|iframe|object|embed|img|image|link|meta|base|form|input|a|audio|video|source|animate|set|use|handler|listener)$/i;
            // Mermaid's HTML label: a foreignObject in a node's label group (the map view's labels, client/webview/html-labels.ts).
            const labelHolder = (element: Element) => element.localName === 'foreignObject' && element.parentElement?.matches('g.label') === true;
            // Mermaid names an unnamed block (an empty cell) `id-` and 11 random letters and digits: once in a
            // few thousand such ids they hold "pwn" (CI met `id-1axpwnxqlzy-174-0`), which no label wrote.
            const generatedId = (name: string, value: string) => name === 'id' && /^journey-diagram-\d+-id-[a-z0-9]+-\d+(-\d+)?$/.test(value);
            const attributes = (element: Element) => {
                for (const attribute of [...element.attributes]) {
                    const value = attribute.value.toLowerCase();
                    if (/^on/i.test(attribute.name) || (/javascript:|pwn|__pwn/.test(value) && !generatedId(attribute.name, value))
                        || (/^(href|xlink:href|src|srcdoc|data|action|formaction)$/i.test(attribute.name))) {
                        trap.injected.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 80)}">`);
                    }
                }
            };
            const inspect = (node: Node) => {
                if (!(node instanceof Element)) {
                    return;
                }
                for (const element of [node, ...node.querySelectorAll('*')]) {
                    if (forbidden.test(element.localName) || (/^foreignobject$/i.test(element.localName) && !labelHolder(element))) {
                        trap.injected.push(`<${element.localName}>`);
                    }
                    if (element.localName === 'style' && /pwn|url\(/i.test(element.textContent ?? '')) {
                        trap.injected.push(`<style> holding ${(element.textContent ?? '').match(/.{0,40}(pwn|url\().{0,40}/i)?.[0]}`);
                    }
                    attributes(element);
                }
            };
            new MutationObserver(records => {
                for (const record of records) {
                    if (record.type === 'attributes' && record.target instanceof Element) {
                        attributes(record.target);
                    }
                    record.addedNodes.forEach(inspect);
                }
            }).observe(document, { subtree: true, childList: true, attributes: true });
        });
        mkdirSync('test-results/screenshots', { recursive: true });
    }, 60_000);

    afterAll(async () => {
        console.info(`hostile preview: ${JSON.stringify(counts)}`);
        await preview?.close();
    });

    it('has at least 50 payloads of each kind', () => {
        expect(ATTACKS.length).toBeGreaterThanOrEqual(50);
        expect(HOSTILE_LABELS.length).toBeGreaterThanOrEqual(50);
    });

    it(`draws every payload: no script, no request, the label shown`, async () => {
        const workspace = await FuzzWorkspace.create();
        for (const [i, { label, blank, attack }] of PAYLOADS.entries()) {
            const { 'map.journey': map } = await workspace.set({ 'map.journey': mapWith(label) });
            expect((map.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message), `payload ${i}`).toEqual([]);
            const uri = map.uri.toString();
            for (const view of viewsFor(attack ?? false)) {
                const result = workspace.preview.diagram(uri, 'j', view) as DiagramsResult;
                expect(result.mermaid, `payload ${i} ${view}: ${result.notice}`).toBeTruthy();
                // A new file each time, so the page never keeps a previous payload's diagram.
                await preview.showDiagram({ type: 'diagram', result: { ...result, uri: `${uri}#${i}-${view}` }, theme: 'light', locked: false, fileName: 'map.journey' });
                counts.renders++;
                const shown = await preview.page.evaluate(() => ({
                    svg: document.querySelector('#canvas svg')?.textContent ?? '',
                    notice: (document.getElementById('notice') as HTMLElement).hidden ? '' : document.getElementById('notice')!.textContent
                }));
                expect(shown.notice, `payload ${i} ${view}`).toBe('');
                if (!blank && (view === 'journey' || (view === 'map' && label.length < 2_000))) {
                    // The journey view shows the touchpoint's label whole; the map view its action (long texts are cut there).
                    // Control characters are shown as their pictures (␀), as the views write them (normalizeText).
                    expect(squash(shown.svg).includes(squash(normalizeText(label))), `payload ${i} ${view}: ${JSON.stringify(label.slice(0, 80))} is shown in ${JSON.stringify(shown.svg.slice(0, 300))}`).toBe(true);
                    counts.textChecks++;
                }
                // An HTML label on the page holds its text and line breaks only: nothing made from the text.
                expect(await preview.page.evaluate(() => [...document.querySelectorAll('#canvas foreignObject *')].map(element => element.localName)
                    .filter(name => !['div', 'span', 'p', 'br'].includes(name))), `payload ${i} ${view}`).toEqual([]);
                const trap = await preview.page.evaluate(() => (window as unknown as { __trap: Trap }).__trap);
                expect(trap, `payload ${i} ${view}: ${JSON.stringify(label.slice(0, 80))}`).toEqual({ pwned: [], violations: [], injected: [] });
            }
            if (i === 0 || label.includes('pwn48')) {
                await preview.page.screenshot({ path: `test-results/screenshots/hostile-preview-${i}.png` });
            }
        }
        expect(requests.filter(url => !assets.has(url))).toEqual([]);
        expect(preview.outsideRequests).toEqual([]);
        expect(preview.errors).toEqual([]);
    }, LONG_FUZZ ? 1_800_000 : 240_000);

    it('the trap is not blind: markup put into the page by hand is caught by each of its parts', async () => {
        await preview.page.evaluate(() => {
            const holder = document.createElement('div');
            holder.innerHTML = '<img src="http://127.0.0.2/pwn.png" onerror="__pwn(0)"><a href="javascript:__pwn(0)">x</a>';
            document.body.append(holder);
        });
        await expect.poll(() => preview.page.evaluate(() => (window as unknown as { __trap: Trap }).__trap)).toMatchObject({
            pwned: [],
            violations: expect.arrayContaining([expect.stringMatching(/^img-src/)]),
            injected: expect.arrayContaining(['<img>', '<a>', expect.stringMatching(/onerror/)])
        });
        // The CSP stops the handler: the trap function itself is proven by a call from the page's own context.
        await preview.page.evaluate(() => (window as unknown as { __pwn: (n: number) => void }).__pwn(-1));
        expect((await preview.page.evaluate(() => (window as unknown as { __trap: Trap }).__trap)).pwned).toEqual([-1]);
    });
});
