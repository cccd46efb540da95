import { decodeHTML } from 'entities';
import { ENTITY_END, ENTITY_START } from './mermaid-preprocess.js';

/**
 * A text of a Mermaid diagram as the diagram shows it, to be a label: trimmed, its entity codes
 * (`#quot;`, `#35;`, `#233;`) as their characters, and in sections and tasks each `<br>` a line
 * break (Mermaid draws them as such there). Any other HTML-like text is kept as written.
 */
export function mermaidLabel(text: string, lineBreaks: boolean): string {
    const lines = lineBreaks ? text.split(/<br\s*\/?>/i) : [text];
    return lines.map(line => decodeEntities(line).trim()).join('\n').trim();
}

const ENTITY = new RegExp(`${ENTITY_START}(\\w+)${ENTITY_END}`, 'g');

function decodeEntities(text: string): string {
    return text.replace(ENTITY, (_, name: string) => {
        const html = /^\+?\d+$/.test(name) ? `&#${name};` : `&${name};`;
        // A code the browser does not know is shown as written (as `&name;`).
        return decodeHTML(html);
    });
}
