import * as l10n from '@vscode/l10n';
import type { ValidationAcceptor } from 'langium';
import type { Journey, Pain } from '../generated/ast.js';
import { isFixesLine, isPain } from '../generated/ast.js';
import { allTouchpoints } from '../ast-helpers.js';
import { report } from './report.js';
import { closestName } from '../domain/closest-name.js';

/** JM008: every pain point should have an opportunity that fixes it. */
export class PainChecks {
    checkPainsAreFixed(journey: Journey, accept: ValidationAcceptor): void {
        const fixed = new Set<Pain>();
        const misspelt: string[] = [];
        for (const opportunity of journey.opportunities) {
            for (const line of opportunity.lines.filter(isFixesLine)) {
                for (const ref of line.pains) {
                    if (ref.ref) {
                        fixed.add(ref.ref);
                    } else {
                        misspelt.push(ref.$refText);
                    }
                }
            }
        }
        const pains = allTouchpoints(journey).flatMap(touchpoint => touchpoint.lines.filter(isPain));
        // A `fixes` with a misspelt name already has its JM002, which names the pain point meant: that one counts as fixed.
        const names = pains.map(pain => pain.name).filter(name => name !== undefined);
        const meant = new Set(misspelt.length > 0 ? misspelt.map(written => closestName(written, names)) : []);
        for (const pain of pains.filter(pain => !fixed.has(pain) && !meant.has(pain.name))) {
            report(accept, 'JM008', l10n.t('Pain point `{0}` is not fixed by any opportunity: add an `opportunity` that `fixes {0}`.', pain.name),
                { node: pain, property: 'name' });
        }
    }
}
