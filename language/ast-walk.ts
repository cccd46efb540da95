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

/**
 * Sets `$container`, `$containerProperty` and `$containerIndex` of every node under `root` (what
 * Langium's parser does after parsing) and remembers the tree's nodes for allNodes(), in one walk.
 * The parser (parser/journey-parser.ts) calls it on each parse result.
 */
export function linkContainersAndRemember(root: AstNode): void {
    const nodes: AstNode[] = [];
    collect(root, nodes, true);
    nodesOfRoot.set(root, nodes);
}

/** Pushes `node` and the nodes under it in document order; `link`: set their container properties too. */
function collect(node: AstNode, nodes: AstNode[], link = false): void {
    nodes.push(node);
    // for…in: no array of keys per node (the AST's nodes are plain objects, with no inherited enumerable keys).
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isAstNode(element)) {
                    if (link) {
                        setContainer(element, node, property, index);
                    }
                    collect(element, nodes, link);
                }
            }
        } else if (isAstNode(value)) {
            if (link) {
                setContainer(value, node, property, undefined);
            }
            collect(value, nodes, link);
        }
    }
}

function setContainer(node: AstNode, container: AstNode, property: string, index: number | undefined): void {
    const mutable = node as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
    mutable.$container = container;
    mutable.$containerProperty = property;
    if (index !== undefined) {
        mutable.$containerIndex = index;
    }
}

/** The cross-references a node holds, as `streamReferences` gives them. */
export function forEachReference(node: AstNode, action: (info: ReferenceInfo) => void): void {
    for (const property in node) {
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
