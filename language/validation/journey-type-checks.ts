import type { ValidationAcceptor } from 'langium';
import type { ImprovesLine, Touchpoint } from '../generated/ast.js';
import { isJourney, isTextLine } from '../generated/ast.js';
import { journeyType } from '../ast-helpers.js';
import { report } from './report.js';

/** JM011 (blueprint touchpoint without frontstage or backstage), JM012 (`improves` between the wrong map types). */
export class JourneyTypeChecks {
    checkBlueprintLanes(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        const journey = touchpoint.$container.$container;
        if (journeyType(journey) !== 'blueprint') {
            return;
        }
        const hasLane = touchpoint.lines.some(line => isTextLine(line) && (line.kind === 'frontstage' || line.kind === 'backstage'));
        if (!hasLane) {
            report(accept, 'JM011', `Touchpoint \`${touchpoint.name}\` of a service blueprint has neither \`frontstage\` nor \`backstage\`: say what delivers it.`,
                { node: touchpoint, property: 'name' });
        }
    }

    checkImproves(line: ImprovesLine, accept: ValidationAcceptor): void {
        const journey = line.$container;
        if (!isJourney(journey)) {
            return;
        }
        const type = journeyType(journey);
        if (type !== 'future') {
            report(accept, 'JM012', `\`improves\` belongs to a future-state map, but this journey is \`${type}\`: add \`type future\` or remove the line.`,
                { node: line, keyword: 'improves' });
        }
        const target = line.journey?.ref;
        if (target && journeyType(target) !== 'current') {
            report(accept, 'JM012', `\`${target.name}\` is a \`${journeyType(target)}\` map: a future map improves a current-state map.`,
                { node: line, property: 'journey' });
        }
    }
}
