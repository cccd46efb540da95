import type { ReferenceInfo, Scope } from 'langium';
import { DefaultScopeProvider, MultiMapScope } from 'langium';
import { Channel } from '../generated/ast.js';
import { isBuiltinUri } from './builtin-channels.js';

/**
 * Channels declared in the workspace come first; the built-in channels stand behind them,
 * so `channel web "Our shop website" web` replaces the built-in `web` instead of clashing with it.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
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
