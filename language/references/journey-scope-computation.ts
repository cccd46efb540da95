import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { Cancellation, AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import { allNodes, forEachNodeCancelable } from '../ast-walk.js';
import { isJourney, isPain } from '../generated/ast.js';

/**
 * Top-level personas, channels and journeys are exported to the whole workspace (Langium's default).
 * Pain points are written inside touchpoints but referred to from opportunities (`fixes`),
 * so they are visible in their whole journey rather than only in their touchpoint.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    /** Langium's, over the nodes of language/ast-walk.ts rather than a stream with an `await` per node. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        await forEachNodeCancelable(allNodes(document.parseResult.value).slice(1), cancelToken, node => this.addLocalSymbol(node, document, symbols));
        return symbols;
    }

    /**
     * Only what a reference can name is a local symbol: the top-level declarations and the pain points.
     * Stages, touchpoints and opportunities are never referred to (journey.langium), so Langium's
     * default of describing every named node (12,000 descriptions for 10,000 touchpoints, each with
     * its path and range) is left out. A new reference to them must add them here.
     */
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isPain(node)) {
            const journey = AstUtils.getContainerOfType(node, isJourney);
            const name = this.nameProvider.getName(node);
            if (journey && name) {
                symbols.add(journey, this.descriptions.createDescription(node, name, document));
            }
            return;
        }
        if (node.$container !== undefined && node.$container.$container === undefined) {
            super.addLocalSymbol(node, document, symbols);
        }
    }
}

