import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The folders whose TypeScript speaks to users: the language server, the CLI and the extension. */
export const SOURCE_FOLDERS = ['language', 'server', 'cli', 'client'];

export interface MessageKeys {
    /** Every English text given to `l10n.t` / `vscode.l10n.t`, the key of its translation. */
    keys: Set<string>;
    /** Calls whose text is not written in place (`file:line`): no catalogue can be checked for them. */
    dynamic: string[];
}

/** The keys of every `l10n.t('…')` and `vscode.l10n.t('…')` call in the sources, read with the TypeScript parser. */
export function messageKeys(root: string): MessageKeys {
    const keys = new Set<string>();
    const dynamic: string[] = [];
    for (const file of SOURCE_FOLDERS.flatMap(folder => typeScriptFiles(join(root, folder)))) {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node) && isTranslation(node.expression)) {
                const text = node.arguments[0];
                if (text && (ts.isStringLiteral(text) || ts.isNoSubstitutionTemplateLiteral(text))) {
                    keys.add(text.text);
                } else {
                    dynamic.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
                }
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    return { keys, dynamic };
}

/** `l10n.t` or `vscode.l10n.t`. */
function isTranslation(callee: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') {
        return false;
    }
    const owner = callee.expression;
    return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

function typeScriptFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        .map(entry => join(entry.parentPath, entry.name));
}

/** The placeholders of a message (`{0}`, `{1}`…), sorted: a translation must have the same. */
export function placeholders(message: string): string[] {
    return [...message.matchAll(/\{\d+\}/g)].map(match => match[0]).sort();
}

/** The code spans of a message (`` `persona NAME` ``, `` `JM003` ``): keywords and names, never translated. */
export function codeSpans(message: string): string[] {
    return [...message.matchAll(/`[^`]+`/g)].map(match => match[0]).sort();
}
