import type { CstNode, GrammarAST, ValueType } from 'langium';
import { DefaultValueConverter } from 'langium';

/**
 * Names are compared after Unicode NFC normalisation, so a name typed in decomposed form
 * (as some Vietnamese keyboards produce) is the same name. Labels keep their escapes:
 * `\"`, `\\`, `\n`, `\t`; any other backslash stays as written.
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'ID':
            case 'Name':
                return input.normalize('NFC');
            case 'STRING':
                return unquoteLabel(input);
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', 'n': '\n', 't': '\t' };

/** The text of a quoted label: escapes resolved, other backslashes kept. */
export function unquoteLabel(quoted: string): string {
    const body = quoted.slice(1, -1);
    return body.replace(/\\(.)/gu, (whole, char: string) => ESCAPES[char] ?? whole);
}
