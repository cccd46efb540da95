/**
 * The preview page's own contract: the messages between the page (client/webview) and the panel
 * that hosts it (client/preview). Compiled alone for the browser (client/webview/tsconfig.json); the
 * panel checks the shape of every message it gets (client/preview/messages.ts).
 */

import type { ElementRef } from './drawn-elements.js';
import type { DiagramsResult, Range } from './preview-data.js';
import type { ViewName } from './views.js';

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

/**
 * The words the page shows of its own, in the reader's language: the panel writes them into the page
 * (client/preview/page-words.ts) as JSON in `<script type="application/json" id="page-words">`.
 * `{0}`, `{1}` stand for the numbers and texts the page puts in.
 */
export interface PageWords {
    /** The view buttons. */
    views: Readonly<Record<ViewName, string>>;
    /** `{0} error: …` and `{0} errors: …` over the last good diagram. */
    oneError: string;
    manyErrors: string;
    /** `Line {0}: {1}`: a problem of the list. */
    problemLine: string;
}

/** What the preview remembers across a window reload (WebviewPanelSerializer). */
export interface PreviewState {
    uri: string;
    journey?: string;
    view?: ViewName;
    locked: boolean;
    zoom?: { scale: number; x: number; y: number };
}

