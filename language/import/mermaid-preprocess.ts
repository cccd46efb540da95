import { JSON_SCHEMA, load, YAMLException } from 'js-yaml';
import { MappedText } from './mapped-text.js';
import { MermaidSyntaxError } from './mermaid-syntax-error.js';

/**
 * What Mermaid 12 does to a diagram's text before its journey parser reads it (mermaid's
 * `preprocessDiagram` and `Diagram.fromText`), done the same way here so that the import reads what
 * Mermaid reads: line breaks made `\n`, the YAML front matter taken off (its `title:` kept),
 * `%%{…}%%` directives taken off, whole-line `%%` comments taken off (kept here, to carry them over),
 * and `#name;` / `#123;` entity codes protected from the parser (`#` starts a comment, `;` is refused).
 */

export interface PreprocessedDiagram {
    /** The text the parser reads, with the original line of each character. */
    body: MappedText;
    /** The front matter's `title:`, when it has one. */
    frontMatterTitle?: string;
    /** Whether there were display settings: a `config:` in the front matter or a `%%{…}%%` directive. */
    hasSettings: boolean;
    /** The whole-line `%%` comments Mermaid drops, with their lines. */
    comments: Array<{ text: string; line: number }>;
}

/** An entity code (`#quot;`, `#59;`) as Mermaid protects it; mermaid-text.ts turns it back into its character. */
export const ENTITY_START = '\uE000';
export const ENTITY_END = '\uE001';

/** `%%{init: …}%%`: a word, then anything up to `}%%` (or to the end: an unclosed directive takes the rest). */
const DIRECTIVE = /%%\{\s*(?:\w+\s*:|\w+)\s*(?:\w+|(?:(?!\}%%)[\s\S])*)?\s*(?:\}%%)?/gi;
/** A line holding only a `%%` comment (not a directive), and the blank lines before it. */
const COMMENT_LINE = /^\s*%%(?!\{)([^\n]+)\n?/gm;

export function preprocessDiagram(text: string, firstLine = 1): PreprocessedDiagram {
    let body = MappedText.of(text, firstLine)
        .replace(/\r\n?/g, () => '\n')
        // Mermaid writes attribute values of HTML-like tags in single quotes.
        .replace(/<(\w+)([^>]*)>/g, ([, tag, attributes]) => `<${tag}${attributes.replace(/="([^"]*)"/g, "='$1'")}>`);
    const frontMatter = readFrontMatter(body);
    body = frontMatter ? body.slice(frontMatter.length) : body;
    let directives = 0;
    body = body.replace(DIRECTIVE, () => {
        directives++;
        return '';
    });
    const comments: PreprocessedDiagram['comments'] = [];
    body = body.replace(COMMENT_LINE, match => {
        comments.push({ text: match[1].trim(), line: body.lineAt(match.index + match[0].indexOf('%%')) });
        return '';
    });
    const leading = /^\s*/.exec(body.text)![0].length;
    body = body.slice(leading)
        // As Mermaid's encodeEntities: a `style …:…#…;` or `classDef …` statement loses its last `;`.
        .replace(/(?:style|classDef).*:\S*#.*;/g, ([match]) => match.slice(0, -1))
        .replace(/#(\w+);/g, ([, name]) => `${ENTITY_START}${name}${ENTITY_END}`);
    return { body, frontMatterTitle: frontMatter?.title, hasSettings: directives > 0 || (frontMatter?.hasConfig ?? false), comments };
}

/** Whether a Mermaid text is a journey diagram, as Mermaid's detector decides (its first word, past front matter, directives and comments). */
export function isJourneyDiagram(text: string): boolean {
    return firstWord(text).startsWith('journey');
}

/** The first word of a Mermaid diagram, past its front matter, directives and comments: its type. */
export function firstWord(text: string): string {
    let body: string;
    try {
        body = preprocessDiagram(text).body.text;
    } catch {
        // Unreadable front matter: the text still names its type after it.
        body = text.replace(DIRECTIVE, '').replace(/^\s*(?:%%|---).*$/gm, '');
    }
    return /^\s*(\S*)/.exec(body)![1];
}

interface FrontMatter {
    length: number;
    title?: string;
    hasConfig: boolean;
}

/**
 * The YAML front matter at the start of a diagram: `---` on a line (after spaces), the YAML, the same
 * indentation and `---` on a line; read with the JSON schema, as Mermaid reads it.
 */
function readFrontMatter(body: MappedText): FrontMatter | undefined {
    const text = body.text;
    const opening = /^([^\S\n]*)---[^\S\n]*\n/.exec(text);
    if (!opening) {
        return undefined;
    }
    const indent = opening[1];
    const closing = new RegExp(`\\n${indent}---[^\\S\\n]*\\n(?:[^\\S\\n]*\\n)*`, 'g');
    closing.lastIndex = opening[0].length;
    const end = closing.exec(text);
    if (!end) {
        return undefined;
    }
    const yaml = text.slice(opening[0].length, end.index).split('\n')
        .map(line => line.startsWith(indent) ? line.slice(indent.length) : line).join('\n');
    let parsed: unknown;
    try {
        parsed = load(yaml, { schema: JSON_SCHEMA }) ?? {};
    } catch (error) {
        const mark = error instanceof YAMLException ? error.mark : undefined;
        const line = body.lineAt(opening[0].length) + (mark?.line ?? 0);
        throw new MermaidSyntaxError(`the front matter (between the --- lines) is not valid YAML: ${(error as YAMLException).reason ?? 'unreadable'}`, line);
    }
    const fields = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed as Record<string, unknown> : {};
    const title = fields.title ? String(fields.title) : undefined;
    return { length: end.index + end[0].length, title, hasConfig: fields.config !== undefined || fields.displayMode !== undefined };
}
