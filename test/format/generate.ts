import fc from 'fast-check';

/**
 * Random valid `.journey` documents for the formatter's property tests: a tree of statements
 * (personas, channels, journeys with headers, stages, touchpoints and opportunities), printed
 * with random whitespace, line breaks and comments between every two tokens.
 */

/** A statement: its words, and its body (`undefined`: no braces; `[]`: an empty `{}`). */
export interface Statement {
    words: string[];
    body?: Statement[];
}

const name = fc.constantFrom('lan', 'minh', 'chị_Lan', 'mẹ_Hoa', 'nhận_biết', 'x-1', '_tmp', 'a1', 'Zalo_OA',
    // keywords are names too
    'action', 'web', 'stage', 'touchpoint', 'emotion', 'persona', 'high', 'AIDA', 'metric');
const label = fc.constantFrom('"Lan"', '"Chị Lan, nhân viên 👩‍💼"', '"say \\"hi\\""', '"a\\\\b"', '"line\\nbreak"', '"tab\\there"',
    '"odd \\q"', '"{ } , // not a comment"', '"/* nor this */"', '""', '"  spaced  "', '"🎁🎂 quà"', '"38 %"');
const mood = fc.constantFrom('happy', 'angry', 'tò_mò', 'curious');
const number = fc.constantFrom('3', '12000', '-2', '0.5', '38%', '-0.5%');
const level = fc.constantFrom('low', 'medium', 'high');

const opt = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.option(arbitrary, { nil: undefined }).map(value => value === undefined ? [] : [value]);
const list = fc.array(name, { minLength: 1, maxLength: 3 }).map(names => names.flatMap((n, i) => i === 0 ? [n] : [',', n]));
const line = (...words: Array<fc.Arbitrary<string[]> | string>): fc.Arbitrary<Statement> =>
    fc.tuple(...words.map(word => typeof word === 'string' ? fc.constant([word]) : word)).map(parts => ({ words: parts.flat() }));
const one = (arbitrary: fc.Arbitrary<string>) => arbitrary.map(word => [word]);
/** An optional body of statements. */
const body = (lines: fc.Arbitrary<Statement>, maxLength: number) => fc.option(fc.array(lines, { maxLength }), { nil: undefined });

const personaField = line(one(fc.constantFrom('description', 'goal', 'need', 'frustration', 'quote')), one(label));
const persona = fc.tuple(line('persona', one(name), opt(label)), body(personaField, 3)).map(([head, fields]) => ({ ...head, body: fields }));
const channel = line('channel', one(name), opt(label), opt(fc.constantFrom('web', 'chat', 'word-of-mouth', 'other')));

const header = fc.oneof(
    line('type', one(fc.constantFrom('current', 'future', 'day-in-the-life', 'blueprint'))),
    line('persona', list),
    line('model', one(fc.constantFrom('AIDA', 'ACC', 'ACCSR'))),
    line(one(fc.constantFrom('goal', 'research')), one(label)),
    line('improves', one(name))
);
const touchpointLine = fc.oneof(
    line('channel', one(name)),
    line('persona', list),
    line(one(fc.constantFrom('action', 'thought', 'barrier', 'frontstage', 'backstage', 'support', 'evidence', 'time')), one(label)),
    line('emotion', one(fc.constantFrom('1', '3', '5')), opt(mood)),
    line('emotion', one(mood)),
    line('pain', one(name), opt(label), opt(level).map(words => words.length ? ['severity', ...words] : [])),
    line('metric', one(name), one(number)),
    line('metric', one(name), one(fc.constantFrom('38', '7', '-1.25')), '%')
);
const touchpoint = fc.tuple(line('touchpoint', one(name), opt(label)), body(touchpointLine, 5)).map(([head, lines]) => ({ ...head, body: lines }));
const stage = fc.tuple(line('stage', one(name), opt(label)), fc.array(touchpoint, { maxLength: 3 })).map(([head, touchpoints]) => ({ ...head, body: touchpoints }));
const opportunityLine = fc.oneof(line('fixes', list), line(one(fc.constantFrom('owner', 'resource')), one(label)), line('impact', one(level)));
const opportunity = fc.tuple(line('opportunity', one(name), opt(label)), body(opportunityLine, 3)).map(([head, lines]) => ({ ...head, body: lines }));
const journey = fc.tuple(line('journey', one(name), opt(label)), fc.array(header, { maxLength: 4 }), fc.array(fc.oneof(stage, opportunity), { maxLength: 4 }))
    .map(([head, headers, items]) => ({ ...head, body: [...headers, ...items] }));

/** A document: its top-level declarations. */
export const documentArbitrary: fc.Arbitrary<Statement[]> = fc.array(fc.oneof(persona, channel, journey), { maxLength: 4 });

/** The tokens of a document, `{` and `}` included, in order. */
export function tokensOf(statements: readonly Statement[]): string[] {
    return statements.flatMap(statement => [...statement.words, ...(statement.body ? ['{', ...tokensOf(statement.body), '}'] : [])]);
}

/** What may stand between two tokens: whitespace, line breaks, comments. */
const separator = fc.constantFrom(
    ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\n  ', '\n\n', '\n\n\n    ', ' \n\t ', '\r\n',
    ' /* c */ ', '/*x*/', ' // note\n', '// ghi chú 📝   \n', '\n  // own line\n', '\n\n// after a blank\n\n',
    '\n/* multi\n     line   \n*/\n', ' /* a */ /* b */\n', '\n/* lead */ ', ' /* with // inside */ ', ' // with /* inside\n'
);
/** Tokens that may touch their neighbour with no space at all. */
const glue = (word: string) => ['{', '}', ',', '%'].includes(word) || word.startsWith('"');

/** A document printed with random separators between its tokens (and before and after them). */
export const messyDocumentArbitrary: fc.Arbitrary<string> = documentArbitrary.chain(statements => {
    const tokens = tokensOf(statements);
    return fc.tuple(fc.array(separator, { minLength: tokens.length + 1, maxLength: tokens.length + 1 }), fc.array(fc.boolean(), { minLength: tokens.length + 1, maxLength: tokens.length + 1 }))
        .map(([separators, tight]) => {
            let text = separators[0];
            tokens.forEach((token, i) => {
                const next = tokens[i + 1];
                // No space at all where that cannot join two words into one.
                const none = next !== undefined && tight[i + 1] && (glue(token) || glue(next));
                text += token + (none ? '' : separators[i + 1]);
            });
            return text;
        });
});
