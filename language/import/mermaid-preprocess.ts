import * as l10n from '@vscode/l10n';
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
/** A line holding only a `%%` comment (not a directive). */
const COMMENT_LINE = /^\s*%%(?!\{)([^\n]+)/;

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
    body = withoutCommentLines(body, comments);
    const leading = /^\s*/.exec(body.text)![0].length;
    body = withoutStyleSemicolons(body.slice(leading))
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
        throw new MermaidSyntaxError(l10n.t('the front matter (between the --- lines) is not valid YAML: {0}', (error as YAMLException).reason ?? l10n.t('unreadable')), line);
    }
    const fields = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed as Record<string, unknown> : {};
    const title = fields.title ? String(fields.title) : undefined;
    return { length: end.index + end[0].length, title, hasConfig: fields.config !== undefined || fields.displayMode !== undefined };
}

/** The lines of a text, each with its start and end offsets (the end before its `\n`). */
function linesOf(text: string): Array<{ start: number; end: number; line: string }> {
    const lines: Array<{ start: number; end: number; line: string }> = [];
    for (let start = 0; start <= text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        lines.push({ start, end, line: text.slice(start, end) });
        start = end + 1;
    }
    return lines;
}

/**
 * Takes off the lines holding only a `%%` comment, and the blank lines just before each, as Mermaid's
 * `/^\s*%%(?!{)[^\n]+\n?/gm` does (line by line here: that pattern is quadratic on many blank lines).
 */
function withoutCommentLines(body: MappedText, comments: PreprocessedDiagram['comments']): MappedText {
    const edits: Array<{ start: number; end: number; text: string }> = [];
    let blankRun: number | undefined;
    for (const { start, end, line } of linesOf(body.text)) {
        const comment = COMMENT_LINE.exec(line);
        if (comment) {
            comments.push({ text: comment[1].trim(), line: body.lineAt(start) });
            edits.push({ start: blankRun ?? start, end: Math.min(end + 1, body.text.length), text: '' });
            blankRun = undefined;
        } else if (/^\s*$/.test(line)) {
            blankRun ??= start;
        } else {
            blankRun = undefined;
        }
    }
    return body.edit(edits);
}

/**
 * As Mermaid's `encodeEntities` (`/style.*:\S*#.*;/` and the same for `classDef`): a line where
 * `style` or `classDef` is followed by a `:`, then a `#` with no space between, then a `;`, loses its
 * last `;`. Done in one pass over each line (the pattern backtracks quadratically on long lines).
 */
function withoutStyleSemicolons(body: MappedText): MappedText {
    const edits: Array<{ start: number; end: number; text: string }> = [];
    for (const { start, line } of linesOf(body.text)) {
        const keyword = /style|classDef/.exec(line);
        if (!keyword) {
            continue;
        }
        let colonInWord = false;
        let hash = -1;
        for (let i = keyword.index + keyword[0].length; i < line.length && hash < 0; i++) {
            const char = line[i];
            if (char === ':') {
                colonInWord = true;
            } else if (/\s/.test(char)) {
                colonInWord = false;
            } else if (char === '#' && colonInWord) {
                hash = i;
            }
        }
        const semicolon = line.lastIndexOf(';');
        if (hash >= 0 && semicolon > hash) {
            edits.push({ start: start + semicolon, end: start + semicolon + 1, text: '' });
        }
    }
    return body.edit(edits);
}
