import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { AstUtils, CstUtils, DocumentState, GrammarUtils, URI, WorkspaceCache } from 'langium';
import type { Journey, Workspace } from '../generated/ast.js';
import { isJourney, isStage, isTouchpoint } from '../generated/ast.js';
import { buildJourneyModel, type DocumentModelCache } from '../model/build-model.js';
import type { JourneyModel } from '../model/journey-model.js';
import { renderJourneyBlock, type BlockRendering } from '../markdown/journey-blocks.js';
import { isViewName, renderView, requiredMaxTextSize, VIEW_TITLES, viewsFor, type ViewName } from '../views/index.js';

/** Plain shapes of the preview's answers (the server's protocol module repeats them for the webview). */
export interface Problem { message: string; code?: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

export interface Diagram {
    uri: string;
    version: number;
    journeys: Array<{ name: string; label: string; type: string; views: ViewName[] }>;
    journey?: string;
    view?: ViewName;
    mermaid?: string;
    maxTextSize?: number;
    errors: Problem[];
    notice?: string;
}

/**
 * The longest Mermaid text of each view the preview draws (docs/reliability.md). Mermaid draws in the
 * webview's only thread, and the time grows with the text (the block diagrams of the lanes and
 * blueprint views cost about ten times more per character): past these sizes a diagram takes more
 * than about 5 seconds on a 2-core machine, freezing the preview, and is of no use once drawn (a
 * journey of 5,000 touchpoints is a million pixels wide). About 2,500 touchpoints in the journey view,
 * 150 in the lanes view; the biggest example is a tenth of that.
 */
export const PREVIEW_TEXT_BUDGET: Readonly<Record<ViewName, number>> = {
    journey: 150_000, emotion: 150_000, day: 150_000, compare: 150_000, lanes: 40_000, blueprint: 40_000
};

/** Why a view is not drawn, in words for the user, with what to do. */
function tooBigNotice(view: ViewName, length: number, journey: JourneyModel['journeys'][number]): string {
    const touchpoints = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
    const number = (n: number, noun?: string) => `${n.toLocaleString('en-US')}${noun ? ` ${noun}${n === 1 ? '' : 's'}` : ''}`;
    return `This map is too big for the ${VIEW_TITLES[view].toLowerCase()} view of the preview: ${number(touchpoints, 'touchpoint')} in ${number(journey.stages.length, 'stage')} `
        + `make ${number(length)} characters of Mermaid, more than the ${number(PREVIEW_TEXT_BUDGET[view])} the preview can draw in a few seconds. `
        + 'Split the journey into smaller journeys, pick another view, or write the diagram to a file with `journey-map render`.';
}

/**
 * What the live preview asks the language: the diagram of a document's journey, where a clicked
 * element is written, which element the cursor is in. The model of the workspace is built once per
 * change of the workspace, not once per request.
 */
export class PreviewSupport {
    private readonly modelCache: WorkspaceCache<string, JourneyModel>;
    /** The model of each document, until it is parsed again: an edit re-reads one file, not the workspace. */
    private readonly documentModels: DocumentModelCache = new WeakMap();

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.modelCache = new WorkspaceCache(shared, DocumentState.Validated);
    }

    diagram(uri: string, journeyName?: string, requestedView?: string): Diagram {
        const document = this.document(uri);
        const version = document?.textDocument.version ?? 0;
        if (!document) {
            return { uri, version, journeys: [], errors: [], notice: 'This file is not part of the workspace yet.' };
        }
        const errors: Problem[] = (document.diagnostics ?? []).filter(d => d.severity === 1)
            .map(d => ({ message: typeof d.message === 'string' ? d.message : d.message.value, code: d.code === undefined ? undefined : String(d.code), range: d.range }));
        if (errors.length > 0 || document.state < DocumentState.Validated) {
            return { uri, version, journeys: [], errors };
        }
        const model = this.model();
        const ownJourneys = model.journeys.filter(journey => journey.source.uri === document.uri.toString());
        const journeys = ownJourneys.map(journey => ({ name: journey.name, label: journey.label, type: journey.type, views: viewsFor(journey) }));
        const journey = journeys.find(candidate => candidate.name === journeyName) ?? journeys[0];
        if (!journey) {
            return { uri, version, journeys, errors, notice: 'This file declares no journey: add `journey NAME "Label" { … }` to see its map.' };
        }
        const view = requestedView && isViewName(requestedView) && journey.views.includes(requestedView) ? requestedView : journey.views[0];
        try {
            const mermaid = renderView(model, journey.name, view);
            if (mermaid.length > PREVIEW_TEXT_BUDGET[view]) {
                const drawn = ownJourneys.find(candidate => candidate.name === journey.name)!;
                return { uri, version, journeys, journey: journey.name, view, errors, notice: tooBigNotice(view, mermaid.length, drawn) };
            }
            return { uri, version, journeys, journey: journey.name, view, mermaid, maxTextSize: requiredMaxTextSize([mermaid]), errors };
        } catch (error) {
            return { uri, version, journeys, journey: journey.name, view, errors, notice: (error as Error).message };
        }
    }

    /**
     * Where the stage or touchpoint drawn as `text` is named. `text` is the clicked line of the diagram
     * (a label may be broken over lines, and carry more: a number, a channel), `context` the text of
     * the whole clicked element.
     */
    locate(uri: string, journeyName: string, text: string, context?: string): { uri: string; range: Problem['range'] } | undefined {
        const journey = this.journey(uri, journeyName);
        if (!journey) {
            return undefined;
        }
        const elements = [...journey.stages, ...journey.stages.flatMap(stage => stage.touchpoints)]
            .filter(element => element.$cstNode && element.name !== undefined)
            .map(element => ({ element, label: squash(element.label ?? element.name), name: squash(element.name) }));
        const clicked = squash(text);
        const around = squash(context ?? '');
        const longestIn = (drawn: string) => elements.filter(e => e.label.length > 0 && drawn.includes(e.label)).sort((a, b) => b.label.length - a.label.length)[0];
        const holding = elements.filter(e => clicked.length > 3 && e.label.includes(clicked));
        const found = elements.find(e => clicked && (e.label === clicked || e.name === clicked))
            ?? elements.find(e => around && e.label === around)
            ?? (clicked ? longestIn(clicked) : undefined)
            ?? (holding.length === 1 ? holding[0] : undefined)
            ?? (around ? longestIn(around) : undefined);
        const nameNode = found?.element.$cstNode ? GrammarUtils.findNodeForProperty(found.element.$cstNode, 'name') : undefined;
        return nameNode ? { uri, range: nameNode.range } : undefined;
    }

    /** The touchpoint (or else the stage) that holds the cursor. */
    elementAt(uri: string, position: { line: number; character: number }): { journey: string; kind: 'stage' | 'touchpoint'; name: string; label: string } | undefined {
        const document = this.document(uri);
        const root = document?.parseResult.value.$cstNode;
        if (!document || !root) {
            return undefined;
        }
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
        const touchpoint = AstUtils.getContainerOfType(leaf?.astNode, isTouchpoint);
        const element = touchpoint ?? AstUtils.getContainerOfType(leaf?.astNode, isStage);
        const journey = element ? AstUtils.getContainerOfType(element, isJourney) : undefined;
        if (!element || !journey || element.name === undefined) {
            return undefined;
        }
        return { journey: journey.name, kind: touchpoint ? 'touchpoint' : 'stage', name: element.name, label: element.label ?? element.name };
    }

    /** A ```journey block of a Markdown document (its own text, or a map file it names). */
    async renderBlock(block: { text?: string; file?: string; view?: string; journey?: string }): Promise<BlockRendering> {
        // A block names the workspace's personas: wait until the workspace is read and linked.
        await this.shared.workspace.WorkspaceManager.ready;
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked);
        if (block.file) {
            const document = this.document(block.file);
            if (document && document.state < DocumentState.Validated) {
                // A map file no editor has open is read but not yet checked: check it now.
                await this.shared.workspace.DocumentBuilder.build([document], { validation: true });
            }
            const diagram = this.diagram(block.file, block.journey, block.view);
            const errors = diagram.errors.map(error => ({ line: error.range.start.line + 1, message: error.message, code: error.code }));
            const notice = diagram.notice ?? (this.document(block.file) ? undefined : `No map file ${block.file} in the workspace.`);
            return { mermaid: diagram.mermaid, maxTextSize: diagram.maxTextSize, errors, notice };
        }
        return renderJourneyBlock(block.text ?? '', this.model(), { view: block.view, journey: block.journey });
    }

    private model(): JourneyModel {
        return this.modelCache.get('model', () => buildJourneyModel(this.shared.workspace.LangiumDocuments.all, this.documentModels));
    }

    private document(uri: string): LangiumDocument<Workspace> | undefined {
        return this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri)) as LangiumDocument<Workspace> | undefined;
    }

    private journey(uri: string, name: string): Journey | undefined {
        return this.document(uri)?.parseResult.value.declarations.filter(isJourney).find(journey => journey.name === name);
    }
}

/** Text compared without any white space: a drawn label may be broken over lines anywhere. */
function squash(text: string): string {
    return text.normalize('NFC').replace(/\s+/g, '');
}
