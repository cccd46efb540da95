import type { IOrAlt, IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { AstNode, LangiumCoreServices, LexerResult, ParseResult, ParserOptions } from 'langium';
import { AstUtils, createParser, GrammarAST, LangiumParser } from 'langium';
import { linkContainersAndRemember } from '../ast-walk.js';
import { type Parsed, readKeywordTypos } from './keyword-typos.js';
import { recoverAtLines } from './line-recovery.js';
import { joinSpacedMoods } from './spaced-moods.js';
import { reportUnclosedBlocks } from './unclosed-blocks.js';

type RuleImpl = Parameters<LangiumParser['rule']>[1];
type RuleResult = ReturnType<LangiumParser['rule']>;

/** A keyword that is a word (not `{`, `,` or `%`). */
const WORD = /^\p{L}[\p{L}-]*$/u;

/** The arguments of a rule without parameters: never read. */
const NO_ARGUMENTS = Object.freeze({});

/** The members of Langium's parser (langium 4.4.0, pinned) that parse() uses and Langium keeps private. */
interface LangiumParserInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void };
    lexerResult: LexerResult | undefined;
    doParse(rule: RuleResult): AstNode;
}

/**
 * Langium's parser, built from the grammar by Langium, with two changes.
 *
 * parse() links each node to its container in one walk that also records the tree's nodes in document
 * order for the build's passes (ast-walk.ts). Langium's parse() does the linking with
 * `Object.entries` and a closure per node: profiled on 10,000 touchpoints, a tenth of the parse time
 * and a sixth of all the memory a build allocates; the collecting walk of the passes came on top.
 *
 * A rule that is a plain
 * choice (`Name: ID | 'persona' | …`, `TouchpointLine: ChannelLine | PersonaLine | …`) offers the
 * same choices to Chevrotain from one array built once, where Langium's parser builder makes a new
 * array of new choice objects and closures on every call (it passes rule arguments through them).
 * Profiled on 10,000 touchpoints: 44% of all the memory a build allocates came from there, the
 * 60-way `Name` rule first of all; its collection was a fifth of the build. The choices, their
 * indices (the ones Langium's builder gives, in the same order) and what each consumes are the same.
 */
export class JourneyParser extends LangiumParser {
    private readonly tokens: TokenTypeDictionary;
    /** The words of the language (`touchpoint`, `web`, `AIDA`, …) and their tokens: what a misspelt keyword may have meant. */
    private readonly keywords: ReadonlyMap<string, TokenType>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.tokens = services.parser.Lexer.definition as TokenTypeDictionary;
        const words = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => WORD.test(value));
        this.keywords = new Map(words.toArray().map(word => [word, this.token(word)]));
    }

    /** What LangiumParser.parse does, with the container walk above; misspelt keywords are read as meant (keyword-typos.ts), a missing `}` reported at its block (unclosed-blocks.ts). */
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const internals = this as unknown as LangiumParserInternals;
        const lexerResult = this.lexer.tokenize(input);
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const parseTokens = (): Parsed<AstNode> => {
            internals.nodeBuilder.buildRootNode(input);
            // Langium takes the comments it places out of this list: each parse gets its own copy.
            const hidden = [...lexerResult.hidden];
            internals.lexerResult = { ...lexerResult, hidden };
            this.wrapper.input = lexerResult.tokens;
            const value = internals.doParse(ruleMethod);
            internals.nodeBuilder.addHiddenNodes(hidden);
            this.unorderedGroups.clear();
            internals.lexerResult = undefined;
            return { value, errors: this.wrapper.errors };
        };
        const spacedMoods = joinSpacedMoods(lexerResult.tokens, this.keywords.get('emotion'), this.tokens.NUMBER, this.tokens.ID);
        const read = readKeywordTypos(lexerResult.tokens, this.keywords, this.tokens.ID, parseTokens);
        const value = read.value;
        const errors = spacedMoods.length === 0 ? read.errors : [...read.errors, ...spacedMoods].sort((a, b) => a.token.startOffset - b.token.startOffset);
        linkContainersAndRemember(value);
        const parserErrors = errors.length > 0 ? reportUnclosedBlocks(value, errors) : errors;
        return { value: value as T, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors };
    }

    override rule(rule: GrammarAST.ParserRule | GrammarAST.InfixRule, impl: RuleImpl): RuleResult {
        return super.rule(rule, this.plainChoice(rule) ?? impl);
    }

    /** The implementation of a rule made of one choice between keywords, terminals and calls of rules without parameters. */
    private plainChoice(rule: GrammarAST.ParserRule | GrammarAST.InfixRule): RuleImpl | undefined {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || rule.parameters.length > 0) {
            return undefined;
        }
        const definition = rule.definition;
        if (!GrammarAST.isAlternatives(definition) || definition.cardinality || definition.elements.length < 2) {
            return undefined;
        }
        // Langium's builder numbers consumptions and rule calls per rule, in the order of the elements.
        let consume = 1;
        let subrule = 1;
        const choices: Array<IOrAlt<unknown>> = [];
        for (const element of definition.elements) {
            if (element.cardinality) {
                return undefined;
            }
            if (GrammarAST.isKeyword(element)) {
                const token = this.token(element.value);
                const idx = consume++;
                choices.push({ ALT: () => this.consume(idx, token, element) });
            } else if (GrammarAST.isRuleCall(element) && GrammarAST.isTerminalRule(element.rule.ref)) {
                const token = this.token(element.rule.ref.name);
                const idx = consume++;
                choices.push({ ALT: () => this.consume(idx, token, element) });
            } else if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && !element.rule.ref.fragment
                && element.rule.ref.parameters.length === 0 && element.arguments.length === 0) {
                const name = element.rule.ref.name;
                const idx = subrule++;
                let called: RuleResult | undefined;
                choices.push({ ALT: () => this.subrule(idx, called ??= this.calledRule(name), false, element, NO_ARGUMENTS) });
            } else {
                return undefined;
            }
        }
        return () => this.alternatives(1, choices);
    }

    private token(name: string): TokenType {
        const token = this.tokens[name];
        if (!token) {
            throw new Error(`No token for ${name}`);
        }
        return token;
    }

    private calledRule(name: string): RuleResult {
        const called = this.getRule(name);
        if (!called) {
            throw new Error(`Rule "${name}" not found.`);
        }
        return called;
    }
}

/** Langium's createLangiumParser, with the parser above and recovery at lines (line-recovery.ts; parser-safety.ts makes it safe for any text: journey-module.ts). */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new JourneyParser(services), services.parser.Lexer.definition as TokenTypeDictionary);
    parser.finalize();
    recoverAtLines(parser);
    return parser;
}
