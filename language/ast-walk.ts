import type { AstNode, ReferenceInfo } from 'langium';
import { interruptAndCheck, isAstNode, isMultiReference, isReference, type Cancellation } from 'langium';

/*
 * Plain loops over the AST for the build's passes (local symbols, linking, validation). They visit
 * what Langium's `streamAst` and `streamReferences` visit, in the same order, without the stream
 * and iterator objects: profiled on 10,000 touchpoints, those streams (and an `await` per node)
 * cost about as much as the passes' own work (docs/performance.md).
 */

/** The nodes of each parsed tree, computed once for the passes of a build (a new parse makes a new root). */
const nodesOfRoot = new WeakMap<AstNode, readonly AstNode[]>();

/**
 * Every node of the tree under `root`, `root` first, in document order (what `streamAst` yields).
 * Computed once per root node: the AST of a parse result is not changed after parsing.
 */
export function allNodes(root: AstNode): readonly AstNode[] {
    let nodes = nodesOfRoot.get(root);
    if (!nodes) {
        const collected: AstNode[] = [];
        collect(root, collected);
        nodes = collected;
        if (root.$container === undefined) {
            nodesOfRoot.set(root, nodes);
        }
    }
    return nodes;
}

function collect(node: AstNode, nodes: AstNode[]): void {
    nodes.push(node);
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    collect(element, nodes);
                }
            }
        } else if (isAstNode(value)) {
            collect(value, nodes);
        }
    }
}

/** The cross-references a node holds, as `streamReferences` gives them. */
export function forEachReference(node: AstNode, action: (info: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            action({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    action({ reference: element, container: node, property, index });
                }
            }
        }
    }
}

/** How many nodes a pass handles between two chances to be cancelled (Langium checks before every node). */
const NODES_PER_CHECK = 500;

/**
 * Runs `action` on each node, giving a newer edit the chance to cancel the build every few hundred
 * nodes (interruptAndCheck also yields to the event loop when the build has run for a while).
 */
export async function forEachNodeCancelable(nodes: readonly AstNode[], cancelToken: Cancellation.CancellationToken | undefined, action: (node: AstNode) => void): Promise<void> {
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_PER_CHECK === 0 && cancelToken) {
            await interruptAndCheck(cancelToken);
        }
        action(nodes[i]);
    }
}

/** Whether a pass should give a newer edit the chance to cancel it before the `index`th node. */
export function isCheckpoint(index: number): boolean {
    return index % NODES_PER_CHECK === 0;
}
