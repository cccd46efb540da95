import type { IOrAlt, TokenType, TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices } from 'langium';
import { createParser, GrammarAST, LangiumParser } from 'langium';

type RuleImpl = Parameters<LangiumParser['rule']>[1];
type RuleResult = ReturnType<LangiumParser['rule']>;

/** The arguments of a rule without parameters: never read. */
const NO_ARGUMENTS = Object.freeze({});

/**
 * Langium's parser, built from the grammar by Langium, with one change: a rule that is a plain
 * choice (`Name: ID | 'persona' | …`, `TouchpointLine: ChannelLine | PersonaLine | …`) offers the
 * same choices to Chevrotain from one array built once, where Langium's parser builder makes a new
 * array of new choice objects and closures on every call (it passes rule arguments through them).
 * Profiled on 10,000 touchpoints: 44% of all the memory a build allocates came from there, the
 * 60-way `Name` rule first of all; its collection was a fifth of the build. The choices, their
 * indices (the ones Langium's builder gives, in the same order) and what each consumes are the same.
 */
export class JourneyParser extends LangiumParser {
    private readonly tokens: TokenTypeDictionary;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.tokens = services.parser.Lexer.definition as TokenTypeDictionary;
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

/** Langium's createLangiumParser, with the parser above (parser-safety.ts makes it safe for any text: journey-module.ts). */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new JourneyParser(services), services.parser.Lexer.definition as TokenTypeDictionary);
    parser.finalize();
    return parser;
}
