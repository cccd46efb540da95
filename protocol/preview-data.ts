/**
 * What the journey/* requests between the language server and the extension carry (protocol/requests.ts
 * names them): plain types only, so the preview page can share them.
 */

import type { DrawnElement, ElementRef } from './drawn-elements.js';
import type { ViewName } from './views.js';
export type { DrawnAt, DrawnElement, ElementRef } from './drawn-elements.js';
export type { ViewName } from './views.js';

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
    /**
     * A block diagram's labels, block id → the digest of the text shown (DrawnView.labels,
     * protocol/label-digest.ts): the page may draw them as HTML where Mermaid drew each as written.
     */
    labelDigests?: Record<string, string>;
    /** The `maxTextSize` Mermaid needs for this diagram. */
    maxTextSize?: number;
    /** The document's errors: the preview keeps its last good diagram and lists these. */
    errors: PreviewProblem[];
    /** Why there is no diagram when there is no error (no journey in the file, a view that failed). */
    notice?: string;
}

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

export interface ElementAtParams {
    uri: string;
    position: Position;
}

export interface ElementAtResult {
    journey: string;
    element: ElementRef;
}

export interface MarkdownParams {
    uri: string;
    journey: string;
    view: ViewName;
}

export interface MarkdownResult {
    /** The Markdown document (`journey-map render --format markdown`'s); absent when there is no such diagram. */
    markdown?: string;
}

export interface ModelChangedParams {
    uris: string[];
}

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
