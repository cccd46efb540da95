/**
 * The fenced ```mermaid blocks of a Markdown document (CommonMark fences: three or more backticks or
 * tildes, indented at most three spaces, closed by a fence of the same character at least as long, or
 * by the end of the document), each with the line its text starts on and the heading it sits under.
 */
export interface MermaidBlock {
    text: string;
    /** The line of the block's first line of text (1-based). */
    line: number;
    /** The text of the closest heading above the block, if any. */
    heading?: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

export function mermaidBlocks(markdown: string): MermaidBlock[] {
    const lines = markdown.split(/\r?\n/);
    const blocks: MermaidBlock[] = [];
    let heading: string | undefined;
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE.exec(lines[i]);
        if (!open || (open[2][0] === '`' && open[3].includes('`'))) {
            const title = HEADING.exec(lines[i])?.[1]?.trim();
            if (title) {
                heading = title;
            }
            continue;
        }
        const [, indent, fence, info] = open;
        const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
        const body: string[] = [];
        let end = i + 1;
        for (; end < lines.length && !closing.test(lines[end]); end++) {
            // Each line loses up to the fence's own indentation.
            body.push(lines[end].replace(new RegExp(`^ {0,${indent.length}}`), ''));
        }
        if (info.trim().split(/\s+/)[0].toLowerCase() === 'mermaid') {
            blocks.push({ text: body.join('\n'), line: i + 2, heading });
        }
        i = end;
    }
    return blocks;
}
