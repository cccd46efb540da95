import { DocumentState } from 'langium';
import { buildJourneyModel, loadWorkspace, renderView, viewsFor, type DocumentModelCache, type JourneyModel } from '../language/index.js';
import type { BenchWorkspace } from './generate.js';
import { median, oneCharEdits, times, timesWith } from './measure.js';
import { profile } from './profile.js';
import { benchServices, benchUri, loadBench, MemoryFileSystem } from './workspace.js';

export interface BenchOptions {
    runs: number;
    /** Profile each measured phase into dist/bench/profiles/ (and print the hottest functions). */
    cpuProf: boolean;
    /** Langium's own document builder and index manager (the "before" of the persona-file edit). */
    stock?: boolean;
}

export interface EditResult {
    /** Median rebuild time (ms). */
    ms: number;
    /** Documents re-validated by one edit (median). */
    validated: number;
    /** Documents re-linked by one edit (median). */
    linked: number;
}

export interface LanguageResult {
    touchpoints: number;
    files: number;
    journeys: number;
    textKiB: number;
    jsonKiB: number;
    /** Creating the language services with their parser and lexer: once per process. */
    servicesMs: number;
    jsonParseMs: number;
    parseMs: number;
    /** parse / JSON.parse, from runs paired under the same load. */
    parseRatio: number;
    buildMs: number;
    /** build / JSON.parse, from runs paired under the same load (the median, and every pair). */
    buildRatio: number;
    buildRatios: number[];
    /** The same pairs in CPU time of this process. */
    buildCpuRatio: number;
    editJourney: EditResult;
    editPersonaLabel: EditResult;
    editPersonaGoal: EditResult;
    renamePersona: EditResult;
    /** A one-character edit of the largest journey, then the model (cached per document) and that journey's view. */
    editPreviewMs: number;
    viewsMs: number;
    viewCount: number;
    /** The Mermaid journey views, for mermaid.parse. */
    journeyViews: string[];
}

/** The in-process measurements of one workspace: parse, builds, edits, model and views. */
export async function benchLanguage(workspace: BenchWorkspace, options: BenchOptions): Promise<LanguageResult> {
    const runs = options.runs;
    const json = workspace.files.map(file => file.json);
    const files = workspace.files.map(file => ({ uri: benchUri(file.name), text: file.text }));
    const jsonOnce = () => json.forEach(text => JSON.parse(text));
    const jsonParseMs = median(await times(runs * 3, jsonOnce, 2));
    /** JSON.parse of the same content right before a measured run: ratios of pairs measured under the same load. */
    const jsonNow = async () => median(await times(3, jsonOnce, 0));

    const servicesMs = median(await times(Math.min(runs, 3), () => ready(benchServices(new MemoryFileSystem())), 0));
    const parser = ready(benchServices(new MemoryFileSystem())).parser.LangiumParser;
    const parseRatios: number[] = [];
    const parseMs = median(await times(runs, async () => {
        const floor = await jsonNow();
        const start = performance.now();
        workspace.files.forEach(file => parser.parse(file.text));
        parseRatios.push((performance.now() - start) / floor);
    }, 1));

    // Cold build: new language services (created beforehand, as a server has them when it opens a
    // folder), every file parsed, indexed, linked and validated.
    // Each pair is also measured in CPU time of this process (user + system): what the work costs,
    // without the time other processes of a busy machine take the cores away (a 2-second build is
    // interrupted far more often than a 40 ms JSON.parse, which biases wall-time pairs under load).
    const buildRatios: number[] = [];
    const buildCpuRatios: number[] = [];
    const buildTimes = await timesWith(runs, () => ready(benchServices(new MemoryFileSystem())), async (services, run) => {
        const floor = await jsonNow();
        let cpu = cpuMs();
        for (let i = 0; i < 3; i++) jsonOnce();
        const jsonCpu = (cpuMs() - cpu) / 3;
        cpu = cpuMs();
        const start = performance.now();
        await loadWorkspace(services, files);
        if (run >= 0) {
            buildRatios.push((performance.now() - start) / floor);
            buildCpuRatios.push((cpuMs() - cpu) / jsonCpu);
        }
    }, 1);
    if (options.cpuProf) {
        const services = ready(benchServices(new MemoryFileSystem()));
        console.log(await profile(`build-${workspace.touchpoints}`, () => loadWorkspace(services, files)));
    }
    const edits = await benchEdits(workspace, options);

    // The model and every view of every journey, from the built workspace.
    const loaded = await loadBench(workspace);
    let viewCount = 0;
    let model: JourneyModel | undefined;
    const documents = [...loaded.services.shared.workspace.LangiumDocuments.all];
    const viewsMs = median(await times(runs, () => {
        model = buildJourneyModel(documents);
        viewCount = 0;
        for (const journey of model.journeys) {
            for (const view of viewsFor(journey)) {
                renderView(model, journey.name, view);
                viewCount++;
            }
        }
    }, 2));
    if (options.cpuProf) {
        console.log(await profile(`views-${workspace.touchpoints}`, async () => {
            const profiled = buildJourneyModel(documents);
            profiled.journeys.forEach(journey => viewsFor(journey).forEach(view => renderView(profiled, journey.name, view)));
        }));
    }
    const journeyViews = model!.journeys.map(journey => renderView(model!, journey.name, 'journey'));
    return {
        touchpoints: workspace.touchpoints,
        files: workspace.files.length,
        journeys: model!.journeys.length,
        textKiB: workspace.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) / 1024,
        jsonKiB: json.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024,
        servicesMs, jsonParseMs, parseMs, parseRatio: median(parseRatios.slice(-runs)),
        buildMs: median(buildTimes), buildRatio: median(buildRatios), buildRatios, buildCpuRatio: median(buildCpuRatios),
        ...edits, viewsMs, viewCount, journeyViews
    };
}

/** CPU time used by this process so far (user + system), in ms. */
function cpuMs(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}

/** The language services with their parser and lexer built (Langium builds them on first use). */
function ready<T extends ReturnType<typeof benchServices>>(services: T): T {
    void services.parser.LangiumParser;
    void services.parser.Lexer;
    return services;
}

export type EditsResult = Pick<LanguageResult, 'editJourney' | 'editPersonaLabel' | 'editPersonaGoal' | 'renamePersona' | 'editPreviewMs'>;

/** One-character edits of the largest journey file and of the shared persona file, a persona renamed. */
export async function benchEdits(workspace: BenchWorkspace, options: BenchOptions): Promise<EditsResult> {
    const runs = options.runs;
    const loaded = await loadBench(workspace, options.stock);
    const textOf = (name: string) => workspace.files.find(file => file.name === name)!.text;
    const editResult = async (name: string, label: string, texts: () => string): Promise<EditResult> => {
        const counts = { linked: [] as number[], validated: [] as number[] };
        let linked = 0;
        let validated = 0;
        const builder = loaded.services.shared.workspace.DocumentBuilder;
        const disposables = [
            builder.onDocumentPhase(DocumentState.Linked, () => { linked++; }),
            builder.onDocumentPhase(DocumentState.Validated, () => { validated++; })
        ];
        const result = await times(runs, async () => {
            linked = validated = 0;
            await loaded.edit(name, texts());
            const errors = loaded.documents.get(name)!.diagnostics?.filter(diagnostic => diagnostic.severity === 1) ?? [];
            if (errors.length > 0) {
                throw new Error(`the edit of ${name} broke it: ${errors[0].message}`);
            }
            counts.linked.push(linked);
            counts.validated.push(validated);
        }, 4);
        if (options.cpuProf) {
            console.log(await profile(`${label}-${workspace.touchpoints}${options.stock ? '-stock' : ''}`, async () => {
                for (let i = 0; i < 5; i++) {
                    await loaded.edit(name, texts());
                }
            }));
        }
        // Back to the original text for the next measurement.
        await loaded.edit(name, textOf(name));
        disposables.forEach(disposable => disposable.dispose());
        return { ms: median(result), validated: median(counts.validated.slice(-runs)), linked: median(counts.linked.slice(-runs)) };
    };

    const editJourney = await editResult(workspace.largestFile, 'edit-journey', oneCharEdits(textOf(workspace.largestFile)));
    const personas = textOf(workspace.personaFile);
    // The label of the last persona, a goal of the first one.
    const editPersonaLabel = await editResult(workspace.personaFile, 'edit-persona-label', oneCharEdits(personas, ' "', personas.lastIndexOf('\npersona ')));
    const editPersonaGoal = await editResult(workspace.personaFile, 'edit-persona-goal', oneCharEdits(personas, 'goal "', 0));
    // Renaming a persona changes an exported name: the journeys that use it must be re-linked.
    const last = workspace.personas[workspace.personas.length - 1];
    const renamed = personas.replace(`persona ${last} `, `persona ${last}x `);
    let rename = true;
    // (The journeys that use the renamed persona have errors meanwhile: the persona file has none.)
    const renamePersona = await editResult(workspace.personaFile, 'rename-persona', () => (rename = !rename) ? personas : renamed);
    // What the preview pays on a keystroke: the rebuild, the model (documents not parsed again keep
    // theirs, as in the server's PreviewSupport) and the journey view of the edited journey.
    const cache: DocumentModelCache = new WeakMap();
    const documents = () => loaded.services.shared.workspace.LangiumDocuments.all;
    buildJourneyModel(documents(), cache);
    const journeyEdits = oneCharEdits(textOf(workspace.largestFile));
    const uri = benchUri(workspace.largestFile).toString();
    const editPreviewMs = median(await times(runs, async () => {
        await loaded.edit(workspace.largestFile, journeyEdits());
        const model = buildJourneyModel(documents(), cache);
        renderView(model, model.journeys.find(journey => journey.source.uri === uri)!.name, 'journey');
    }, 4));
    return { editJourney, editPersonaLabel, editPersonaGoal, renamePersona, editPreviewMs };
}

export interface KeystrokeResult {
    touchpoints: number;
    rebuildMs: number;
    viewsMs: number;
    /** The journey view of the map, for Mermaid's own render time. */
    journeyView: string;
}

/** Per keystroke on one journey: the incremental rebuild, then the model and every view of that journey. */
export async function benchKeystroke(workspace: BenchWorkspace, runs: number): Promise<KeystrokeResult> {
    const loaded = await loadBench(workspace);
    const file = workspace.largestFile;
    const edits = oneCharEdits(workspace.files.find(candidate => candidate.name === file)!.text);
    const documents = () => [...loaded.services.shared.workspace.LangiumDocuments.all];
    const cache: DocumentModelCache = new WeakMap();
    let model: JourneyModel | undefined;
    const rebuild: number[] = [];
    const views: number[] = [];
    for (let run = -10; run < runs * 2; run++) {
        const start = performance.now();
        await loaded.edit(file, edits());
        const built = performance.now();
        model = buildJourneyModel(documents(), cache);
        const journey = model.journeys.find(candidate => candidate.source.uri === benchUri(file).toString())!;
        for (const view of viewsFor(journey)) {
            renderView(model, journey.name, view);
        }
        if (run >= 0) {
            rebuild.push(built - start);
            views.push(performance.now() - built);
        }
    }
    const journey = model!.journeys.find(candidate => candidate.source.uri === benchUri(file).toString())!;
    return {
        touchpoints: workspace.files.find(candidate => candidate.name === file)!.touchpoints,
        rebuildMs: median(rebuild),
        viewsMs: median(views),
        journeyView: renderView(model!, journey.name, 'journey')
    };
}

export interface ScalingResult {
    from: number;
    to: number;
    /** Medians, over rounds that measure both sizes one after the other, of cost(to) / cost(from). */
    build: number;
    views: number;
    json: number;
    rounds: Array<{ build: number; views: number; json: number }>;
}

/**
 * How the cost grows from one size to the other, measured in rounds that build (new services) and
 * render every view of both workspaces one right after the other: on a shared machine the load
 * changes from minute to minute, and a ratio of two medians taken minutes apart measures that too.
 */
export async function benchScaling(small: BenchWorkspace, large: BenchWorkspace, rounds: number): Promise<ScalingResult> {
    const cost = async (workspace: BenchWorkspace) => {
        const files = workspace.files.map(file => ({ uri: benchUri(file.name), text: file.text }));
        const json = workspace.files.map(file => file.json);
        // No forced collection first: V8 then drops the compiled code, and the next build runs cold (see collect).
        const services = ready(benchServices(new MemoryFileSystem()));
        let start = performance.now();
        json.forEach(text => JSON.parse(text));
        const jsonMs = performance.now() - start;
        start = performance.now();
        await loadWorkspace(services, files);
        const buildMs = performance.now() - start;
        const documents = [...services.shared.workspace.LangiumDocuments.all];
        start = performance.now();
        const model = buildJourneyModel(documents);
        model.journeys.forEach(journey => viewsFor(journey).forEach(view => renderView(model, journey.name, view)));
        return { buildMs, viewsMs: performance.now() - start, jsonMs };
    };
    await cost(small);
    const results: ScalingResult['rounds'] = [];
    for (let round = 0; round < rounds; round++) {
        const a = await cost(small);
        const b = await cost(large);
        results.push({ build: b.buildMs / a.buildMs, views: b.viewsMs / a.viewsMs, json: b.jsonMs / a.jsonMs });
    }
    return {
        from: small.touchpoints, to: large.touchpoints, rounds: results,
        build: median(results.map(r => r.build)), views: median(results.map(r => r.views)), json: median(results.map(r => r.json))
    };
}
