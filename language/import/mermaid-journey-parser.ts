import * as l10n from '@vscode/l10n';
import { MermaidSyntaxError } from './mermaid-syntax-error.js';
import { preprocessDiagram } from './mermaid-preprocess.js';
import type { MappedText } from './mapped-text.js';

/**
 * Reads a Mermaid `journey` diagram the way Mermaid 12.3 reads it (its journey grammar, written anew
 * here: the same token rules, tried in the same order, first match wins, case-insensitive):
 * - `title TEXT`, `section TEXT`, `accTitle: TEXT`, `accDescr: TEXT`, `accDescr { … }`;
 * - a task `TEXT: DATA`: the text ends at the first `:`, `#` or `;`; DATA runs to the end of the line
 *   (or a `#`): its first `:`-piece is the score, the second the actors split at `,`, further pieces ignored;
 * - `#` and `%` start a comment at the start of a token, `;` is refused, line breaks are optional
 *   between statements (a statement ends where its token ends).
 * Texts are returned as Mermaid keeps them (untrimmed, entity codes protected); mermaid-text.ts makes labels of them.
 */

export interface MermaidTask {
    text: string;
    /** The score as written (Mermaid reads it with `Number`). */
    score: string;
    actors: string[];
    line: number;
}

export interface MermaidSection {
    /** undefined for the tasks written before the first section. */
    title?: string;
    line: number;
    tasks: MermaidTask[];
}

export interface MermaidJourney {
    /** The `title` line, else the front matter's `title:`. */
    title?: string;
    accTitle?: string;
    accDescr?: string;
    sections: MermaidSection[];
    /** `%%` and `#` comments, in order, with their lines. */
    comments: Array<{ text: string; line: number }>;
    /** Whether the diagram had display settings (a `%%{init}%%` directive, a front matter `config:`). */
    hasSettings: boolean;
    /** The line of `journey`. */
    line: number;
}

type TokenKind = 'comment' | 'newline' | 'space' | 'journey' | 'title' | 'accTitle' | 'accDescr' | 'accDescrBlock'
    | 'section' | 'taskName' | 'taskData' | 'colon' | 'end' | 'invalid';

interface Rule {
    kind: TokenKind;
    pattern: RegExp;
}

const rule = (kind: TokenKind, source: string): Rule => ({ kind, pattern: new RegExp(source, 'iy') });

/** Mermaid's journey token rules, in its order. */
const RULES: readonly Rule[] = [
    rule('comment', '%(?!\\{)[^\\n]*'),
    rule('comment', '[^}]%%[^\\n]*'),
    rule('newline', '\\n+'),
    rule('space', '\\s+'),
    rule('comment', '#[^\\n]*'),
    rule('journey', 'journey\\b'),
    rule('title', 'title\\s[^#\\n;]+'),
    rule('accTitle', 'accTitle\\s*:\\s*'),
    rule('accDescr', 'accDescr\\s*:\\s*'),
    rule('accDescrBlock', 'accDescr\\s*\\{\\s*'),
    rule('section', 'section\\s[^#:\\n;]+'),
    rule('taskName', '[^#:\\n;]+'),
    rule('taskData', ':[^#\\n;]+'),
    rule('colon', ':'),
    rule('invalid', '[\\s\\S]')
];

interface Token {
    kind: TokenKind;
    text: string;
    line: number;
    /** For accTitle, accDescr and accDescrBlock: the value that follows. */
    value?: string;
}

/** The first rule that matches at `at` (Mermaid's lexer takes the first, not the longest). */
function firstMatch(text: string, at: number): { kind: TokenKind; text: string } {
    for (const { kind, pattern } of RULES) {
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (match) {
            return { kind, text: match[0] };
        }
    }
    return { kind: 'invalid', text: text[at] };
}

function* tokens(body: MappedText): Generator<Token> {
    const text = body.text;
    let at = 0;
    while (at < text.length) {
        const found = firstMatch(text, at);
        const token: Token = { kind: found.kind, text: found.text, line: body.lineAt(found.kind === 'comment' && text[at] !== '%' && text[at] !== '#' ? at + 1 : at) };
        at += token.text.length;
        if (token.kind === 'accTitle' || token.kind === 'accDescr') {
            // The value is the rest of the line.
            const end = text.indexOf('\n', at);
            token.value = text.slice(at, end < 0 ? text.length : end);
            at += token.value.length;
        } else if (token.kind === 'accDescrBlock') {
            // The value runs to the next `}` (or to the end: Mermaid accepts an unclosed block).
            const end = text.indexOf('}', at);
            token.value = text.slice(at, end < 0 ? text.length : end);
            at += token.value.length + (end < 0 ? 0 : 1);
        }
        yield token;
    }
    yield { kind: 'end', text: '', line: body.lineAt(text.length) };
}

/** Parses one Mermaid diagram's text (starting at line `firstLine` of its file); throws MermaidSyntaxError where Mermaid would refuse it. */
export function parseMermaidJourney(source: string, firstLine = 1): MermaidJourney {
    const { body, frontMatterTitle, hasSettings, comments } = preprocessDiagram(source, firstLine);
    const journey: MermaidJourney = { title: frontMatterTitle, sections: [], comments, hasSettings, line: body.lineAt(0) };
    const stream = tokens(body);
    const next = (): Token => {
        for (;;) {
            const token = stream.next().value as Token;
            if (token.kind === 'comment') {
                const text = token.text.replace(/^[^%#]?(?:%+|#)/, '').trim();
                comments.push({ text, line: token.line });
            } else if (token.kind !== 'space') {
                return token;
            }
        }
    };
    const first = next();
    if (first.kind !== 'journey') {
        throw new MermaidSyntaxError(l10n.t('a journey diagram starts with the word `journey`'), first.line);
    }
    journey.line = first.line;
    let section: MermaidSection | undefined;
    for (let token = next(); token.kind !== 'end'; token = next()) {
        switch (token.kind) {
            case 'newline':
                break;
            case 'title':
                journey.title = token.text.slice('title '.length);
                break;
            case 'accTitle':
                journey.accTitle = token.value!.trim();
                break;
            case 'accDescr':
            case 'accDescrBlock':
                journey.accDescr = token.value!.trim();
                break;
            case 'section':
                section = { title: token.text.slice('section '.length), line: token.line, tasks: [] };
                journey.sections.push(section);
                break;
            case 'taskName': {
                const data = next();
                if (data.kind !== 'taskData') {
                    throw new MermaidSyntaxError(taskWithoutData(token.text.trim(), data), token.line);
                }
                if (!section) {
                    section = { line: token.line, tasks: [] };
                    journey.sections.push(section);
                }
                const [score, actors] = data.text.slice(1).split(':');
                section.tasks.push({ text: token.text, score, actors: actors === undefined ? [] : actors.split(',').map(actor => actor.trim()), line: token.line });
                break;
            }
            default:
                throw new MermaidSyntaxError(unexpected(token), token.line);
        }
    }
    comments.sort((a, b) => a.line - b.line);
    return journey;
}

function shownToken(text: string): string {
    const line = text.split('\n')[0].trim();
    return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

function taskWithoutData(task: string, next: Token): string {
    const shown = shownToken(task);
    switch (next.kind) {
        case 'colon':
            return l10n.t('"{0}" is read as a task, but nothing follows its ":" (write a score: "{0}: 3: Actor")', shown);
        case 'invalid':
            return l10n.t('"{0}" is read as a task, but it is followed by "{1}", which Mermaid refuses (write ";" as #59; and "#" as #35;)', shown, next.text);
        default:
            return l10n.t('"{0}" is read as a task, but it has no ":" and score (write "{0}: 3: Actor"; a "#" starts a comment, write it as #35;)', shown);
    }
}

function unexpected(token: Token): string {
    switch (token.kind) {
        case 'journey':
            return l10n.t('a second `journey`: a diagram has one (a task cannot start with the word "journey")');
        case 'taskData':
            return l10n.t('"{0}" has no task text before its ":" (a section title ends at the first ":")', shownToken(token.text));
        case 'colon':
            return l10n.t('a ":" with nothing before or after it');
        default:
            return l10n.t('Mermaid refuses "{0}" here (write ";" as #59; and "#" as #35;)', shownToken(token.text));
    }
}
