/**
 * The journey/* messages between the language server, the extension and the preview webview.
 * Plain types and method names only (no imports), so the browser-side webview can share them.
 */

import type { DrawnElement, ElementRef } from '../language/views/drawn-elements.js';
export type { DrawnAt, DrawnElement, ElementRef } from '../language/views/drawn-elements.js';

/** The views the preview can show (language/views): kept here as strings so the webview needs no language code. */
export type ViewName = 'map' | 'journey' | 'emotion' | 'day' | 'compare';

export interface Position {
    line: number;
    character: number;
}

export interface Range {
    start: Position;
    end: Position;
}

/** A problem shown in the preview's error overlay. */
export interface PreviewProblem {
    message: string;
    code?: string;
    range: Range;
}

export interface JourneySummary {
    name: string;
    label: string;
    type: string;
    /** The views that fit this journey, the first being the default. */
    views: ViewName[];
}

/** journey/diagrams: the Mermaid text of one view of one journey of a document. */
export const DiagramsRequest = { method: 'journey/diagrams' } as const;

export interface DiagramsParams {
    uri: string;
    /** A journey of the document; the first one when absent or unknown. */
    journey?: string;
    /** A view that fits the journey; the journey's first view when absent or unfitting. */
    view?: ViewName;
}

export interface DiagramsResult {
    uri: string;
    version: number;
    /** The document's journeys (empty while the document has errors). */
    journeys: JourneySummary[];
    journey?: string;
    view?: ViewName;
    /** Absent while the document has errors, or when it holds no journey. */
    mermaid?: string;
    /** What each drawn element stands for: a click goes to its text, the cursor's element is highlighted. */
    elements?: DrawnElement[];
    /** The `maxTextSize` Mermaid needs for this diagram. */
    maxTextSize?: number;
    /** The document's errors: the preview keeps its last good diagram and lists these. */
    errors: PreviewProblem[];
    /** Why there is no diagram when there is no error (no journey in the file, a view that failed). */
    notice?: string;
}

/** journey/locate: where the element a user clicked in the diagram is written. */
export const LocateRequest = { method: 'journey/locate' } as const;

export interface LocateParams {
    uri: string;
    journey: string;
    /** The element the clicked drawing stands for (DiagramsResult.elements). */
    element: ElementRef;
}

export interface LocateResult {
    uri: string;
    /** The range of the element's name. */
    range: Range;
}

/** journey/elementAt: the element under the editor's cursor, to highlight in the diagram. */
export const ElementAtRequest = { method: 'journey/elementAt' } as const;

export interface ElementAtParams {
    uri: string;
    position: Position;
}

export interface ElementAtResult {
    journey: string;
    element: ElementRef;
}

/** journey/modelChanged (server → client): documents were validated; previews of these refetch. */
export const ModelChangedNotification = { method: 'journey/modelChanged' } as const;

export interface ModelChangedParams {
    uris: string[];
}

/** Messages from the webview to the extension. */
export type WebviewMessage =
    | { type: 'ready' }
    | { type: 'shown' }
    | { type: 'select'; journey?: string; view?: ViewName }
    | { type: 'locate'; element: ElementRef }
    | { type: 'revealProblem'; range: Range }
    /** The user pressed an export button of the page's toolbar. */
    | { type: 'exportAsked'; format: 'svg' | 'png' | 'markdown' }
    /** The page's answer to exportRequest: the picture, or nothing when it has none. */
    | { type: 'exportData'; format: 'svg' | 'png'; data?: string }
    | { type: 'state'; state: PreviewState }
    | { type: 'renderFailed'; message: string };

/** Messages from the extension to the webview. */
export type HostMessage =
    | { type: 'diagram'; result: DiagramsResult; theme: PreviewTheme; locked: boolean; fileName: string }
    | { type: 'highlight'; element?: ElementRef }
    | { type: 'theme'; theme: PreviewTheme }
    | { type: 'exportRequest'; format: 'svg' | 'png' }
    /** The language server stopped (a message to show over the diagram) or runs again (no message). */
    | { type: 'serverStatus'; message?: string };

export type PreviewTheme = 'light' | 'dark' | 'high-contrast';

/** What the preview remembers across a window reload (WebviewPanelSerializer). */
export interface PreviewState {
    uri: string;
    journey?: string;
    view?: ViewName;
    locked: boolean;
    zoom?: { scale: number; x: number; y: number };
}

/** journey/renderBlock: the diagram of a ```journey block of a Markdown document, or of a map file it names. */
export const RenderBlockRequest = { method: 'journey/renderBlock' } as const;

export interface RenderBlockParams {
    /** The block's text (a journey written in the Markdown document). */
    text?: string;
    /** Or: the URI of a .journey file of the workspace to draw. */
    file?: string;
    view?: string;
    journey?: string;
}

export interface RenderBlockResult {
    mermaid?: string;
    maxTextSize?: number;
    /** Errors of the block (1-based lines inside the block, or of the named file). */
    errors: Array<{ line: number; message: string; code?: string }>;
    notice?: string;
}
