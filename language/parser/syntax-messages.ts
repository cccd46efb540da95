import type { IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, DefaultLexerErrorMessageProvider } from 'langium';

/**
 * Syntax errors (JM001) in a business analyst's words: what was expected at this place of a map,
 * never a dump of token names.
 */

const JOURNEY_SETTINGS = ['type', 'persona', 'model', 'goal', 'research', 'improves', 'language'];

/** What may come next inside each block, when the parser wanted its closing brace. */
const BLOCK_CONTENTS: Readonly<Record<string, string>> = {
    Persona: 'a persona line (`description`, `goal`, `need`, `frustration`, `quote`) or `}`',
    Journey: 'a journey setting (`type`, `persona`, `model`, `goal`, `research`, `improves`), a `stage`, an `opportunity` or `}`',
    Stage: 'a `touchpoint` or `}` to close the stage',
    Touchpoint: 'a touchpoint line (`channel`, `persona`, `action`, `thought`, `emotion`, `pain`, `barrier`, `metric`, `frontstage`, `backstage`, `support`, `evidence`, `time`) or `}`',
    Opportunity: 'an opportunity line (`fixes`, `owner`, `impact`, `resource`) or `}`'
};

/** What a rule stands for, when none of its alternatives fits. */
const RULE_CONTENTS: Readonly<Record<string, string>> = {
    Workspace: '`persona`, `channel` or `journey` at the top level',
    Declaration: '`persona`, `channel` or `journey` at the top level',
    Name: 'a name (letters, digits, `_` or `-`, not starting with a digit)',
    ChannelKind: 'a channel kind: web, mobile, social, email, chat, phone, store, ads, event, review, word-of-mouth or other',
    MapType: 'a map type: current, future, day-in-the-life or blueprint',
    StageModel: 'a stage model: AIDA, ACC, ACCSR, ACPRA or ACCRA',
    MapLanguage: 'the language the map is written in: en or vi',
    Level: 'low, medium or high',
    EmotionLine: 'an emotion score from 1 to 5 and/or a mood word (e.g. `emotion 4 curious`)',
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
            return `Journey settings such as \`${actual.image}\` go before the first stage: move this line up.`;
        }
        const what = expected.name === '}' && BLOCK_CONTENTS[ruleName] ? BLOCK_CONTENTS[ruleName]
            // After the last declaration only another may come; a stray `}` there is the end of what was expected.
            : expected.name === 'EOF' && actual.image !== '}' ? RULE_CONTENTS.Workspace
            : describeToken(expected, previous);
        return `Expected ${what} here, but found ${describeActual(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Expected ${RULE_CONTENTS.Workspace} here, but found ${describeActual(firstRedundant)}.`;
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const what = RULE_CONTENTS[plainRuleName(ruleName)] ?? listFirstTokens(expectedPathsPerAlt.flat(), previous);
        return `Expected ${what} here, but found ${describeActual(actual[0])}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const what = RULE_CONTENTS[plainRuleName(ruleName)] ?? listFirstTokens(expectedIterationPaths, previous);
        return `Expected ${what} here, but found ${describeActual(actual[0])}.`;
    }
}

/** Langium suffixes its Chevrotain rule names with a zero-width space. */
function plainRuleName(ruleName: string): string {
    return ruleName.replace(/\u200B$/, '');
}

function describeToken(token: TokenType, previous?: IToken): string {
    switch (token.name) {
        case 'ID': return previous?.image ? `a name after \`${previous.image}\`` : RULE_CONTENTS.Name;
        case 'STRING': return 'a text in double quotes, like "Checks out"';
        case 'NUMBER': return 'a number';
        case 'EOF': return 'the end of the file';
        default: return `\`${token.name}\``;
    }
}

function listFirstTokens(paths: TokenType[][], previous: IToken): string {
    const words = [...new Set(paths.map(path => path[0]).filter(Boolean).map(token => describeToken(token, previous)))];
    if (words.length <= 1) {
        return words[0] ?? 'something else';
    }
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function describeActual(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') {
        return 'the end of the file';
    }
    const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
    return `\`${image}\``;
}

/** A misspelt keyword, read as the keyword meant (keyword-typos.ts). */
export function keywordTypoMessage(written: string, keyword: string): string {
    return `\`${written}\` is not a keyword: did you mean \`${keyword}\`?`;
}

/** A label in curly quotes (journey-lexer.ts). */
export function curlyQuotesMessage(opening: string, closing: string): string {
    return `Curly quotes \`${opening}…${closing}\`: a label is written between straight double quotes, \`"…"\`.`;
}

/** A `}` too many, read past (keyword-typos.ts). */
export function braceTooManyMessage(): string {
    return 'This `}` is one too many: the lines after it still belong to the block it would close. Remove it.';
}

/** A block whose `}` is missing (unclosed-blocks.ts): where it began, and the line after which its `}` goes. */
export function unclosedBlockMessage(kind: string, name: string | undefined, startLine: number, lastLine: number): string {
    const what = name === undefined ? `This ${kind}` : `${kind[0].toUpperCase()}${kind.slice(1)} \`${name}\``;
    return `${what} (line ${startLine}) is never closed: add its \`}\` after line ${lastLine}.`;
}

/** A line after a `}` too many (unclosed-blocks.ts): which block that `}` closed early. */
export function closedEarlyMessage(found: string, kind: string, name: string | undefined, startLine: number, braceLine: number): string {
    const what = name === undefined ? `the ${kind}` : `${kind} \`${name}\``;
    return `\`${found}\` is outside ${what} (line ${startLine}): the \`}\` on line ${braceLine} closes it early. Remove that \`}\`.`;
}

export class JourneyLexerMessages extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const rest = fullText.slice(startOffset);
        if (rest.startsWith('"')) {
            return 'This text has no closing `"`: a label starts and ends with `"` on the same line (write `\\"` for a quote inside it).';
        }
        if (rest.startsWith('/*')) {
            return 'This comment is never closed: end it with `*/`.';
        }
        const chars = fullText.substr(startOffset, Math.min(length, 20));
        return `Unexpected \`${chars}\`: names use letters, digits, \`_\` and \`-\`, and texts go in double quotes.`;
    }
}
