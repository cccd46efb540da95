/**
 * Mermaid writes a label's entity codes (`#58;` for `:`) back as HTML character references
 * (`&#58;`). With SVG text labels (`htmlLabels: false`, chosen so that no label is ever parsed as
 * HTML) some diagrams (block) leave them undecoded, and the user would read `&#58;`. This puts the
 * characters back, in text nodes only: nothing is parsed as markup.
 */
const REFERENCE = /&(#(\d+)|#x([0-9a-f]+)|lt|gt|amp|quot|apos|nbsp);/gi;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeCharacterReferences(root: Element): void {
    // Only the one-line labels of block diagrams: Mermaid decodes the labels of other diagrams, and the block
    // labels of several lines (`<br>`), itself; decoding them again would show a label typed as `&#60;b&#62;`
    // as `<b>` (found by test/webview/hostile-preview.test.ts).
    for (const svg of [root, ...root.querySelectorAll('svg')].filter(element => element.localName === 'svg' && element.getAttribute('aria-roledescription') === 'block')) {
        for (const text of svg.querySelectorAll('text')) {
            if (text.querySelectorAll('tspan.row').length <= 1) {
                decodeIn(text);
            }
        }
    }
}

function decodeIn(root: Element): void {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        if (text.includes('&') && !(node.parentElement?.tagName.toLowerCase() === 'style')) {
            node.nodeValue = text.replace(REFERENCE, (whole, _reference, decimal?: string, hex?: string) => {
                const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
                if (code !== undefined) {
                    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
                }
                return NAMED[whole.slice(1, -1).toLowerCase()] ?? whole;
            });
        }
    }
}
