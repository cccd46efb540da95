import type { DrawnElement, ElementRef } from '../../protocol/preview-data.js';
import { sameElement } from '../../protocol/drawn-elements.js';

/**
 * Finds the SVG nodes Mermaid drew for each element of a view (by the ids and drawing order the
 * view gives, never by label text) and marks each with `data-jm` = the element's index.
 */
export function markDrawnElements(svg: SVGSVGElement | null, elements: readonly DrawnElement[]): void {
    if (!svg) return;
    const bySelector = new Map<string, Element[]>();
    elements.forEach((drawn, index) => {
        let node: Element | null | undefined;
        if ('id' in drawn.at) {
            // Mermaid prefixes a node's id with the diagram's id.
            node = svg.querySelector(`[id="${CSS.escape(`${svg.id}-${drawn.at.id}`)}"]`);
        } else {
            const { selector } = drawn.at;
            if (!bySelector.has(selector)) bySelector.set(selector, [...svg.querySelectorAll(selector)]);
            const shape = bySelector.get(selector)![drawn.at.index];
            node = drawn.at.group ? shape?.closest('g') ?? shape : shape;
        }
        node?.setAttribute('data-jm', String(index));
    });
}

/** The marked nodes that stand for `element` (any part of it). */
export function nodesOf(root: Element, elements: readonly DrawnElement[], element: ElementRef): Element[] {
    return [...root.querySelectorAll('[data-jm]')].filter(node => {
        const drawn = elements[Number(node.getAttribute('data-jm'))];
        return drawn !== undefined && sameElement(drawn.element, element);
    });
}
