import type { ValidationAcceptor } from 'langium';
import type { ImprovesLine, TextLine, Touchpoint } from '../generated/ast.js';
import { LINES_DRAWN_ONLY_ON, MAP_TYPE_NAMES } from '../domain/map-type-lines.js';
import { isJourney, isTextLine } from '../generated/ast.js';
import { journeyType } from '../ast-helpers.js';
import { report } from './report.js';

/**
 * JM011 (blueprint touchpoint without frontstage or backstage), JM012 (`improves` between the wrong map types),
 * JM017 (a line that only a view of another map type draws).
 */
export class JourneyTypeChecks {
    checkLineIsDrawn(line: TextLine, accept: ValidationAcceptor): void {
        const drawnOn = LINES_DRAWN_ONLY_ON[line.kind];
        const journey = line.$container.$container.$container;
        if (!drawnOn || !isJourney(journey)) {
            return;
        }
        const type = journeyType(journey);
        if (type !== drawnOn) {
            report(accept, 'JM017',
                `\`${line.kind}\` is drawn only on ${MAP_TYPE_NAMES[drawnOn]} (\`type ${drawnOn}\`); this is ${MAP_TYPE_NAMES[type]}, so no view shows it. Change the map's type, or remove the line.`,
                { node: line, keyword: line.kind, data: { mapType: drawnOn } });
        }
    }

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
