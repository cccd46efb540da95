/**
 * What a reader sees of a drawn diagram, measured in the page that draws it (Chromium): the size each
 * label is drawn at on screen, labels cut with "…", labels drawn over each other or out of their box,
 * and the contrast of each label against what is behind it. Used by the preview, Markdown-preview and
 * Markdown-at-880-px legibility tests (docs/testing.md).
 */
import type { Frame, Page } from 'playwright-core';

export interface LabelMeasure {
    text: string;
    /** Computed font size × the scale of the label's screen CTM, in CSS pixels. */
    drawnPx: number;
    /** The label's box on screen. */
    box: { x: number; y: number; width: number; height: number };
    /** The label's box leaves (or touches, within 1 px) the box it is drawn in. */
    outOfShape: boolean;
    /** WCAG contrast ratio against what is behind the label's centre; undefined outside the viewport. */
    contrast?: number;
}

export interface LegibilityReport {
    labels: LabelMeasure[];
    /** Pairs of labels whose boxes intersect (more than 1 px each way). */
    overlaps: Array<[string, string]>;
}

/** Measures every label of the SVG diagrams under `selector` (in the page or a frame, e.g. a webview). */
export async function measureLegibility(where: Page | Frame, selector: string): Promise<LegibilityReport> {
    return where.evaluate(measureInPage, selector);
}

/** Runs in the page: self-contained (Playwright sends its source). */
function measureInPage(selector: string): LegibilityReport {
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba | undefined => {
        const match = /rgba?\(([^)]+)\)/.exec(colour);
        if (!match) return undefined;
        const parts = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
        return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
        const channel = (value: number) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => [
        top[0] * top[3] + bottom[0] * (1 - top[3]), top[1] * top[3] + bottom[1] * (1 - top[3]), top[2] * top[3] + bottom[2] * (1 - top[3]), 1
    ];
    /** The painted colour of an element behind a label: an SVG shape's fill, an HTML element's background. */
    const paintOf = (element: Element): Rgba | undefined => {
        const style = getComputedStyle(element);
        // A shape paints its fill; a group, a foreignObject (an HTML label's holder) or text paints none of its own (their `fill` is only inherited).
        if (element instanceof SVGGeometryElement) {
            if (style.fill === 'none' || style.visibility === 'hidden') return undefined;
            const fill = parse(style.fill);
            if (!fill) return undefined;
            const opacity = Number(style.fillOpacity || '1') * Number(style.opacity || '1');
            return [fill[0], fill[1], fill[2], fill[3] * opacity];
        }
        if (element instanceof HTMLElement) {
            const background = parse(style.backgroundColor);
            return background && background[3] > 0 ? background : undefined;
        }
        return undefined;
    };
    const pageBackground = (): Rgba => {
        for (let element: Element | null = document.body; element; element = element.parentElement) {
            const colour = parse(getComputedStyle(element).backgroundColor);
            if (colour && colour[3] > 0) return colour;
        }
        return [255, 255, 255, 1];
    };

    const roots = [...document.querySelectorAll(selector)];
    const labels: Array<LabelMeasure & { element: Element }> = [];
    for (const root of roots) {
        const candidates = [...root.querySelectorAll('text'), ...[...root.querySelectorAll('foreignObject *')]
            .filter(element => [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))];
        for (const element of candidates) {
            if (element.tagName.toLowerCase() === 'text' && element.parentElement?.closest('text')) continue;
            const text = (element.textContent ?? '').trim();
            const style = getComputedStyle(element);
            if (text === '' || style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            const graphic = element instanceof SVGGraphicsElement ? element : element.closest('foreignObject') as SVGGraphicsElement | null;
            const ctm = graphic?.getScreenCTM();
            const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
            // Text lines as drawn (a <text> holds its lines as <tspan>s): the largest font of the label's lines.
            const sized = [element, ...element.querySelectorAll('tspan')].map(node => parseFloat(getComputedStyle(node).fontSize));
            const drawnPx = Math.min(...sized.filter(size => size > 0)) * scale;

            // The box the label is drawn in: the smallest shape near it that holds the label's centre.
            const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
            let shapeBox: DOMRect | undefined;
            for (let ancestor = element.parentElement, depth = 0; ancestor && depth < 4 && !shapeBox; ancestor = ancestor.parentElement, depth++) {
                // A chart's background (xychart) is the whole chart, not a label's box.
                for (const shape of ancestor.querySelectorAll(':scope > rect:not(.background), :scope > polygon, :scope > path.basic, :scope > g > rect:not(.background), :scope > g > polygon')) {
                    const box = shape.getBoundingClientRect();
                    const holds = box.left <= centre.x && centre.x <= box.right && box.top <= centre.y && centre.y <= box.bottom;
                    if (holds && box.width > 4 && box.height > 4 && (!shapeBox || box.width * box.height < shapeBox.width * shapeBox.height)) {
                        shapeBox = box;
                    }
                }
            }
            const outOfShape = shapeBox !== undefined && (rect.left < shapeBox.left + 1 || rect.right > shapeBox.right - 1
                || rect.top < shapeBox.top + 1 || rect.bottom > shapeBox.bottom - 1);

            let contrast: number | undefined;
            const inView = centre.x >= 0 && centre.y >= 0 && centre.x < innerWidth && centre.y < innerHeight;
            const colour = parse(element instanceof SVGElement ? style.fill : style.color);
            if (inView && colour) {
                let behind = pageBackground();
                const layers = document.elementsFromPoint(centre.x, centre.y).filter(layer => layer !== element && !element.contains(layer));
                for (const layer of layers.reverse()) {
                    const paint = paintOf(layer);
                    if (paint) behind = over(paint, behind);
                }
                const foreground = over(colour, behind);
                const [light, dark] = [luminance(foreground), luminance(behind)].sort((a, b) => b - a);
                contrast = (light + 0.05) / (dark + 0.05);
            }
            labels.push({ element, text, drawnPx, box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height }, outOfShape, contrast });
        }
    }
    // Mermaid draws each line of a multi-line label as a <text> of its own, one font size apart, in the
    // label's group: those lines are one label (their boxes touch by design), so they are measured as one.
    for (let i = labels.length - 1; i > 0; i--) {
        const [previous, label] = [labels[i - 1], labels[i]];
        // One line under the other, a font size apart (a chart's axis labels, further apart, stay labels of their own);
        // `label` may already hold the lines below it: its first line is compared.
        const lineGap = label.box.y - previous.box.y;
        const sameLabel = label.element.tagName.toLowerCase() === 'text' && previous.element.tagName.toLowerCase() === 'text'
            && label.element.parentElement === previous.element.parentElement && label.element.getAttribute('class') === previous.element.getAttribute('class')
            && lineGap > 0 && lineGap <= 1.3 * Math.max(label.drawnPx, previous.drawnPx);
        if (sameLabel) {
            const a = previous.box;
            const b = label.box;
            const x = Math.min(a.x, b.x);
            const y = Math.min(a.y, b.y);
            previous.box = { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
            previous.text = `${previous.text}\n${label.text}`;
            previous.drawnPx = Math.min(previous.drawnPx, label.drawnPx);
            previous.outOfShape ||= label.outOfShape;
            previous.contrast = previous.contrast === undefined ? label.contrast : Math.min(previous.contrast, label.contrast ?? Infinity);
            labels.splice(i, 1);
        }
    }
    const overlaps: Array<[string, string]> = [];
    for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i].box;
            const b = labels[j].box;
            const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
            const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
            if (x > 1 && y > 1 && !labels[i].element.contains(labels[j].element) && !labels[j].element.contains(labels[i].element)) {
                overlaps.push([labels[i].text, labels[j].text]);
            }
        }
    }
    return { labels: labels.map(({ element: _element, ...label }) => label), overlaps };
}

/** Smallest and 5th-percentile drawn size of the labels (px). */
export function sizeFigures(labels: readonly LabelMeasure[]): { min: number; p5: number; count: number } {
    const sizes = labels.map(label => label.drawnPx).sort((a, b) => a - b);
    const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))] ?? NaN;
    return { min: sizes[0] ?? NaN, p5: at(0.05), count: sizes.length };
}
