import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isChannel, isChannelLine, isEmotionLine, isFixesLine, isImpactLine, isImprovesLine, isJourney, isLanguageLine, isMetricLine,
    isModelLine, isOpportunity, isPain, isPersona, isPersonaLine, isStage, isTouchpoint, isTypeLine
} from '../generated/ast.js';

/** Token types of the map's elements: a name is coloured as a name even when it is a keyword (`stage action`). */
const DECLARATIONS: ReadonlyArray<[(node: unknown) => boolean, string]> = [
    [isPersona, SemanticTokenTypes.class],
    [isChannel, SemanticTokenTypes.interface],
    [isJourney, SemanticTokenTypes.namespace],
    [isStage, SemanticTokenTypes.namespace],
    [isTouchpoint, SemanticTokenTypes.event],
    [isPain, SemanticTokenTypes.enumMember],
    [isOpportunity, SemanticTokenTypes.function]
];

export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = DECLARATIONS.find(([is]) => is(node));
        if (declaration && (node as AstNode & { name?: string }).name !== undefined) {
            acceptor({ node, property: 'name' as never, type: declaration[1], modifier: SemanticTokenModifiers.declaration });
        }
        // The names of a list, found once: by index, each would search the whole list again (4,000 names
        // on one line took 7 s; found by test/fuzz).
        if (isPersonaLine(node)) {
            listNodes(node, 'personas').forEach(cst => acceptor({ cst, type: SemanticTokenTypes.class }));
        } else if (isChannelLine(node) && node.channel) {
            acceptor({ node, property: 'channel', type: SemanticTokenTypes.interface });
        } else if (isFixesLine(node)) {
            listNodes(node, 'pains').forEach(cst => acceptor({ cst, type: SemanticTokenTypes.enumMember }));
        } else if (isImprovesLine(node) && node.journey) {
            acceptor({ node, property: 'journey', type: SemanticTokenTypes.namespace });
        } else if (isEmotionLine(node)) {
            if (node.score !== undefined) acceptor({ node, property: 'score', type: SemanticTokenTypes.number });
            if (node.mood !== undefined) acceptor({ node, property: 'mood', type: SemanticTokenTypes.enumMember });
        } else if (isMetricLine(node)) {
            if (node.key !== undefined) acceptor({ node, property: 'key', type: SemanticTokenTypes.property });
            if (node.value !== undefined) acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            if (node.unit !== undefined) acceptor({ node, property: 'unit', type: SemanticTokenTypes.type });
        } else if ((isModelLine(node) || isTypeLine(node) || isImpactLine(node) || isLanguageLine(node)) && node.value !== undefined) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.enum });
        } else if (isPain(node) && node.severity !== undefined) {
            acceptor({ node, property: 'severity', type: SemanticTokenTypes.enum });
        }
    }
}

function listNodes(node: AstNode, property: string) {
    return node.$cstNode ? GrammarUtils.findNodesForProperty(node.$cstNode, property) : [];
}
