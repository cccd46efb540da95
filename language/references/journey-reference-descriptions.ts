import type { LangiumDocument, ReferenceDescription } from 'langium';
import { Cancellation, DefaultReferenceDescriptionProvider } from 'langium';
import { allNodes, forEachNodeCancelable, forEachReference } from '../ast-walk.js';

/** Langium's reference index entries of a document, over the nodes of language/ast-walk.ts rather than streams. */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachNodeCancelable(allNodes(document.parseResult.value), cancelToken, node => {
            forEachReference(node, info => {
                if (!info.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(info));
                }
            });
        });
        return descriptions;
    }
}
