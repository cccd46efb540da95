import * as l10n from '@vscode/l10n';
import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { PreviewSupport } from '../language/index.js';
import type { Containment } from './contain.js';
import { DiagramsRequest, ElementAtRequest, LocateRequest, MarkdownRequest, ModelChangedNotification, RenderBlockRequest } from '../protocol/requests.js';

/**
 * How often the server tells previews to refetch: at once after a pause (a key typed shows in the preview
 * without a wait), then at most once per this many ms while typing goes on (one refetch per burst of builds).
 */
const NOTIFY_INTERVAL_MS = 60;

/** What the preview shows when the server failed on its request (the failure is in the server's log). */
const failedNotice = () => l10n.t('The journey language server failed to draw this map (the error is in its log, in the Output panel).');

/**
 * Answers the preview's journey/* requests and tells the client when validated documents changed.
 * With a Containment, a request that fails is logged and answered with an empty result (server/contain.ts).
 */
export function registerPreviewRequests(connection: Connection, shared: LangiumSharedCoreServices, containment?: Containment): PreviewSupport {
    const preview = new PreviewSupport(shared);
    const contain = <T>(method: string, fallback: () => T, action: () => T, uri?: string): T =>
        containment ? containment.run(method, fallback, action, uri) : action();
    // Each handler is tied to its descriptor's params and result (the server's vscode-jsonrpc is
    // another copy than protocol/'s, so the descriptor's method is what is registered).
    const handle = <P, R>(request: { method: string; _: [P, R, unknown, unknown] | undefined }, handler: (params: P) => R | Promise<R>) =>
        connection.onRequest(request.method, async (params: P) => handler(params));
    handle(DiagramsRequest.type, params => contain<DiagramsRequest.Result>(DiagramsRequest.method,
        () => ({ uri: params.uri, version: 0, journeys: [], errors: [], notice: failedNotice() }),
        () => preview.diagram(params.uri, params.journey, params.view), params.uri));
    handle(LocateRequest.type, params => contain<LocateRequest.Result>(LocateRequest.method, () => null,
        () => preview.locate(params.uri, params.journey, params.element) ?? null, params.uri));
    handle(ElementAtRequest.type, params => contain<ElementAtRequest.Result>(ElementAtRequest.method, () => null,
        () => preview.elementAt(params.uri, params.position) ?? null, params.uri));
    handle(MarkdownRequest.type, params => contain<MarkdownRequest.Result>(MarkdownRequest.method, () => ({}),
        () => ({ markdown: preview.markdown(params.uri, params.journey, params.view) }), params.uri));
    handle(RenderBlockRequest.type, params => contain<Promise<RenderBlockRequest.Result>>(RenderBlockRequest.method,
        () => Promise.resolve({ errors: [], notice: failedNotice() }), () => preview.renderBlock(params), params.file));

    let pending = new Set<string>();
    let scheduled = false;
    let lastSent = Number.NEGATIVE_INFINITY;
    const notify = () => {
        scheduled = false;
        lastSent = Date.now();
        const params: ModelChangedNotification.Params = { uris: [...pending] };
        pending = new Set();
        void connection.sendNotification(ModelChangedNotification.method, params);
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        for (const document of documents) {
            pending.add(document.uri.toString());
        }
        if (!scheduled) {
            scheduled = true;
            setTimeout(notify, Math.max(0, lastSent + NOTIFY_INTERVAL_MS - Date.now()));
        }
    });
    return preview;
}
