/**
 * The map view (a block diagram) is drawn with HTML labels when that shows exactly what the map
 * says. Mermaid lays out an HTML label about eight times faster than SVG text (the 70-touchpoint map
 * of `npm run bench:editor`: 0.2 s instead of 1.9 s), but it also reads an HTML label's text: after
 * its sanitizer has turned entity codes back into characters, `fa:fa-car` becomes an icon element,
 * `$$x$$` a formula, a typed `\n` a line break. So the page checks every label Mermaid drew against
 * the text the view gave for its block (DrawnView.labels, sent as digests: protocol/label-digest.ts):
 * the same lines, character for character, and no element but the line breaks. Where any label
 * differs, the diagram is drawn again with SVG text, which Mermaid never interprets (mermaid-config.ts).
 */
import { labelDigest } from '../../protocol/label-digest.js';

/** Elements Mermaid wraps a label's text in, and its line breaks: anything else was made from the text. */
const LABEL_ELEMENTS = new Set(['div', 'span', 'p', 'br']);

/** The text an HTML label shows, lines joined by `\n`; undefined when it holds any other element. */
function shownText(label: Element): string | undefined {
    let text = '';
    for (const child of label.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
            text += child.nodeValue ?? '';
        } else if (child instanceof Element) {
            const name = child.localName.toLowerCase();
            if (!LABEL_ELEMENTS.has(name)) {
                return undefined;
            }
            if (name === 'br') {
                text += '\n';
            } else {
                const inner = shownText(child);
                if (inner === undefined) {
                    return undefined;
                }
                text += inner;
            }
        } else if (child.nodeType !== Node.COMMENT_NODE) {
            return undefined;
        }
    }
    return text;
}

/**
 * Whether every HTML label of the drawn diagram (`svg`, not yet in the page) is the text given for its
 * block (block id → the digest of its text), and every given text was drawn once.
 */
export function labelsAsWritten(svg: SVGSVGElement, digests: Readonly<Record<string, string>>): boolean {
    const prefix = `${svg.id}-`;
    const seen = new Set<string>();
    for (const object of svg.querySelectorAll('foreignObject')) {
        // Mermaid draws a block as <g id="DIAGRAM-BLOCK"><g class="label"><foreignObject>.
        const block = object.parentElement?.parentElement;
        const id = block?.id.startsWith(prefix) ? block.id.slice(prefix.length) : undefined;
        if (id === undefined || seen.has(id) || !Object.hasOwn(digests, id)) {
            return false;
        }
        seen.add(id);
        const shown = shownText(object);
        if (shown === undefined || labelDigest(shown) !== digests[id]) {
            return false;
        }
    }
    return seen.size === Object.keys(digests).length;
}
