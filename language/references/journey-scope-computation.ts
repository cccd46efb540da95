import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import { AstUtils, DefaultScopeComputation, type MultiMap } from 'langium';
import { isJourney, isPain } from '../generated/ast.js';

/**
 * Top-level personas, channels and journeys are exported to the whole workspace (Langium's default).
 * Pain points are written inside touchpoints but referred to from opportunities (`fixes`),
 * so they are visible in their whole journey rather than only in their touchpoint.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isPain(node)) {
            const journey = AstUtils.getContainerOfType(node, isJourney);
            const name = this.nameProvider.getName(node);
            if (journey && name) {
                symbols.add(journey, this.descriptions.createDescription(node, name, document));
            }
            return;
        }
        super.addLocalSymbol(node, document, symbols);
    }
}

