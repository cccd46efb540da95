/**
 * Escaping of user text for Mermaid, one function per diagram type. A label is shown, never
 * interpreted: no user text can end a statement, start a comment or a directive, become an HTML
 * element, a Mermaid entity, a KaTeX formula, a Font Awesome icon or a Markdown string.
 *
 * How it works: Mermaid turns `#name;` and `#123;` into entities before any diagram parser runs
 * (`encodeEntities`) and back into `&name;` / `&#123;` in the SVG (`decodeEntities`), where the
 * browser shows the character. So every character that means something to a Mermaid grammar or to
 * an HTML label is written as such an entity code, `#` first of all (so a literal `#word;` typed by
 * the user stays text). The full table is in docs/views.md ("Escaping").
 */

/** Characters written as entity codes in every diagram type. */
const ENTITY_CODES: ReadonlyMap<string, string> = new Map([
    ['#', '#35;'],      // Mermaid entity codes start with it; journey and timeline comments too
    [';', '#59;'],      // ends a statement
    [':', '#58;'],      // field separator (journey, timeline); `fa:fa-icon`; `style …:#…;` rewriting
    ['%', '#37;'],      // `%%` comments and `%%{init: …}%%` directives
    ['&', '#38;'],      // HTML labels read the text as HTML
    ['<', '#lt;'],      // HTML-like text (`<script>`, `<img onerror>`, `<br>`)
    ['>', '#gt;'],
    ['"', '#quot;'],    // ends a quoted label
    ['`', '#96;'],      // "`…`" starts a Markdown string
    ['\\', '#92;'],     // `\n` typed as two characters is a line break in HTML labels
    ['$', '#36;'],      // `$$…$$` is a KaTeX formula
    ['{', '#123;'],     // shapes, `accDescr {`, directives
    ['}', '#125;'],
    ['\u00B6', '#182;'],   // ¶ and ﬂ are Mermaid's own entity markers (ﬂ°°123¶ß)
    ['\uFB02', '#64258;']
]);

/** Bidirectional controls that open or close an embedding, override or isolate. */
const BIDI_EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const BIDI_ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Words a journey task or a timeline period (user text at the start of a line) may not start with:
 * the statements of those diagrams, and, for good measure, those of other diagrams (`click`,
 * `style`, …) and the words Mermaid's own preprocessing looks for (`style …:#…;`).
 */
const LEADING_KEYWORD = /^(title|section|journey|timeline|acctitle|accdescr|click|style|classdef|class|linkstyle|direction|end)/i;

/** Characters normalizeText changes (a text without them is returned as it is: the common case, and a hot path). */
const NEEDS_NORMALIZING = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

/** What shows nothing: white space, invisible format characters (and U+0085, a line break once normalized). */
const BLANK = /^[\s\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u0085]*$/u;

/** Characters encodeLine changes: a line without any is returned as it is. */
const ENCODED = /[#;:%&<>"`\\${}\u00B6\uFB02\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const NO_EXTRA: ReadonlyMap<string, string> = new Map();

/** The text with every kind of line break as `\n`, tabs as spaces and other control characters made visible. */
export function normalizeText(text: string): string {
    if (!NEEDS_NORMALIZING.test(text)) {
        return text;
    }
    return text
        .replace(/\r\n?|[\u2028\u2029\u0085\u000B\u000C]/g, '\n')
        .replace(/\t/g, ' ')
        // C0 controls as their visible "control pictures" (␀ …), DEL as ␡, C1 controls as �.
        .replace(/[\u0000-\u0009\u000E-\u001F]/g, c => String.fromCharCode(0x2400 + c.charCodeAt(0)))
        .replace(/\u007F/g, '\u2421')
        .replace(/[\u0080-\u009F]/g, '\uFFFD');
}

/** Whether a text shows nothing: empty, or only spaces, line breaks and invisible format characters. */
export function isBlank(text: string | undefined): boolean {
    // The same as: normalizeText(text) holds only [\s\p{Cf}\p{Zs}\p{Zl}\p{Zp}] (control characters become visible pictures).
    return text === undefined || BLANK.test(text);
}

/**
 * Closes the bidirectional embeddings, overrides and isolates a text opens, so that an RTL override
 * in one label cannot reorder the text shown after it. The closing marks are invisible.
 */
function closeBidi(text: string): string {
    if (!BIDI_CONTROLS.test(text)) {
        return text;
    }
    let embeds = 0;
    let isolates = 0;
    for (const char of text) {
        if (BIDI_EMBEDDINGS.has(char)) {
            embeds++;
        } else if (BIDI_ISOLATES.has(char)) {
            isolates++;
        } else if (char === '\u202C') {
            embeds = Math.max(0, embeds - 1);
        } else if (char === '\u2069') {
            isolates = Math.max(0, isolates - 1);
        }
    }
    return text + '\u202C'.repeat(embeds) + '\u2069'.repeat(isolates);
}

/**
 * The core of every escaping function: one line of text (no line break inside) with the
 * significant characters as entity codes, bidi controls as numeric codes (visible in a diff).
 */
function encodeLine(line: string, extra: ReadonlyMap<string, string> = NO_EXTRA): string {
    if (!ENCODED.test(line) && (extra.size === 0 || ![...extra.keys()].some(char => line.includes(char)))) {
        return line;
    }
    let out = '';
    for (const char of closeBidi(line)) {
        const code = ENTITY_CODES.get(char) ?? extra.get(char);
        if (code) {
            out += code;
        } else if (BIDI_CONTROLS.test(char)) {
            out += `#${char.codePointAt(0)};`;
        } else {
            out += char;
        }
    }
    return out;
}

/** The lines of a text: trimmed, blank lines left out. */
function linesOf(text: string): string[] {
    return normalizeText(text).split('\n').map(line => line.trim().replace(/ {2,}/g, ' ')).filter(line => line !== '');
}

/** A keyword at the start of a line becomes text when its first letter is an entity code. */
function protectLeadingKeyword(escaped: string): string {
    return LEADING_KEYWORD.test(escaped) ? `#${escaped.codePointAt(0)};${escaped.slice(1)}` : escaped;
}

const COMMA = new Map([[',', '#44;']]);

/** Where a text stands in a journey diagram. */
export type JourneyField = 'title' | 'section' | 'task' | 'actor';

/**
 * Mermaid `journey`: the title (and `accTitle`, `accDescr`), a section, a task or an actor
 * (persona). Line breaks become `<br>` in sections and tasks (their boxes draw each line; see
 * docs/views.md), spaces elsewhere. A task starts a line, so a keyword at its start (`title …`,
 * `section …`) is made text; actors are split on `,` by Mermaid, so an actor's commas are encoded.
 */
export function escapeJourney(text: string, field: JourneyField): string {
    const lines = linesOf(text).map(line => encodeLine(line, field === 'actor' ? COMMA : undefined));
    const escaped = lines.join(field === 'section' || field === 'task' ? '<br>' : ' ');
    return field === 'task' ? protectLeadingKeyword(escaped) : escaped;
}

/**
 * Mermaid `xychart-beta`: the text between the double quotes of a title, an axis title, an axis
 * category or a line title (the caller writes the quotes). An axis label cannot break a line: line
 * breaks become spaces.
 */
export function escapeXyChart(text: string): string {
    return linesOf(text).map(line => encodeLine(line)).join(' ');
}

/**
 * Mermaid `block-beta`: the text between the double quotes of a block label (the caller writes
 * `id["…"]`). Line breaks become `<br>` (the label is HTML).
 */
export function escapeBlock(text: string): string {
    return escapeBlockLines(blockLabelLines(text));
}

/** escapeBlock of a text already split into the lines it shows (blockLabelLines). */
export function escapeBlockLines(lines: readonly string[]): string {
    return lines.map(line => encodeLine(line)).join('<br>');
}

/**
 * The lines a block label shows, character for character, as escapeBlock writes them: what the
 * preview checks Mermaid drew (protocol/drawn-elements.ts, `DrawnView.labels`).
 */
export function blockLabelLines(text: string): string[] {
    return linesOf(text).map(closeBidi);
}

/** Where a text stands in a timeline. */
export type TimelineField = 'title' | 'section' | 'period' | 'event';

/**
 * Mermaid `timeline`: the title (and `accTitle`, `accDescr`), a section, a time period or an event.
 * Line breaks become `<br>` in periods and events (the timeline draws them as breaks), spaces in
 * the title and sections. A period starts a line, so a keyword at its start is made text.
 */
export function escapeTimeline(text: string, field: TimelineField): string {
    const lines = linesOf(text).map(line => encodeLine(line));
    const escaped = lines.join(field === 'period' || field === 'event' ? '<br>' : ' ');
    return field === 'period' ? protectLeadingKeyword(escaped) : escaped;
}

/**
 * User text for GitHub Markdown, shown as written: HTML-significant characters as entities, Markdown
 * punctuation backslash-escaped, `@` followed by a word joiner (no one is notified by a label), line
 * breaks as `<br>` in a table cell and spaces elsewhere.
 */
export function escapeMarkdownText(text: string, where: 'text' | 'cell' = 'text'): string {
    return normalizeText(text).split('\n').map(line => escapeMarkdownInline(line.trim())).filter(line => line !== '').join(where === 'cell' ? '<br>' : ' ');
}

/** One line of text, escaped as escapeMarkdownText does, spaces kept. */
export function escapeMarkdownInline(text: string): string {
    return normalizeText(text).replace(/\n/g, ' ')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]~|#!]/g, char => `\\${char}`)
        .replace(/@/g, '@\u2060');
}
