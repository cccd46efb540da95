import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    Persona: SymbolKind.Class,
    Channel: SymbolKind.Interface,
    Journey: SymbolKind.Module,
    Stage: SymbolKind.Namespace,
    Touchpoint: SymbolKind.Event,
    Pain: SymbolKind.EnumMember,
    Opportunity: SymbolKind.Function
};

const COMPLETION_KINDS: Readonly<Record<string, CompletionItemKind>> = {
    Persona: CompletionItemKind.Class,
    Channel: CompletionItemKind.Interface,
    Journey: CompletionItemKind.Module,
    Stage: CompletionItemKind.Folder,
    Touchpoint: CompletionItemKind.Event,
    Pain: CompletionItemKind.EnumMember,
    Opportunity: CompletionItemKind.Function
};

/** Icons of the map's elements in the outline, breadcrumbs, symbol search and completion lists. */
export class JourneyNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
