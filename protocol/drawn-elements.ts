/**
 * The identity of what a view draws: each drawn element (a block of a grid, a task of a journey
 * diagram, a point of a chart) says which element of the map it stands for, so that a click on the
 * diagram finds its text and the cursor's element is highlighted without ever comparing label
 * text (two touchpoints may share a label).
 */

/** The kinds of map element a drawing can stand for. */
export type ElementKind = 'journey' | 'stage' | 'touchpoint' | 'pain' | 'opportunity' | 'persona';

/** The lines of a touchpoint a drawing can show apart (a grid's lanes): a click goes to that line. */
export type TouchpointPart = 'channel' | 'action' | 'thought' | 'barrier' | 'frontstage' | 'backstage' | 'support' | 'evidence'
    | 'time' | 'emotion' | 'metric' | 'pain';

export const ELEMENT_KINDS: readonly ElementKind[] = ['journey', 'stage', 'touchpoint', 'pain', 'opportunity', 'persona'];
export const TOUCHPOINT_PARTS: readonly TouchpointPart[] = ['channel', 'action', 'thought', 'barrier', 'frontstage', 'backstage', 'support',
    'evidence', 'time', 'emotion', 'metric', 'pain'];

/** An element of the map, by kind and name (names are unique per kind within a journey; personas in the workspace). */
export interface ElementRef {
    kind: ElementKind;
    name: string;
    /** For a touchpoint: the line drawn (an action, its emotion…), when the drawing shows one. */
    part?: TouchpointPart;
    /** The journey the element belongs to, when not the one drawn (the compare view draws the current map's touchpoints). */
    journey?: string;
}

/**
 * Where an element is drawn in Mermaid's SVG: the node Mermaid gives an id (`<diagram id>-<id>`,
 * block diagrams), or the `index`-th node matching `selector` in drawing order (a chart's axis
 * labels) — with `group`, the group (`g`) holding it (a journey task's box, its texts and dots).
 */
export type DrawnAt = { id: string } | { selector: string; index: number; group?: true };

export interface DrawnElement {
    at: DrawnAt;
    element: ElementRef;
}

/** A view's Mermaid text and the identity of what it draws. */
export interface DrawnView {
    mermaid: string;
    elements: DrawnElement[];
    /** The width Mermaid draws the diagram at, in px, where the view can tell (journey diagrams). */
    width?: number;
    /**
     * A block diagram's labels: the text each labelled block shows (block id → its lines joined by
     * `\n`). The preview draws such a diagram with HTML labels (fast) only where Mermaid drew exactly
     * these texts, and with SVG text otherwise (client/webview/html-labels.ts).
     */
    labels?: Record<string, string>;
}

/** Whether two references name the same map element (the part drawn aside). */
export function sameElement(a: ElementRef, b: ElementRef): boolean {
    return a.kind === b.kind && a.name.normalize('NFC') === b.name.normalize('NFC') && a.journey === b.journey;
}
