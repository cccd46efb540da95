/**
 * The extension in a real VS Code (code-server 4.117 = VS Code 1.117, shown by Debian's Chromium through
 * playwright-core, the harness of test/editor/), on the 1,000-touchpoint bench workspace
 * (bench/generate.ts, written to a temporary folder):
 *
 * - **activation**: each run a fresh code-server and browser; quick-open the largest journey file.
 *   From the extension host's log (`ExtensionService#_doActivateExtension …`, VS Code starting to
 *   activate it) and the extension's output channel (`Journey Maps activated in N ms`, written by
 *   client/extension.ts when activate() returns, and `first diagnostics of an open file … N ms after
 *   activation started`). Also the wall clock from Enter in quick open to activate() returned.
 * - **edit → new SVG**: the last run's window opens the preview beside the editor ("Journey: Open
 *   Preview to the Side"), then types one character at a time at the start of a touchpoint's label in
 *   Monaco (playwright's keyboard). Date.now() on both sides: in Node when the key is pressed, and in
 *   the preview's webview frame a MutationObserver that records Date.now() when the SVG holding the new
 *   text is inserted (and after the next animation frame: painted), so polling adds nothing.
 * - **Mermaid's own render** of the same diagram (the text the preview last received), in the same
 *   webview frame, after the edits; and the standalone preview page of bench/preview-bench.ts.
 *
 * `node bench/bench.mjs --entry bench/editor-bench.ts` (npm run bench:editor) [--runs N] [--activation-runs N].
 * Prints a Markdown table, writes bench/editor-results.json. A benchmark, not a test: nothing asserts a time.
 */
import * as fs from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser, openWorkbench, runCommandWhenAvailable, waitForExplorer, webviewFrame, type Workbench } from '../test/editor/browser.js';
import { startCodeServer, type CodeServer } from '../test/editor/code-server.js';
import { chromiumAvailable } from '../test/helpers/chromium.js';
import { generateWorkspace } from './generate.js';
import { median } from './measure.js';
import { benchPreview } from './preview-bench.js';

const { values: options } = parseArgs({ options: { runs: { type: 'string' }, 'activation-runs': { type: 'string' } }, strict: false });
const EDIT_RUNS = Number(options.runs ?? 9);
const ACTIVATION_RUNS = Number(options['activation-runs'] ?? 5);
const TOUCHPOINTS = 1000;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface ActivationRun {
    /** VS Code starts activating (extension host log) → activate() returned (output channel). */
    vscodeToReadyMs: number;
    /** activate() itself (the extension's own performance.now() figure). */
    activateMs: number;
    /** activate() started → first diagnostics of the opened file received by the client. */
    toFirstDiagnosticsMs?: number;
    /** Enter in quick open (Node's clock) → activate() returned. */
    openToReadyMs: number;
}

interface EditRun { svgMs: number; paintedMs: number }

/** The edits made while the preview showed one view, and Mermaid's own render of that view's text. */
interface ViewEdits { view: string; runs: EditRun[]; mermaidText: string; labelDigests?: Record<string, string>; renders: number[] }

/** A log line's local timestamp ("2026-11-23 03:05:21.932 [info] …") as epoch ms. */
function logTime(line: string): number {
    const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
    if (!match) throw new Error(`no timestamp in ${line}`);
    return new Date(`${match[1]}T${match[2]}`).getTime();
}

function findFiles(dir: string, name: string): string[] {
    const found: string[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile() && entry.name === name) found.push(path.join(entry.parentPath, entry.name));
    }
    return found;
}

/** Waits for a line matching `pattern` in a file named `name` under the server's logs. */
async function waitForLogLine(server: CodeServer, name: string, pattern: RegExp, timeout = 60_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
        for (const file of findFiles(path.join(server.userDataDir, 'logs'), name)) {
            const line = fs.readFileSync(file, 'utf8').split('\n').find(candidate => pattern.test(candidate));
            if (line) return line;
        }
        if (Date.now() > deadline) throw new Error(`no line ${pattern} in ${name} within ${timeout} ms`);
        await sleep(100);
    }
}

/** Quick open (Ctrl+P) of fileName; returns Date.now() just before Enter. */
async function quickOpenTimed(page: Page, fileName: string): Promise<number> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(fileName);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const pressed = Date.now();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: fileName }).first().waitFor({ state: 'visible', timeout: 30_000 });
    return pressed;
}

/** One activation in a fresh code-server and browser; returns them open (the caller stops them). */
async function activationRun(folder: string, fileName: string): Promise<{ run: ActivationRun; server: CodeServer; workbench: Workbench }> {
    const server = await startCodeServer();
    const workbench = await launchBrowser({ env: server.env });
    await openWorkbench(workbench.page, server.url({ folder }));
    await waitForExplorer(workbench.page, 'personas.journey');
    const pressed = await quickOpenTimed(workbench.page, fileName);
    const starting = await waitForLogLine(server, 'remoteexthost.log', /_doActivateExtension journey-maps\.journey-maps-as-code/);
    const ready = await waitForLogLine(server, 'Journey Maps.log', /Journey Maps activated in \d+ ms/);
    const diagnostics = await waitForLogLine(server, 'Journey Maps.log', /first diagnostics of an open file .* (\d+) ms after/, 30_000).catch(() => undefined);
    return {
        run: {
            vscodeToReadyMs: logTime(ready) - logTime(starting),
            activateMs: Number(/activated in (\d+) ms/.exec(ready)![1]),
            toFirstDiagnosticsMs: diagnostics ? Number(/ (\d+) ms after/.exec(diagnostics)![1]) : undefined,
            openToReadyMs: logTime(ready) - pressed
        },
        server,
        workbench
    };
}

/** In the preview's frame: remember the Mermaid text it receives, and when an SVG holding `window.benchExpect` is inserted. */
async function instrumentPreview(frame: Frame): Promise<void> {
    await frame.evaluate(() => {
        const w = window as unknown as { benchExpect?: string; benchSvgAt?: number; benchPaintedAt?: number; benchMermaid?: string; benchLabelDigests?: Record<string, string> };
        window.addEventListener('message', event => {
            const result = (event.data as { type?: string; result?: { mermaid?: string; labelDigests?: Record<string, string> } })?.result;
            if ((event.data as { type?: string })?.type === 'diagram' && result?.mermaid) {
                w.benchMermaid = result.mermaid;
                w.benchLabelDigests = result.labelDigests;
            }
        });
        const canvas = document.getElementById('canvas')!;
        new MutationObserver(() => {
            if (!w.benchExpect || w.benchSvgAt !== undefined) return;
            const text = (canvas.querySelector('svg')?.textContent ?? '').replace(/\s+/g, '');
            if (!text.includes(w.benchExpect)) return;
            w.benchSvgAt = Date.now();
            requestAnimationFrame(() => setTimeout(() => { w.benchPaintedAt = Date.now(); }, 0));
        }).observe(canvas, { childList: true, subtree: true });
    });
}

/** Where the edits type: the start of the label of the first touchpoint with a label of at least 3 words. */
interface EditTarget { label: string; line: number; column: number }

function editTarget(fileText: string): EditTarget {
    const lines = fileText.split('\n');
    const index = lines.findIndex(line => /^\s*touchpoint \S+ "[^"]*\s[^"]*\s[^"]*"/.test(line));
    return { label: /"([^"]*)"/.exec(lines[index])![1], line: index + 1, column: lines[index].indexOf('"') + 2 };
}

/** Types one key at a time at the start of the target's label (which now reads `label`). */
async function editRuns(page: Page, frame: Frame, { line, column }: EditTarget, label: string): Promise<{ runs: EditRun[]; typed: string }> {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    // The status bar follows the cursor a moment later.
    const status = page.locator('#status\\.editor\\.selection');
    const placed = await status.filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (!placed) throw new Error(`the cursor is at ${await status.textContent()}, not at line ${line}, column ${column}`);

    const keys = 'xqzkjwvy'.repeat(Math.ceil((EDIT_RUNS + 2) / 8)).slice(0, EDIT_RUNS + 2);
    const labelStart = label.replace(/\s+/g, '').slice(0, 8);
    const runs: EditRun[] = [];
    for (let run = -2; run < EDIT_RUNS; run++) {
        const typed = keys.slice(0, run + 3);
        await frame.evaluate(expected => {
            const w = window as unknown as { benchExpect?: string; benchSvgAt?: number; benchPaintedAt?: number };
            w.benchExpect = expected;
            w.benchSvgAt = undefined;
            w.benchPaintedAt = undefined;
        }, typed + labelStart);
        const pressed = Date.now();
        await page.keyboard.press(typed.at(-1)!);
        const deadline = Date.now() + 30_000;
        let seen: { svg?: number; painted?: number } = {};
        while (seen.painted === undefined) {
            if (Date.now() > deadline) throw new Error(`the preview did not show "${typed}${label}" within 30 s`);
            await sleep(50);
            seen = await frame.evaluate(() => {
                const w = window as unknown as { benchSvgAt?: number; benchPaintedAt?: number };
                return { svg: w.benchSvgAt, painted: w.benchPaintedAt };
            });
        }
        if (run >= 0) runs.push({ svgMs: seen.svg! - pressed, paintedMs: seen.painted - pressed });
        // Let the server's and the preview's work of this edit settle before the next key.
        await sleep(1000);
    }
    return { runs, typed: keys.slice(0, EDIT_RUNS + 2) };
}

/** Shows another view in the preview (its toolbar button) and waits for it to be drawn. */
async function showView(frame: Frame, title: string): Promise<void> {
    const before = await frame.evaluate(() => Number(document.body.dataset.rendered ?? 0));
    await frame.locator('#views button', { hasText: title }).click();
    const deadline = Date.now() + 60_000;
    while (await frame.evaluate(n => Number(document.body.dataset.rendered ?? 0) <= n, before)) {
        if (Date.now() > deadline) throw new Error(`the preview did not draw the ${title} view within 60 s`);
        await sleep(100);
    }
}

/** Mermaid's own render of the text, in the preview's frame (the same page, config as the preview's). */
async function mermaidRenderInFrame(frame: Frame, text: string, html: boolean, runs: number): Promise<number[]> {
    const texts = [text, `${text}\n%% again\n`];
    const times: number[] = [];
    for (let run = -2; run < runs; run++) {
        const elapsed = await frame.evaluate(async ([mermaidText, html]) => {
            const api = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
            // As the preview draws it: the map view with HTML labels (client/webview/html-labels.ts).
            api.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: Math.max(50_000, mermaidText.length), htmlLabels: html, flowchart: { htmlLabels: html }, theme: 'default' });
            const start = performance.now();
            await api.render(`bench-${Math.random().toString(36).slice(2)}`, mermaidText);
            return performance.now() - start;
        }, [texts[run & 1], html] as const);
        if (run >= 0) times.push(elapsed);
    }
    return times;
}

const fmt = (value: number | undefined) => value === undefined || Number.isNaN(value) ? '–' : String(Math.round(value));
const range = (values: number[]) => values.length ? `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}` : '–';

async function main(): Promise<void> {
    if (!chromiumAvailable()) throw new Error('Chromium is missing (/usr/bin/chromium): see docs/testing.md');
    const started = Date.now();
    const workspace = generateWorkspace(TOUCHPOINTS);
    const root = fs.mkdtempSync(path.join(tmpdir(), 'journey-editor-bench-'));
    const folder = path.join(root, `bench-${TOUCHPOINTS}`);
    for (const file of workspace.files) {
        fs.mkdirSync(path.dirname(path.join(folder, file.name)), { recursive: true });
        fs.writeFileSync(path.join(folder, file.name), file.text);
    }
    const largest = workspace.files.find(file => file.name === workspace.largestFile)!;
    const fileName = path.basename(largest.name);
    console.log(`Workspace: ${workspace.files.length} files, ${TOUCHPOINTS} touchpoints; the largest journey ${largest.name} (${largest.touchpoints} touchpoints)`);

    const activations: ActivationRun[] = [];
    let last: { server: CodeServer; workbench: Workbench } | undefined;
    try {
        // One warm-up run (the OS's file cache, code-server's first start), then the timed ones.
        for (let run = -1; run < ACTIVATION_RUNS; run++) {
            const result = await activationRun(folder, fileName);
            console.log(`activation run ${run < 0 ? 'warm-up' : run + 1}: ${JSON.stringify(result.run)}`);
            if (run >= 0) activations.push(result.run);
            if (run < ACTIVATION_RUNS - 1) {
                await result.workbench.close();
                await result.server.stop();
            } else {
                last = result;
            }
        }

        const { page } = last!.workbench;
        // The editor tab is the active one: open the preview beside it.
        await runCommandWhenAvailable(page, 'Journey: Open Preview to the Side');
        const frame = await webviewFrame(page, new RegExp(`Preview ${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 60_000);
        await frame.locator('#canvas svg').first().waitFor({ state: 'visible', timeout: 60_000 });
        await instrumentPreview(frame);
        // The preview's own first render may still be followed by the server's first modelChanged: let it settle.
        await sleep(3000);
        // Each view: focus the editor again (the preview took it), type, then Mermaid's own render of
        // the text the preview last received. The map first (the view a preview opens in), then the
        // journey view (the first view before the map view existed).
        const target = editTarget(largest.text);
        let label = target.label;
        const views: ViewEdits[] = [];
        for (const view of ['Map', 'Journey']) {
            if (views.length > 0) await showView(frame, view);
            // A click in the text (the only Monaco editor: the preview is a webview); Ctrl+1 pressed while the
            // preview's frame has the focus does not always reach the workbench. editRuns then places the cursor.
            await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
            const edits = await editRuns(page, frame, target, label);
            label = edits.typed + label;
            console.log(`${view} view, edits of "${target.label}" (line ${target.line}): ${edits.runs.map(r => r.svgMs).join(', ')} ms`);
            const mermaidText = await frame.evaluate(() => (window as unknown as { benchMermaid?: string }).benchMermaid);
            if (!mermaidText) throw new Error('the preview received no Mermaid text');
            const labelDigests = await frame.evaluate(() => (window as unknown as { benchLabelDigests?: Record<string, string> }).benchLabelDigests);
            views.push({ view, runs: edits.runs, mermaidText, labelDigests, renders: await mermaidRenderInFrame(frame, mermaidText, labelDigests !== undefined, EDIT_RUNS) });
        }
        await last!.workbench.close();
        await last!.server.stop();
        last = undefined;
        const standalone = await benchPreview(Object.fromEntries(views.map(({ view, mermaidText, labelDigests }) => [view, { mermaid: mermaidText, labelDigests }])), EDIT_RUNS);

        const pick = <K extends keyof ActivationRun>(key: K) => activations.map(a => a[key]).filter((v): v is NonNullable<typeof v> => v !== undefined) as number[];
        const summaryOf = ({ runs, renders }: ViewEdits) => {
            const svg = runs.map(r => r.svgMs);
            return { runs: svg.length, svgMedianMs: median(svg), svgMinMs: Math.min(...svg), svgMaxMs: Math.max(...svg), paintedMedianMs: median(runs.map(r => r.paintedMs)), mermaidRenderInWebviewMs: median(renders) };
        };
        const results = {
            machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version, load: loadavg(), date: new Date().toISOString() },
            vscode: 'code-server 4.117.0 (VS Code 1.117.0), Debian Chromium, headless',
            workspace: { touchpoints: TOUCHPOINTS, files: workspace.files.length, largestFile: largest.name, largestTouchpoints: largest.touchpoints, editedLabel: target.label },
            activation: { runs: activations },
            views: views.map(({ view, runs, renders, mermaidText }) => ({ view, mermaidChars: mermaidText.length, edits: runs, mermaidRenderInWebviewMs: renders, standalonePreviewPage: standalone?.[view] })),
            summary: {
                activation: { runs: activations.length, vscodeToReadyMs: median(pick('vscodeToReadyMs')), activateMs: median(pick('activateMs')), toFirstDiagnosticsMs: median(pick('toFirstDiagnosticsMs')), openToReadyMs: median(pick('openToReadyMs')) },
                edits: Object.fromEntries(views.map(edits => [edits.view.toLowerCase(), summaryOf(edits)]))
            },
            seconds: Math.round((Date.now() - started) / 1000)
        };
        fs.writeFileSync('bench/editor-results.json', JSON.stringify(results, null, 2) + '\n');

        const rows: [string, string, string][] = [
            [`activation: VS Code starts activating → \`activate()\` returned (${activations.length} runs)`, fmt(results.summary.activation.vscodeToReadyMs), range(pick('vscodeToReadyMs'))],
            ['↳ of it `activate()` itself (language client started)', fmt(results.summary.activation.activateMs), range(pick('activateMs'))],
            ['↳ before `activate()`: loading `dist/extension.js`, VS Code\'s own steps', fmt(median(activations.map(a => a.vscodeToReadyMs - a.activateMs))), range(activations.map(a => a.vscodeToReadyMs - a.activateMs))],
            ['Enter in quick open → `activate()` returned', fmt(results.summary.activation.openToReadyMs), range(pick('openToReadyMs'))],
            ['`activate()` started → first diagnostics of the opened file', fmt(results.summary.activation.toFirstDiagnosticsMs), range(pick('toFirstDiagnosticsMs'))],
            ...views.flatMap(({ view, runs, renders, mermaidText }): [string, string, string][] => {
                const svg = runs.map(r => r.svgMs);
                const painted = runs.map(r => r.paintedMs);
                return [
                    [`**${view} view: key pressed in the editor → new SVG in the preview** (${svg.length} edits; Mermaid text ${mermaidText.length} chars)`, `**${fmt(median(svg))}**`, range(svg)],
                    ['↳ key pressed → new SVG painted (next animation frame)', fmt(median(painted)), range(painted)],
                    [`↳ Mermaid's own \`mermaid.render\` of that diagram, in the preview's webview (${renders.length} runs)`, fmt(median(renders)), range(renders)],
                    ['↳ the same, standalone preview page (bench/preview-bench.ts)', fmt(standalone?.[view]?.mermaidRenderMs), '']
                ];
            })
        ];
        console.log(`\nMachine: ${results.machine.cpus} × ${results.machine.model}, ${results.machine.node}, load ${loadavg().map(l => l.toFixed(1)).join(' ')}; ${results.vscode}.`);
        console.log(`Workspace: ${TOUCHPOINTS} touchpoints in ${workspace.files.length} files; edits in ${largest.name} (${largest.touchpoints} touchpoints). The run took ${results.seconds} s.\n`);
        console.log('| in code-server (VS Code 1.117) + Chromium | median (ms) | min–max (ms) |\n| --- | ---: | ---: |');
        for (const [name, med, span] of rows) console.log(`| ${name} | ${med} | ${span} |`);
        console.log('\nWrote bench/editor-results.json');
    } finally {
        if (last) {
            await last.workbench.close();
            await last.server.stop();
        }
        fs.rmSync(root, { recursive: true, force: true });
    }
}

await main();
