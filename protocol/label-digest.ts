/**
 * A short digest of a label's text, computed the same way by the language server and by the preview
 * page. The page checks each label Mermaid drew as HTML against the text its block shows (the map view,
 * client/webview/html-labels.ts); the text itself is already in the Mermaid text, so the server sends
 * the digests, not the text a second time (for the 70-touchpoint map of the benchmark, 31.5 KB per key
 * become 18 KB).
 *
 * Two 32-bit FNV-1a hashes of the text's UTF-16 code units, one read forwards and one backwards: a
 * check of what Mermaid made of a text, not a secret. A label changed by Mermaid and still matching
 * would at worst show other text; the elements a label may hold are checked exactly.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function labelDigest(text: string): string {
    let forwards = FNV_OFFSET;
    let backwards = FNV_OFFSET;
    for (let i = 0, j = text.length - 1; i < text.length; i++, j--) {
        forwards = Math.imul(forwards ^ text.charCodeAt(i), FNV_PRIME);
        backwards = Math.imul(backwards ^ text.charCodeAt(j), FNV_PRIME);
    }
    const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
    return hex(forwards) + hex(backwards);
}

/** The digest of each label (block id → digest). */
export function labelDigests(labels: Readonly<Record<string, string>>): Record<string, string> {
    return Object.fromEntries(Object.entries(labels).map(([id, text]) => [id, labelDigest(text)]));
}
