/**
 * The performance benchmark (`npm run bench`, docs/performance.md): synthetic workspaces of 100,
 * 1,000 and 10,000 touchpoints (bench/generate.ts, fixed seed); for each, the median of repeated
 * runs of the cold build, incremental rebuilds, model + views, and completion and hover through
 * the real language server, next to baselines measured in the same run (JSON.parse of the same
 * content, the real mermaid.parse of the generated journey views); then the preview page in
 * Chromium, the server's start-up and the bundles. Prints a table, writes bench/results.json.
 *
 * Options: --quick (3 runs), --runs N, --sizes 100,1000, --only language,server,preview,bundles,
 * --cpu-prof (profiles each phase into dist/bench/profiles/), --no-stock (skip Langium's default
 * builder, measured for the persona-file edit's before/after).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { benchBundles, type BundleResult } from './bundles.js';
import { generateWorkspace } from './generate.js';
import { benchEdits, benchKeystroke, benchLanguage, benchScaling, type EditResult, type EditsResult, type KeystrokeResult, type LanguageResult, type ScalingResult } from './language-bench.js';
import { median, ms } from './measure.js';
import { benchMermaidParse } from './mermaid-bench.js';
import { benchPreview, type PreviewResult } from './preview-bench.js';
import { benchServer, benchServerStart, type ServerResult } from './server-bench.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
};

const sizes = (value('--sizes') ?? '100,1000,10000').split(',').map(Number);
const only = new Set((value('--only') ?? 'language,server,preview,bundles').split(','));
const quick = flag('--quick');
const runsFor = (size: number) => Number(value('--runs') ?? (quick ? 3 : size >= 10_000 ? 7 : 9));
const cpuProf = flag('--cpu-prof');

interface ChildResult { size: number; jsonParseMs: number; servicesMs: number; buildMs: number; baselineMiB: number; heapMiB: number }

interface SizeResult {
    language?: LanguageResult & { mermaidParseMs: number; mermaidParseOneMs: number; stock?: EditsResult };
    server?: ServerResult;
}

const started = performance.now();
const results: {
    machine: { cpus: number; model: string; node: string; load: number[]; date: string };
    sizes: Record<number, SizeResult>;
    keystroke?: KeystrokeResult & { mermaidRenderChromiumMs?: number };
    heap?: { size: number; baselineMiB: number; heapMiB: number };
    firstBuild?: { size: number; buildMs: number; servicesMs: number; jsonParseMs: number; ratio: number };
    scaling?: ScalingResult;
    serverStart?: { initializeMs: number };
    preview?: Record<string, PreviewResult>;
    previewLatency?: { touchpoints: number; server: Pick<ServerResult, 'editToDiagnosticsMs' | 'editToNotificationMs' | 'diagramsMs' | 'editToDiagramMs'>; page?: PreviewResult };
    bundles?: BundleResult;
    targets?: Target[];
    seconds?: number;
} = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version, load: loadavg(), date: new Date().toISOString() },
    sizes: {}
};

const log = (message: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

if (only.has('language') && !flag('--no-warmup')) {
    // The JIT warms up on a workspace of its own first, so that the first size is not measured cold.
    log('warm-up');
    await benchLanguage(generateWorkspace(1000, 7), { runs: 2, cpuProf: false });
}

for (const size of sizes) {
    const workspace = generateWorkspace(size);
    const runs = runsFor(size);
    const entry: SizeResult = {};
    if (only.has('language')) {
        log(`${size} touchpoints: language (${runs} runs)`);
        const language = await benchLanguage(workspace, { runs, cpuProf });
        log(`${size} touchpoints: mermaid.parse of ${language.journeyViews.length} journey views`);
        const mermaid = await benchMermaidParse(language.journeyViews, Math.min(runs, 5));
        entry.language = { ...language, journeyViews: [], mermaidParseMs: mermaid.allMs, mermaidParseOneMs: mermaid.oneMs };
        if (!flag('--no-stock')) {
            log(`${size} touchpoints: edits with Langium's default document builder`);
            entry.language.stock = await benchEdits(workspace, { runs, cpuProf, stock: true });
        }
    }
    if (only.has('server')) {
        log(`${size} touchpoints: language server`);
        entry.server = await benchServer(workspace, runs, size === 1000);
        if (size === 1000) {
            const { editToDiagnosticsMs, editToNotificationMs, diagramsMs, editToDiagramMs } = entry.server;
            results.previewLatency = { touchpoints: size, server: { editToDiagnosticsMs, editToNotificationMs, diagramsMs, editToDiagramMs } };
        }
    }
    results.sizes[size] = entry;
}

if (only.has('language') && sizes.includes(1000) && sizes.includes(10_000)) {
    log('scaling from 1,000 to 10,000 touchpoints, both sizes in each round');
    results.scaling = await benchScaling(generateWorkspace(1000), generateWorkspace(10_000), quick ? 3 : 11);
}
if (only.has('language')) {
    log('per keystroke on a 50-touchpoint journey');
    // generateWorkspace(50): the shared persona and channel files and one journey of exactly 50 touchpoints.
    results.keystroke = await benchKeystroke(generateWorkspace(50), runsFor(100));
    const largest = Math.max(...sizes);
    log(`first build of ${largest} touchpoints in new processes, and the heap after it`);
    const children: ChildResult[] = [];
    for (let run = 0; run < (quick ? 1 : 3); run++) {
        const child = spawnSync(process.execPath, ['--expose-gc', 'dist/bench/child.mjs', String(largest)], { encoding: 'utf8' });
        if (child.status !== 0) {
            log(`the child process failed: ${child.stderr}`);
            break;
        }
        children.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
    }
    if (children.length > 0) {
        const pick = (key: keyof ChildResult) => median(children.map(child => child[key]));
        results.heap = { size: largest, baselineMiB: pick('baselineMiB'), heapMiB: pick('heapMiB') };
        results.firstBuild = { size: largest, buildMs: pick('buildMs'), servicesMs: pick('servicesMs'), jsonParseMs: pick('jsonParseMs'), ratio: median(children.map(child => child.buildMs / child.jsonParseMs)) };
    }
}
if (only.has('server')) {
    log('server start-up');
    results.serverStart = await benchServerStart(quick ? 3 : 5);
}
if (only.has('preview')) {
    log('preview page in Chromium');
    const diagrams: Record<string, string> = {};
    if (results.keystroke) diagrams['keystroke journey'] = results.keystroke.journeyView;
    const latency = results.sizes[1000]?.server?.mermaid;
    if (latency) diagrams['1,000-touchpoint workspace, edited journey'] = latency;
    results.preview = await benchPreview(diagrams, quick ? 3 : 7);
    if (!results.preview) {
        log('Chromium is missing (/usr/bin/chromium): preview page not measured');
    }
    if (results.keystroke && results.preview?.['keystroke journey']) {
        results.keystroke.mermaidRenderChromiumMs = results.preview['keystroke journey'].mermaidRenderMs;
    }
    if (results.previewLatency && results.preview?.['1,000-touchpoint workspace, edited journey']) {
        results.previewLatency.page = results.preview['1,000-touchpoint workspace, edited journey'];
    }
}
if (only.has('bundles')) {
    results.bundles = benchBundles();
}
results.seconds = (performance.now() - started) / 1000;
results.targets = targets();
for (const entry of Object.values(results.sizes)) {
    if (entry.server) delete entry.server.mermaid;
}
if (results.keystroke) results.keystroke.journeyView = `${results.keystroke.journeyView.length} chars`;
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log(report());
if (results.bundles && results.bundles.mermaidLeaks.length > 0) {
    process.exitCode = 1;
}

interface Target {
    name: string;
    limit: string;
    measured: string;
    met: boolean | undefined;
}

function targets(): Target[] {
    const l = (size: number) => results.sizes[size]?.language;
    const s = (size: number) => results.sizes[size]?.server;
    const list: Target[] = [];
    const add = (name: string, limit: string, measured: number | undefined, max: number, unit = '') =>
        list.push({ name, limit, measured: measured === undefined || Number.isNaN(measured) ? 'not measured' : `${unit === '%' ? (100 * measured).toFixed(1) : unit === '×' ? measured.toFixed(1) : ms(measured)}${unit === 'ms' ? ' ms' : unit}`, met: measured === undefined || Number.isNaN(measured) ? undefined : measured <= max });
    if (results.scaling) {
        add('build: 1,000 → 10,000 touchpoints (rounds with both)', '≤ 11×', results.scaling.build, 11, '×');
        add('views: 1,000 → 10,000 touchpoints (rounds with both)', '≤ 11×', results.scaling.views, 11, '×');
    }
    if (l(10000)) {
        const big = l(10000)!;
        add('cold build of 10,000 / JSON.parse (paired, wall time)', '≤ 40×', big.buildRatio, 40, '×');
        add('cold build of 10,000 / JSON.parse (paired, CPU time)', '≤ 40×', big.buildCpuRatio, 40, '×');
        add('edit one journey file at 10,000 / cold build', '≤ 2%', big.editJourney.ms / big.buildMs, 0.02, '%');
        add('edit a persona label at 10,000 / cold build', '≤ 15%', big.editPersonaLabel.ms / big.buildMs, 0.15, '%');
        add('edit a persona goal at 10,000 / cold build', '≤ 15%', big.editPersonaGoal.ms / big.buildMs, 0.15, '%');
    }
    const k = results.keystroke;
    if (k) {
        add('keystroke on a 50-touchpoint journey: rebuild + views / Mermaid render (Chromium)', '≤ 1×',
            k.mermaidRenderChromiumMs ? (k.rebuildMs + k.viewsMs) / k.mermaidRenderChromiumMs : undefined, 1, '×');
    }
    if (s(10000)) {
        add('completion at 10,000 (end of the largest file)', '< 100 ms', s(10000)!.completionEndMs, 100, 'ms');
        add('completion of a channel at 10,000', '< 100 ms', s(10000)!.completionChannelMs, 100, 'ms');
        add('hover at 10,000', '< 100 ms', s(10000)!.hoverMs, 100, 'ms');
    }
    if (results.heap) {
        add(`heap after the ${results.heap.size.toLocaleString('en')} build`, '≤ 150 MiB', results.heap.heapMiB, 150, ' MiB');
    }
    if (results.bundles) {
        list.push({ name: 'no Mermaid in dist/extension.js and dist/server.js', limit: 'none', measured: results.bundles.mermaidLeaks.length ? results.bundles.mermaidLeaks.map(leak => `${leak.file}: ${leak.marker}`).join(', ') : 'none', met: results.bundles.mermaidLeaks.length === 0 });
    }
    return list;
}

function report(): string {
    const out: string[] = [];
    const columns = sizes.filter(size => results.sizes[size]?.language || results.sizes[size]?.server);
    const head = `| | ${columns.map(size => `${size.toLocaleString('en')} tp`).join(' | ')} |`;
    const rule = `|---|${columns.map(() => '---:').join('|')}|`;
    const row = (label: string, cell: (size: number) => string) => out.push(`| ${label} | ${columns.map(size => cell(size)).join(' | ')} |`);
    const lang = (size: number) => results.sizes[size]?.language;
    const srv = (size: number) => results.sizes[size]?.server;
    const edit = (e: EditResult | undefined) => e ? `${ms(e.ms)} (${e.validated} val.)` : '–';
    out.push(`Machine: ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}, load ${results.machine.load.map(x => x.toFixed(1)).join(' ')}; medians in ms.`, '');
    out.push(head, rule);
    row('files / journeys', size => lang(size) ? `${lang(size)!.files} / ${lang(size)!.journeys}` : '–');
    row('text (KiB) / same as JSON (KiB)', size => lang(size) ? `${lang(size)!.textKiB.toFixed(0)} / ${lang(size)!.jsonKiB.toFixed(0)}` : '–');
    row('**JSON.parse** of the same content', size => ms(lang(size)?.jsonParseMs));
    row('parse only', size => ms(lang(size)?.parseMs));
    row('**cold build** (parse, link, validate)', size => ms(lang(size)?.buildMs));
    row('edit one journey file (1 char)', size => edit(lang(size)?.editJourney));
    row('edit a persona label (1 char)', size => edit(lang(size)?.editPersonaLabel));
    row('edit a persona goal (1 char)', size => edit(lang(size)?.editPersonaGoal));
    row('rename a persona (exported name)', size => edit(lang(size)?.renamePersona));
    row('↳ Langium default builder: edit journey', size => edit(lang(size)?.stock?.editJourney));
    row('↳ Langium default builder: persona label', size => edit(lang(size)?.stock?.editPersonaLabel));
    row('↳ Langium default builder: persona goal', size => edit(lang(size)?.stock?.editPersonaGoal));
    row('↳ Langium default builder: rename persona', size => edit(lang(size)?.stock?.renamePersona));
    row('edit one journey + model + its journey view (the preview)', size => ms(lang(size)?.editPreviewMs));
    row('model + all views (Mermaid text)', size => lang(size) ? `${ms(lang(size)!.viewsMs)} (${lang(size)!.viewCount} views)` : '–');
    row('**mermaid.parse** of all journey views', size => ms(lang(size)?.mermaidParseMs));
    row('server: start → opened file validated', size => ms(srv(size)?.openedMs));
    row('server: start → all files validated', size => ms(srv(size)?.readyMs));
    row('server: completion, end of largest file', size => srv(size) ? `${ms(srv(size)!.completionEndMs)}` : '–');
    row('server: completion of a channel name', size => ms(srv(size)?.completionChannelMs));
    row('server: hover on a persona', size => ms(srv(size)?.hoverMs));
    row('*build / JSON.parse* (paired runs)', size => lang(size) ? `${lang(size)!.buildRatio.toFixed(1)}×` : '–');
    row('*parse / JSON.parse* (paired runs)', size => lang(size) ? `${lang(size)!.parseRatio.toFixed(1)}×` : '–');
    row('*(build + views) / mermaid.parse*', size => lang(size) ? `${((lang(size)!.buildMs + lang(size)!.viewsMs) / lang(size)!.mermaidParseMs).toFixed(2)}×` : '–');
    row('*edit journey / cold build*', size => lang(size) ? `${(100 * lang(size)!.editJourney.ms / lang(size)!.buildMs).toFixed(1)}%` : '–');
    row('*edit persona label / cold build*', size => lang(size) ? `${(100 * lang(size)!.editPersonaLabel.ms / lang(size)!.buildMs).toFixed(1)}%` : '–');
    row('*edit persona goal / cold build*', size => lang(size) ? `${(100 * lang(size)!.editPersonaGoal.ms / lang(size)!.buildMs).toFixed(1)}%` : '–');
    const previous = (size: number) => columns[columns.indexOf(size) - 1];
    row('*scaling of build from the previous size*', size => previous(size) && lang(size) && lang(previous(size)) ? `${(lang(size)!.buildMs / lang(previous(size))!.buildMs).toFixed(1)}× for ${size / previous(size)}×` : '–');
    row('*scaling of views from the previous size*', size => previous(size) && lang(size) && lang(previous(size)) ? `${(lang(size)!.viewsMs / lang(previous(size))!.viewsMs).toFixed(1)}× for ${size / previous(size)}×` : '–');
    row('*build / JSON.parse* (paired, CPU time)', size => lang(size) ? `${lang(size)!.buildCpuRatio.toFixed(1)}×` : '–');
    row('*build / JSON.parse, pairs: min–max*', size => lang(size) ? `${Math.min(...lang(size)!.buildRatios).toFixed(0)}–${Math.max(...lang(size)!.buildRatios).toFixed(0)}×` : '–');
    out.push('', '"val." = documents re-validated by the edit (the workspace has files + 1 built-in document). Scaling rows compare medians taken minutes apart; the targets use the rounds below.');
    if (results.scaling) {
        const sc = results.scaling;
        out.push('', `Scaling, ${sc.rounds.length} rounds each building and rendering ${sc.from.toLocaleString('en')} then ${sc.to.toLocaleString('en')} touchpoints: build ${sc.build.toFixed(1)}×, views ${sc.views.toFixed(1)}× (JSON.parse of the same content in those rounds: ${sc.json.toFixed(1)}×; linear is 10×).`);
    }
    const k = results.keystroke;
    if (k) {
        out.push('', `Per keystroke on a ${k.touchpoints}-touchpoint journey: rebuild ${ms(k.rebuildMs)} + model and views ${ms(k.viewsMs)} = ${ms(k.rebuildMs + k.viewsMs)} ms; Mermaid's own render of its journey view in Chromium: ${ms(k.mermaidRenderChromiumMs)} ms.`);
    }
    const services = sizes.map(size => lang(size)?.servicesMs).filter((value): value is number => value !== undefined);
    if (services.length > 0) {
        out.push(`Creating the language services with their parser and lexer (once per process; not in the builds above): ${ms(Math.min(...services))}–${ms(Math.max(...services))} ms.`);
    }
    if (results.firstBuild) {
        const f = results.firstBuild;
        out.push(`First build of ${f.size.toLocaleString('en')} touchpoints in a new process (what the CLI and a starting server pay): ${ms(f.buildMs)} ms = ${f.ratio.toFixed(1)}× JSON.parse there, after ${ms(f.servicesMs)} ms creating the language services.`);
    }
    if (results.heap) {
        out.push(`Heap after the ${results.heap.size.toLocaleString('en')}-touchpoint build: ${results.heap.heapMiB.toFixed(0)} MiB (${results.heap.baselineMiB.toFixed(0)} MiB before it).`);
    }
    if (results.serverStart) {
        out.push(`Language server start (process start → \`initialize\` answered, empty folder): ${ms(results.serverStart.initializeMs)} ms.`);
    }
    const p = results.previewLatency;
    if (p) {
        out.push('', `Preview latency on the ${p.touchpoints.toLocaleString('en')}-touchpoint workspace (one-character edit of its largest journey): server: edit → diagnostics ${ms(p.server.editToDiagnosticsMs)} ms, edit → journey/modelChanged ${ms(p.server.editToNotificationMs)} ms (60 ms of it the server's typing debounce), journey/diagrams ${ms(p.server.diagramsMs)} ms, edit → new Mermaid text ${ms(p.server.editToDiagramMs)} ms.`
            + (p.page ? ` Page: Mermaid's own render ${ms(p.page.mermaidRenderMs)} ms; message → new SVG ${ms(p.page.pageShowMs)} ms, painted ${ms(p.page.pagePaintMs)} ms. Edit → SVG without VS Code's IPC hops ≈ ${ms(p.server.editToDiagramMs + p.page.pagePaintMs)} ms.` : ''));
    }
    if (results.preview) {
        for (const [name, preview] of Object.entries(results.preview)) {
            out.push(`Preview page, ${name} (${preview.chars} chars of Mermaid): mermaid.render ${ms(preview.mermaidRenderMs)} ms, message → SVG ${ms(preview.pageShowMs)} ms, painted ${ms(preview.pagePaintMs)} ms.`);
        }
    }
    if (results.bundles) {
        out.push('', `Bundles: ${results.bundles.sizes.map(size => `${size.file} ${size.kiB.toFixed(0)} KiB (${size.gzipKiB.toFixed(0)} gzip)`).join(', ')}.`);
    }
    if (results.targets?.length) {
        out.push('', '| target | limit | measured | met |', '|---|---|---|---|');
        for (const target of results.targets) {
            out.push(`| ${target.name} | ${target.limit} | ${target.measured} | ${target.met === undefined ? '–' : target.met ? 'yes' : '**no**'} |`);
        }
    }
    out.push('', `Bench ran ${results.seconds?.toFixed(0)} s.`);
    return out.join('\n');
}
