import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { PreviewSupport } from '../language/lsp/preview-support.js';
import type { Containment } from './contain.js';
import {
    DiagramsRequest, ElementAtRequest, LocateRequest, ModelChangedNotification, RenderBlockRequest,
    type DiagramsParams, type DiagramsResult, type ElementAtParams, type ElementAtResult, type LocateParams, type LocateResult, type ModelChangedParams,
    type RenderBlockParams, type RenderBlockResult
} from './protocol.js';

/** How long the server waits after a validation before telling previews to refetch (typing bursts). */
const NOTIFY_DELAY_MS = 60;

/** What the preview shows when the server failed on its request (the failure is in the server's log). */
const FAILED_NOTICE = 'The journey language server failed to draw this map (the error is in its log, in the Output panel).';

/**
 * Answers the preview's journey/* requests and tells the client when validated documents changed.
 * With a Containment, a request that fails is logged and answered with an empty result (server/contain.ts).
 */
export function registerPreviewRequests(connection: Connection, shared: LangiumSharedCoreServices, containment?: Containment): PreviewSupport {
    const preview = new PreviewSupport(shared);
    const contain = <T>(method: string, fallback: () => T, action: () => T, uri?: string): T =>
        containment ? containment.run(method, fallback, action, uri) : action();
    connection.onRequest(DiagramsRequest.method, (params: DiagramsParams): DiagramsResult => contain<DiagramsResult>(DiagramsRequest.method,
        () => ({ uri: params.uri, version: 0, journeys: [], errors: [], notice: FAILED_NOTICE }),
        () => preview.diagram(params.uri, params.journey, params.view), params.uri));
    connection.onRequest(LocateRequest.method, (params: LocateParams): LocateResult | null => contain(LocateRequest.method, () => null,
        () => preview.locate(params.uri, params.journey, params.element) ?? null, params.uri));
    connection.onRequest(ElementAtRequest.method, (params: ElementAtParams): ElementAtResult | null => contain(ElementAtRequest.method, () => null,
        () => preview.elementAt(params.uri, params.position) ?? null, params.uri));
    connection.onRequest(RenderBlockRequest.method, (params: RenderBlockParams): Promise<RenderBlockResult> => contain<Promise<RenderBlockResult>>(RenderBlockRequest.method,
        () => Promise.resolve({ errors: [], notice: FAILED_NOTICE }), () => preview.renderBlock(params), params.file));

    let pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        for (const document of documents) {
            pending.add(document.uri.toString());
        }
        clearTimeout(timer);
        timer = setTimeout(() => {
            const params: ModelChangedParams = { uris: [...pending] };
            pending = new Set();
            void connection.sendNotification(ModelChangedNotification.method, params);
        }, NOTIFY_DELAY_MS);
    });
    return preview;
}
