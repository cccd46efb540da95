import type { AstNode, LocalSymbols, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, MultiMapScope } from 'langium';
import { Channel, Journey, Persona } from '../generated/ast.js';
import { isBuiltinUri } from './builtin-channels.js';

/**
 * Channels declared in the workspace come first; the built-in channels stand behind them,
 * so `channel web "Our shop website" web` replaces the built-in `web` instead of clashing with it.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    /**
     * Personas, channels and journeys are declared at the top level only: their local scope is the
     * document's own declarations, then the workspace's. Langium's default reaches the same result by
     * filtering the local symbols of every container up from the reference (profiled: most of the
     * linking time); other references (pain points) keep it.
     */
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType !== Persona.$type && referenceType !== Channel.$type && referenceType !== Journey.$type) {
            return super.getScope(context);
        }
        const global = this.getGlobalScope(referenceType, context);
        const root = AstUtils.findRootNode(context.container);
        const localSymbols = AstUtils.getDocument(root).localSymbols;
        if (!localSymbols?.has(root) || !this.declaresLocally(localSymbols, root, referenceType)) {
            return global;
        }
        return this.createScope(localSymbols.getStream(root).filter(description => this.reflection.isSubtype(description.type, referenceType)), global);
    }

    /** Per computation of a document's local symbols: whether it declares anything of a type (a journey file declares no persona). */
    private readonly declaredTypes = new WeakMap<LocalSymbols, Map<string, boolean>>();

    private declaresLocally(localSymbols: LocalSymbols, root: AstNode, type: string): boolean {
        let types = this.declaredTypes.get(localSymbols);
        if (!types) {
            types = new Map();
            this.declaredTypes.set(localSymbols, types);
        }
        let declares = types.get(type);
        if (declares === undefined) {
            declares = localSymbols.getStream(root).some(description => this.reflection.isSubtype(description.type, type));
            types.set(type, declares);
        }
        return declares;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== Channel.$type) {
            return super.getGlobalScope(referenceType, context);
        }
        return this.globalScopeCache.get(referenceType, () => {
            const all = this.indexManager.allElements(Channel.$type).toArray();
            const builtin = new MultiMapScope(all.filter(channel => isBuiltinUri(channel.documentUri)));
            return new MultiMapScope(all.filter(channel => !isBuiltinUri(channel.documentUri)), builtin);
        });
    }
}
