/** User text shown verbatim in a hover (VS Code shows no HTML there): every Markdown character escaped. */
export function escapeHoverMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, char => `\\${char}`).replace(/\n/g, ' ');
}
