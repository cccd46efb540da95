/** The size Mermaid drew a diagram at (its view box), whatever size the page shows it at. */
export function naturalSize(svg: SVGSVGElement | null): { width: number; height: number } | undefined {
    const box = svg?.viewBox.baseVal;
    return box && box.width > 0 && box.height > 0 ? { width: box.width, height: box.height } : undefined;
}
