import * as l10n from '@vscode/l10n';
import type { IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, DefaultLexerErrorMessageProvider } from 'langium';

/**
 * Syntax errors (JM001) in a business analyst's words: what was expected at this place of a map,
 * never a dump of token names.
 */

const JOURNEY_SETTINGS = ['type', 'persona', 'model', 'goal', 'research', 'improves', 'language'];

// The words are functions: the reader's language is chosen after this module loads (language/l10n.ts).

/** What may come next inside each block, when the parser wanted its closing brace. */
const BLOCK_CONTENTS: Readonly<Record<string, () => string>> = {
    Persona: () => l10n.t('a persona line (`description`, `goal`, `need`, `frustration`, `quote`) or `}`'),
    Journey: () => l10n.t('a journey setting (`type`, `persona`, `model`, `goal`, `research`, `improves`), a `stage`, an `opportunity` or `}`'),
    Stage: () => l10n.t('a `touchpoint` or `}` to close the stage'),
    Touchpoint: () => l10n.t('a touchpoint line (`channel`, `persona`, `action`, `thought`, `emotion`, `pain`, `barrier`, `metric`, `frontstage`, `backstage`, `support`, `evidence`, `time`) or `}`'),
    Opportunity: () => l10n.t('an opportunity line (`fixes`, `owner`, `impact`, `resource`) or `}`')
};

/** What a rule stands for, when none of its alternatives fits. */
const RULE_CONTENTS: Readonly<Record<string, () => string>> = {
    Workspace: () => l10n.t('`persona`, `channel` or `journey` at the top level'),
    Declaration: () => l10n.t('`persona`, `channel` or `journey` at the top level'),
    Name: () => l10n.t('a name (letters, digits, `_` or `-`, not starting with a digit)'),
    ChannelKind: () => l10n.t('a channel kind: web, mobile, social, email, chat, phone, store, ads, event, review, word-of-mouth or other'),
    MapType: () => l10n.t('a map type: current, future, day-in-the-life or blueprint'),
    StageModel: () => l10n.t('a stage model: AIDA, ACC, ACCSR, ACPRA or ACCRA'),
    MapLanguage: () => l10n.t('the language the map is written in: en or vi'),
    Level: () => l10n.t('low, medium or high'),
    EmotionLine: () => l10n.t('an emotion score from 1 to 5 and/or a mood word (e.g. `emotion 4 curious`)'),
    PersonaFieldKind: BLOCK_CONTENTS.Persona,
    JourneyHeader: BLOCK_CONTENTS.Journey,
    TouchpointLine: BLOCK_CONTENTS.Touchpoint,
    OpportunityLine: BLOCK_CONTENTS.Opportunity,
    TextKind: BLOCK_CONTENTS.Touchpoint
};

export class JourneySyntaxMessages extends AbstractParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual, previous, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        ruleName = plainRuleName(ruleName);
        if (expected.name === '}' && ruleName === 'Journey' && JOURNEY_SETTINGS.includes(actual.image)) {
            return l10n.t('Journey settings such as `{0}` go before the first stage: move this line up.', actual.image);
        }
        const what = expected.name === '}' && BLOCK_CONTENTS[ruleName] ? BLOCK_CONTENTS[ruleName]()
            // After the last declaration only another may come; a stray `}` there is the end of what was expected.
            : expected.name === 'EOF' && actual.image !== '}' ? RULE_CONTENTS.Workspace()
            : describeToken(expected, previous);
        return expectedMessage(what, actual);
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return expectedMessage(RULE_CONTENTS.Workspace(), firstRedundant);
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const what = RULE_CONTENTS[plainRuleName(ruleName)]?.() ?? listFirstTokens(expectedPathsPerAlt.flat(), previous);
        return expectedMessage(what, actual[0]);
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const what = RULE_CONTENTS[plainRuleName(ruleName)]?.() ?? listFirstTokens(expectedIterationPaths, previous);
        return expectedMessage(what, actual[0]);
    }
}

function expectedMessage(what: string, actual: IToken | undefined): string {
    return l10n.t('Expected {0} here, but found {1}.', what, describeActual(actual));
}

/** Langium suffixes its Chevrotain rule names with a zero-width space. */
function plainRuleName(ruleName: string): string {
    return ruleName.replace(/\u200B$/, '');
}

function describeToken(token: TokenType, previous?: IToken): string {
    switch (token.name) {
        case 'ID': return previous?.image ? l10n.t('a name after `{0}`', previous.image) : RULE_CONTENTS.Name();
        case 'STRING': return l10n.t('a text in double quotes, like "Checks out"');
        case 'NUMBER': return l10n.t('a number');
        case 'EOF': return l10n.t('the end of the file');
        default: return `\`${token.name}\``;
    }
}

function listFirstTokens(paths: TokenType[][], previous: IToken): string {
    const words = [...new Set(paths.map(path => path[0]).filter(Boolean).map(token => describeToken(token, previous)))];
    if (words.length <= 1) {
        return words[0] ?? l10n.t('something else');
    }
    return l10n.t('{0} or {1}', words.slice(0, -1).join(', '), words[words.length - 1]);
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') {
        return l10n.t('the end of the file');
    }
    const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
    return `\`${image}\``;
}

/** A misspelt keyword, read as the keyword meant (keyword-typos.ts). */
export function keywordTypoMessage(written: string, keyword: string): string {
    return l10n.t('`{0}` is not a keyword: did you mean `{1}`?', written, keyword);
}

/** A mood of several words typed with spaces, read as the mood (spaced-moods.ts). */
export function spacedMoodMessage(written: string, mood: string): string {
    return l10n.t('The mood `{0}` is written with `_` between its words: `{1}`.', written, mood);
}

/** A label in curly quotes (journey-lexer.ts). */
export function curlyQuotesMessage(opening: string, closing: string): string {
    return l10n.t('Curly quotes `{0}…{1}`: a label is written between straight double quotes, `"…"`.', opening, closing);
}

/** A `}` too many, read past (keyword-typos.ts). */
export function braceTooManyMessage(): string {
    return l10n.t('This `}` is one too many: the lines after it still belong to the block it would close. Remove it.');
}

/** A block whose `}` is missing (unclosed-blocks.ts): where it began, and the line after which its `}` goes. */
export function unclosedBlockMessage(kind: string, name: string | undefined, startLine: number, lastLine: number): string {
    const word = blockWord(kind);
    return name === undefined
        ? l10n.t('This {0} (line {1}) is never closed: add its `}` after line {2}.', word, startLine, lastLine)
        : l10n.t('{0} `{1}` (line {2}) is never closed: add its `}` after line {3}.', `${word[0].toUpperCase()}${word.slice(1)}`, name, startLine, lastLine);
}

/** A line after a `}` too many (unclosed-blocks.ts): which block that `}` closed early. */
export function closedEarlyMessage(found: string, kind: string, name: string | undefined, startLine: number, braceLine: number): string {
    return name === undefined
        ? l10n.t('`{0}` is outside the {1} (line {2}): the `}` on line {3} closes it early. Remove that `}`.', found, blockWord(kind), startLine, braceLine)
        : l10n.t('`{0}` is outside {1} `{2}` (line {3}): the `}` on line {4} closes it early. Remove that `}`.', found, blockWord(kind), name, startLine, braceLine);
}

/** A block's kind (the keyword that opens it) in the reader's words. */
function blockWord(kind: string): string {
    switch (kind) {
        case 'persona': return l10n.t('persona');
        case 'journey': return l10n.t('journey');
        case 'stage': return l10n.t('stage');
        case 'touchpoint': return l10n.t('touchpoint');
        case 'opportunity': return l10n.t('opportunity');
        default: return kind;
    }
}

export class JourneyLexerMessages extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const rest = fullText.slice(startOffset);
        if (rest.startsWith('"')) {
            return l10n.t('This text has no closing `"`: a label starts and ends with `"` on the same line (write `\\"` for a quote inside it).');
        }
        if (rest.startsWith('/*')) {
            return l10n.t('This comment is never closed: end it with `*/`.');
        }
        const chars = fullText.substr(startOffset, Math.min(length, 20));
        return l10n.t('Unexpected `{0}`: names use letters, digits, `_` and `-`, and texts go in double quotes.', chars);
    }
}
