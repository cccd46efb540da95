import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { PreviewSupport } from '../language/lsp/preview-support.js';
import {
    DiagramsRequest, ElementAtRequest, LocateRequest, ModelChangedNotification, RenderBlockRequest,
    type DiagramsParams, type DiagramsResult, type ElementAtParams, type ElementAtResult, type LocateParams, type LocateResult, type ModelChangedParams,
    type RenderBlockParams, type RenderBlockResult
} from './protocol.js';

/** How long the server waits after a validation before telling previews to refetch (typing bursts). */
const NOTIFY_DELAY_MS = 60;

/** Answers the preview's journey/* requests and tells the client when validated documents changed. */
export function registerPreviewRequests(connection: Connection, shared: LangiumSharedCoreServices): void {
    const preview = new PreviewSupport(shared);
    connection.onRequest(DiagramsRequest.method, (params: DiagramsParams): DiagramsResult => preview.diagram(params.uri, params.journey, params.view));
    connection.onRequest(LocateRequest.method, (params: LocateParams): LocateResult | null => preview.locate(params.uri, params.journey, params.text, params.context) ?? null);
    connection.onRequest(ElementAtRequest.method, (params: ElementAtParams): ElementAtResult | null => preview.elementAt(params.uri, params.position) ?? null);
    connection.onRequest(RenderBlockRequest.method, (params: RenderBlockParams): Promise<RenderBlockResult> => preview.renderBlock(params));

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
}
