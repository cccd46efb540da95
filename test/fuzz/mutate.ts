import fc from 'fast-check';
import { HOSTILE_LABELS, quote } from '../views/hostile-labels.js';

/**
 * Random mutations of real maps (the examples): what a half-typed or badly pasted file looks like.
 * A mutation works on the text's tokens as a rough lexer sees them (labels, comments, words, numbers,
 * punctuation, white space): delete, duplicate, swap or replace tokens, truncate, insert random Unicode,
 * unbalanced quotes and comments, very long lines. Each case says what was done, for a readable failure.
 */

/** Labels, comments, white space, words, numbers, punctuation, any other character. */
const TOKEN = /"(?:\\.|[^"\\\r\n])*"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|\s+|[\p{L}_][\p{L}\p{M}\p{N}_-]*|-?\d+(?:\.\d+)?%?|[\s\S]/gu;

export interface Token {
    text: string;
    start: number;
}

export function tokenize(text: string): Token[] {
    return [...text.matchAll(TOKEN)].map(match => ({ text: match[0], start: match.index }));
}

/** The tokens that are not white space. */
export function words(text: string): Token[] {
    return tokenize(text).filter(token => /\S/u.test(token.text));
}

const KEYWORDS = ['persona', 'channel', 'journey', 'type', 'model', 'goal', 'research', 'improves', 'stage', 'touchpoint',
    'action', 'thought', 'emotion', 'pain', 'severity', 'barrier', 'metric', 'frontstage', 'backstage', 'support', 'evidence', 'time',
    'opportunity', 'fixes', 'owner', 'impact', 'resource', 'description', 'need', 'frustration', 'quote',
    'current', 'future', 'day-in-the-life', 'blueprint', 'AIDA', 'ACCSR', 'web', 'word-of-mouth', 'high', 'low'];

/** What a replaced or inserted token may be. */
const vocabulary = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 3, arbitrary: fc.constantFrom('{', '}', ',', '%', '"', '\\', '/*', '*/', '//', '\n', '\r\n', '\r', '{}', '}}', '{{', ' ') },
    { weight: 2, arbitrary: fc.constantFrom('0', '1', '5', '6', '-3', '38%', '1.5', '99999999999999999999', '-0', '007', '3.') },
    { weight: 2, arbitrary: fc.constantFrom('lan', 'chị_Lan', 'x-1', '_', 'a\u0301', 'ά', '𝒳', 'Ω_1', 'minh', 'happy', 'angry', 'tò_mò') },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_LABELS.map(entry => quote(entry.label))) },
    { weight: 1, arbitrary: fc.constantFrom('"unterminated', '/* never closed', '"a\\', '"\\"', '""""', '"\n"') }
);

/** Characters that often break tools: controls, lone surrogates, line and paragraph separators, bidi controls, BOM. */
const nastyChar = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ud800', '\udc00',
    '\ud83d', '\ufeff', '\ufffd', '\uffff', '\u202e', '\u2066', '\u200b', '\u200d', '\u0301', '\u0e33', '🎁', '👩‍👩‍👧', '\t', '\v', '\f');

/** Random Unicode text: any code point (lone surrogates included), or a run of nasty characters. */
const unicodeText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.array(nastyChar, { minLength: 1, maxLength: 6 }).map(chars => chars.join(''))
);

/** A very long line: a long word, a long label, a long list, or many statements on one line. */
const longLine = fc.tuple(fc.constantFrom('word', 'label', 'list', 'statements', 'spaces', 'comment'), fc.integer({ min: 1_000, max: 20_000 }))
    .map(([kind, length]) => {
        switch (kind) {
            case 'word': return ` ${'w'.repeat(length)} `;
            case 'label': return ` "${'L'.repeat(length)}" `;
            case 'list': return ` persona ${Array.from({ length: length / 10 }, (_, i) => `p${i}`).join(', ')} `;
            case 'statements': return ' ' + 'action "a" '.repeat(length / 11);
            case 'spaces': return ' '.repeat(length);
            default: return ` // ${'c'.repeat(length)}\n`;
        }
    });

/** One mutation: a description and what it does to a text. */
export interface Mutation {
    describe: string;
    apply(text: string): string;
}

const at = (list: readonly unknown[], position: number) => list.length === 0 ? 0 : position % list.length;

const deleteToken = fc.nat().map((position): Mutation => ({
    describe: `delete word #${position}`,
    apply: text => {
        const list = words(text);
        const token = list[at(list, position)];
        return token ? text.slice(0, token.start) + text.slice(token.start + token.text.length) : text;
    }
}));

const duplicateToken = fc.nat().map((position): Mutation => ({
    describe: `duplicate word #${position}`,
    apply: text => {
        const list = words(text);
        const token = list[at(list, position)];
        return token ? text.slice(0, token.start) + token.text + ' ' + text.slice(token.start) : text;
    }
}));

const swapTokens = fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => ({
    describe: `swap words #${a} and #${b}`,
    apply: text => {
        const list = words(text);
        if (list.length < 2) {
            return text;
        }
        const [first, second] = [list[at(list, a)], list[at(list, b)]].sort((x, y) => x.start - y.start);
        if (first === second) {
            return text;
        }
        return text.slice(0, first.start) + second.text + text.slice(first.start + first.text.length, second.start) + first.text + text.slice(second.start + second.text.length);
    }
}));

const replaceToken = fc.tuple(fc.nat(), vocabulary).map(([position, word]): Mutation => ({
    describe: `replace word #${position} with ${JSON.stringify(word)}`,
    apply: text => {
        const list = words(text);
        const token = list[at(list, position)];
        return token ? text.slice(0, token.start) + word + text.slice(token.start + token.text.length) : word;
    }
}));

const insertAt = (what: string, arbitrary: fc.Arbitrary<string>) => fc.tuple(fc.nat(), arbitrary).map(([position, inserted]): Mutation => ({
    describe: `insert ${what} ${JSON.stringify(inserted.length > 60 ? inserted.slice(0, 57) + '…' : inserted)} at offset ~${position}`,
    apply: text => {
        const offset = position % (text.length + 1);
        return text.slice(0, offset) + inserted + text.slice(offset);
    }
}));

const truncate = fc.nat().map((position): Mutation => ({
    describe: `truncate at offset ~${position}`,
    apply: text => text.slice(0, position % (text.length + 1))
}));

const deleteRange = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 400 })).map(([position, length]): Mutation => ({
    describe: `delete ${length} characters at offset ~${position}`,
    apply: text => {
        const offset = position % (text.length + 1);
        return text.slice(0, offset) + text.slice(offset + length);
    }
}));

const moveLines = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 }), fc.nat()).map(([from, count, to]): Mutation => ({
    describe: `move ${count} lines from line ~${from} to line ~${to}`,
    apply: text => {
        const lines = text.split('\n');
        const start = from % lines.length;
        const moved = lines.splice(start, count);
        lines.splice(to % (lines.length + 1), 0, ...moved);
        return lines.join('\n');
    }
}));

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 4, arbitrary: deleteToken },
    { weight: 2, arbitrary: duplicateToken },
    { weight: 2, arbitrary: swapTokens },
    { weight: 4, arbitrary: replaceToken },
    { weight: 2, arbitrary: truncate },
    { weight: 2, arbitrary: deleteRange },
    { weight: 1, arbitrary: moveLines },
    { weight: 3, arbitrary: insertAt('Unicode', unicodeText) },
    { weight: 2, arbitrary: insertAt('word', vocabulary) },
    { weight: 1, arbitrary: insertAt('a long line', longLine) }
);

export interface MutatedFile {
    /** The example it comes from. */
    file: string;
    /** What was done to it, in order. */
    mutations: string[];
    text: string;
}

/** An example file with one to `max` random mutations. */
export function mutatedExampleArbitrary(examples: Record<string, string>, max = 3): fc.Arbitrary<MutatedFile> {
    return fc.tuple(fc.constantFrom(...Object.keys(examples)), fc.array(mutationArbitrary, { minLength: 1, maxLength: max }))
        .map(([file, mutations]) => ({
            file,
            mutations: mutations.map(mutation => mutation.describe),
            text: mutations.reduce((text, mutation) => mutation.apply(text), examples[file])
        }));
}

/** Layout-only changes of a text that keep it valid: white space between words changed, comments kept. */
export function relayoutArbitrary(text: string): fc.Arbitrary<string> {
    const tokens = tokenize(text);
    const gaps = tokens.filter(token => /^\s+$/u.test(token.text)).length;
    return fc.array(fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', ' \n  ', '\r\n', '\n        '), { minLength: gaps, maxLength: gaps }).map(choices => {
        let i = 0;
        return tokens.map((token, index) => {
            if (!/^\s+$/u.test(token.text)) {
                return token.text;
            }
            const choice = choices[i++];
            // A line comment must keep its line break.
            const previous = tokens[index - 1];
            return previous?.text.startsWith('//') && !/[\r\n]/.test(choice) ? '\n' : choice;
        }).join('');
    });
}
