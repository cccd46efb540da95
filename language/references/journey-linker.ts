import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { allNodes, forEachNodeCancelable, forEachReference } from '../ast-walk.js';

/**
 * Langium's linker, walking the AST with plain loops (language/ast-walk.ts) instead of streams and
 * an `await` per node: the same references linked in the same order, about three times faster.
 */
export class JourneyLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        await forEachNodeCancelable(allNodes(document.parseResult.value), cancelToken, node => {
            forEachReference(node, info => this.doLink(info, document));
        });
    }
}
