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
                return isNfcStable(input) ? input : input.normalize('NFC');
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
    if (!body.includes('\\')) {
        return body;
    }
    return body.replace(/\\(.)/gu, (whole, char: string) => ESCAPES[char] ?? whole);
}

/**
 * Whether a name is already in NFC without asking ICU (String.normalize costs more than the rest of
 * reading a name): characters below U+0300 and precomposed Latin (U+1E00–U+1EFF, Vietnamese) are
 * NFC, and with no combining mark after them, nothing composes.
 */
function isNfcStable(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
            return false;
        }
    }
    return true;
}
