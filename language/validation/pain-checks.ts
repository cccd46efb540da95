import type { ValidationAcceptor } from 'langium';
import type { Journey, Pain } from '../generated/ast.js';
import { isFixesLine, isPain } from '../generated/ast.js';
import { allTouchpoints } from '../ast-helpers.js';
import { report } from './report.js';

/** JM008: every pain point should have an opportunity that fixes it. */
export class PainChecks {
    checkPainsAreFixed(journey: Journey, accept: ValidationAcceptor): void {
        const fixed = new Set<Pain>();
        for (const opportunity of journey.opportunities) {
            for (const line of opportunity.lines.filter(isFixesLine)) {
                for (const ref of line.pains) {
                    if (ref.ref) {
                        fixed.add(ref.ref);
                    }
                }
            }
        }
        for (const touchpoint of allTouchpoints(journey)) {
            for (const pain of touchpoint.lines.filter(isPain)) {
                if (!fixed.has(pain)) {
                    report(accept, 'JM008', `Pain point \`${pain.name}\` is not fixed by any opportunity: add an \`opportunity\` that \`fixes ${pain.name}\`.`,
                        { node: pain, property: 'name' });
                }
            }
        }
    }
}
