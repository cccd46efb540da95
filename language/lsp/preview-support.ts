import * as l10n from '@vscode/l10n';
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { AstUtils, CstUtils, DocumentState, GrammarUtils, URI, WorkspaceCache } from 'langium';
import type { AstNode, CstNode } from 'langium';
import type { Journey, Touchpoint, TouchpointLine, Workspace } from '../generated/ast.js';
import { isChannelLine, isEmotionLine, isJourney, isMetricLine, isPain, isPersona, isStage, isTextLine, isTouchpoint } from '../generated/ast.js';
import type { ElementRef, TouchpointPart } from '../../protocol/drawn-elements.js';
import { labelDigests } from '../../protocol/label-digest.js';
import type { DiagramsResult, PreviewProblem } from '../../protocol/preview-data.js';
import { buildJourneyModel, type DocumentModelCache } from '../model/build-model.js';
import type { JourneyModel } from '../model/journey-model.js';
import { renderJourneyBlock, type BlockRendering } from '../markdown-blocks/journey-blocks.js';
import { problemOf } from '../workspace/problems.js';
import { renderMarkdown } from '../views/markdown-document.js';
import { chooseView, drawView, requiredMaxTextSize, VIEW_TITLES, viewNamed, viewsFor, type ViewName } from '../views/index.js';
import { DEFAULT_LANGUAGE, type Language } from '../locale.js';

/** The preview's answers are the protocol's plain shapes (protocol/preview-data.ts). */
export type Problem = PreviewProblem;
export type Diagram = DiagramsResult;

/**
 * The longest Mermaid text of each view the preview draws (docs/reliability.md). Mermaid draws in the
 * webview's only thread, and the time grows with the text (the block diagram of the map view
 * costs about ten times more per character): past these sizes a diagram takes more
 * than about 5 seconds on a 2-core machine, freezing the preview, and is of no use once drawn (a
 * journey of 5,000 touchpoints is a million pixels wide). About 2,500 touchpoints in the journey view,
 * 150 in the map view; the biggest example is a tenth of that.
 */
export const PREVIEW_TEXT_BUDGET: Readonly<Record<ViewName, number>> = {
    map: 40_000, journey: 150_000, emotion: 150_000, day: 150_000, compare: 150_000
};

/** Why a view is not drawn, in words for the user, with what to do. */
function tooBigNotice(view: ViewName, length: number, journey: JourneyModel['journeys'][number]): string {
    const touchpoints = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
    const number = (n: number) => n.toLocaleString('en-US');
    const stages = journey.stages.length;
    return l10n.t('This map is too big for the {0} view of the preview: {1} in {2} make {3} characters of Mermaid, more than the {4} the preview can draw in a few seconds. Split the journey into smaller journeys, pick another view, or write the diagram to a file with `journey-map render`.',
        VIEW_TITLES[view].toLowerCase(),
        touchpoints === 1 ? l10n.t('1 touchpoint') : l10n.t('{0} touchpoints', number(touchpoints)),
        stages === 1 ? l10n.t('1 stage') : l10n.t('{0} stages', number(stages)),
        number(length), number(PREVIEW_TEXT_BUDGET[view]));
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

    /** The reader's language (the server sets it from the client's locale): a map that does not say its own is drawn in it. */
    readerLanguage: Language = DEFAULT_LANGUAGE;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.modelCache = new WorkspaceCache(shared, DocumentState.Validated);
    }

    diagram(uri: string, journeyName?: string, requestedView?: string): Diagram {
        const document = this.document(uri);
        const version = document?.textDocument.version ?? 0;
        if (!document) {
            return { uri, version, journeys: [], errors: [], notice: l10n.t('This file is not part of the workspace yet.') };
        }
        const errors: Problem[] = (document.diagnostics ?? []).filter(d => d.severity === 1)
            .map(problemOf);
        if (errors.length > 0 || document.state < DocumentState.Validated) {
            return { uri, version, journeys: [], errors };
        }
        const model = this.model();
        const ownJourneys = model.journeys.filter(journey => journey.source.uri === document.uri.toString());
        const journeys = ownJourneys.map(journey => ({ name: journey.name, label: journey.label, type: journey.type, views: viewsFor(journey) }));
        const journey = journeys.find(candidate => candidate.name === journeyName) ?? journeys[0];
        if (!journey) {
            return { uri, version, journeys, errors, notice: l10n.t('This file declares no journey: add `journey NAME "Label" { … }` to see its map.') };
        }
        const view = chooseView(journey.views, requestedView);
        try {
            const { mermaid, elements, labels } = drawView(model, journey.name, view, this.readerLanguage);
            if (mermaid.length > PREVIEW_TEXT_BUDGET[view]) {
                const drawn = ownJourneys.find(candidate => candidate.name === journey.name)!;
                return { uri, version, journeys, journey: journey.name, view, errors, notice: tooBigNotice(view, mermaid.length, drawn) };
            }
            return { uri, version, journeys, journey: journey.name, view, mermaid, elements, ...(labels ? { labelDigests: labelDigests(labels) } : {}), maxTextSize: requiredMaxTextSize([mermaid]), errors };
        } catch (error) {
            return { uri, version, journeys, journey: journey.name, view, errors, notice: (error as Error).message };
        }
    }

    /** One view of a document's journey as the Markdown document `journey-map render --format markdown` writes. */
    markdown(uri: string, journeyName: string, view: string): string | undefined {
        // What the preview shows of it: nothing while the document has errors, or for a view that does not fit.
        const { mermaid, view: shown, journey: name } = this.diagram(uri, journeyName, view);
        const model = this.model();
        const journey = model.journeys.find(candidate => candidate.name === name && candidate.source.uri === this.document(uri)?.uri.toString());
        if (!journey || shown === undefined || shown !== viewNamed(view) || mermaid === undefined) {
            return undefined;
        }
        return renderMarkdown(model, [{ journey, views: [shown] }]);
    }

    /**
     * Where a drawn element is written: the name of a journey, stage, touchpoint, pain point,
     * opportunity or persona of the document's journey `journeyName` (or of the journey the element
     * names), or the line of a touchpoint a grid cell shows (its first action, its emotion…).
     */
    locate(uri: string, journeyName: string, element: ElementRef): { uri: string; range: Problem['range'] } | undefined {
        const journey = element.journey === undefined ? this.journey(uri, journeyName) : this.anyJourney(element.journey);
        if (!journey) {
            return undefined;
        }
        const wanted = element.name.normalize('NFC');
        const named = <T extends { name?: string }>(candidates: readonly T[]) => candidates.find(candidate => candidate.name?.normalize('NFC') === wanted);
        const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
        let found: AstNode | undefined;
        switch (element.kind) {
            case 'journey': found = journey; break;
            case 'stage': found = named(journey.stages); break;
            case 'touchpoint': found = named(touchpoints); break;
            case 'pain': found = named(touchpoints.flatMap(touchpoint => touchpoint.lines.filter(isPain))); break;
            case 'opportunity': found = named(journey.opportunities); break;
            case 'persona': found = named(this.shared.workspace.LangiumDocuments.all.toArray()
                .flatMap(document => (document.parseResult.value as Workspace).declarations.filter(isPersona))); break;
        }
        const line = isTouchpoint(found) && element.part ? partLine(found, element.part) : undefined;
        const node: CstNode | undefined = line?.$cstNode ?? (found?.$cstNode ? GrammarUtils.findNodeForProperty(found.$cstNode, 'name') : undefined);
        const document = found ? AstUtils.getDocument(found) : undefined;
        return node && document ? { uri: document.uri.toString(), range: node.range } : undefined;
    }

    /** The touchpoint (or else the stage) that holds the cursor. */
    elementAt(uri: string, position: { line: number; character: number }): { journey: string; element: ElementRef } | undefined {
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
        return { journey: journey.name, element: { kind: touchpoint ? 'touchpoint' : 'stage', name: element.name } };
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
            const notice = diagram.notice ?? (this.document(block.file) ? undefined : l10n.t('No map file {0} in the workspace.', block.file));
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

    /** A journey of any document of the workspace (the current map a future map improves). */
    private anyJourney(name: string): Journey | undefined {
        const wanted = name.normalize('NFC');
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            const found = (document.parseResult.value as Workspace).declarations.filter(isJourney).find(journey => journey.name?.normalize('NFC') === wanted);
            if (found) return found;
        }
        return undefined;
    }
}

/** The first line of a touchpoint that a grid cell shows (its first action, its emotion line…). */
function partLine(touchpoint: Touchpoint, part: TouchpointPart): TouchpointLine | undefined {
    return touchpoint.lines.find(line => {
        switch (part) {
            case 'channel': return isChannelLine(line);
            case 'emotion': return isEmotionLine(line);
            case 'metric': return isMetricLine(line);
            case 'pain': return isPain(line);
            default: return isTextLine(line) && line.kind === part;
        }
    });
}
