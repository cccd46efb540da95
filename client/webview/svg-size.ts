/**
 * Narrows a diagram's view box to what is drawn, plus `margin`, left and right: Mermaid's journey
 * diagram keeps 150 px on each side for a legend of actors it may not draw, its timeline 50 px, which
 * in a pane of 500 px is a third of the pane left empty. Never widens it; the height is kept.
 */
export function trimSideMargins(svg: SVGSVGElement | null, margin = 8): void {
    const box = svg?.viewBox.baseVal;
    if (!svg || !box || box.width <= 0) {
        return;
    }
    const drawn = svg.getBBox();
    if (drawn.width <= 0) {
        return;
    }
    const left = Math.max(box.x, drawn.x - margin);
    const right = Math.min(box.x + box.width, drawn.x + drawn.width + margin);
    if (right - left < box.width - 1) {
        svg.setAttribute('viewBox', `${left} ${box.y} ${right - left} ${box.height}`);
    }
}

/** The size Mermaid drew a diagram at (its view box), whatever size the page shows it at. */
export function naturalSize(svg: SVGSVGElement | null): { width: number; height: number } | undefined {
    const box = svg?.viewBox.baseVal;
    return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : undefined;
}
