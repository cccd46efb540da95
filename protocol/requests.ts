import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type {
    DiagramsParams, DiagramsResult, ElementAtParams, ElementAtResult, LocateParams, LocateResult, MarkdownParams, MarkdownResult, ModelChangedParams,
    RenderBlockParams, RenderBlockResult
} from './preview-data.js';

/**
 * The journey/* requests between the language server and the extension: each one's method, params
 * and result tied together, so that neither side can send one with the other's shapes.
 */

/** journey/diagrams: the Mermaid text of one view of one journey of a document. */
export namespace DiagramsRequest {
    export const method = 'journey/diagrams';
    export type Params = DiagramsParams;
    export type Result = DiagramsResult;
    export const type = new RequestType<Params, Result, void>(method);
}

/** journey/locate: where the element a user clicked in the diagram is written (null: nowhere). */
export namespace LocateRequest {
    export const method = 'journey/locate';
    export type Params = LocateParams;
    export type Result = LocateResult | null;
    export const type = new RequestType<Params, Result, void>(method);
}

/** journey/elementAt: the element under the editor's cursor, to highlight in the diagram (null: none). */
export namespace ElementAtRequest {
    export const method = 'journey/elementAt';
    export type Params = ElementAtParams;
    export type Result = ElementAtResult | null;
    export const type = new RequestType<Params, Result, void>(method);
}

/** journey/markdown: one view of one journey as the Markdown document the CLI writes (the preview's Markdown export). */
export namespace MarkdownRequest {
    export const method = 'journey/markdown';
    export type Params = MarkdownParams;
    export type Result = MarkdownResult;
    export const type = new RequestType<Params, Result, void>(method);
}

/** journey/renderBlock: the diagram of a ```journey block of a Markdown document, or of a map file it names. */
export namespace RenderBlockRequest {
    export const method = 'journey/renderBlock';
    export type Params = RenderBlockParams;
    export type Result = RenderBlockResult;
    export const type = new RequestType<Params, Result, void>(method);
}

/** journey/modelChanged (server → client): documents were validated; previews of these refetch. */
export namespace ModelChangedNotification {
    export const method = 'journey/modelChanged';
    export type Params = ModelChangedParams;
    export const type = new NotificationType<Params>(method);
}
