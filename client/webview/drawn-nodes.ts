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

/** Space between a stage's box and its name, in the diagram's px. */
const STAGE_NAME_INSET = 16;

/**
 * In the map view (a block diagram), each stage's name sits at the left of the stage's span instead of
 * its middle: a stage spans its touchpoints' columns, and in a pane of 500 px the middle of the first
 * stage is out of sight, so a reader saw no stage name at all. Found by identity, as clicks are.
 */
export function alignStageNamesLeft(svg: SVGSVGElement | null, elements: readonly DrawnElement[]): void {
    if (svg?.getAttribute('aria-roledescription') !== 'block') return;
    for (const node of svg.querySelectorAll('[data-jm]')) {
        const drawn = elements[Number(node.getAttribute('data-jm'))];
        const box = node.querySelector(':scope > rect');
        const label = node.querySelector(':scope > g.label');
        // SVG text (anchored at its middle) or an HTML label (a box from its left edge).
        const text = label?.querySelector('text') ?? label?.querySelector('foreignObject > div');
        if (drawn?.element.kind !== 'stage' || drawn.element.part || !box || !label || !text) continue;
        const y = /translate\(\s*[^,\s]+[,\s]+([^)\s]+)\s*\)/.exec(label.getAttribute('transform') ?? '')?.[1] ?? '0';
        label.setAttribute('transform', `translate(${Number(box.getAttribute('x')) + STAGE_NAME_INSET}, ${y})`);
        if (text instanceof HTMLElement) {
            text.style.textAlign = 'left';
            continue;
        }
        for (const line of [text, ...text.querySelectorAll('tspan')]) {
            (line as SVGElement).style.textAnchor = 'start';
        }
    }
}
