/** User text shown verbatim in Markdown (hovers, reports): every Markdown character escaped. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, char => `\\${char}`).replace(/\n/g, ' ');
}
