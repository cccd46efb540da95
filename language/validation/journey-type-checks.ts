import * as l10n from '@vscode/l10n';
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
                l10n.t("`{0}` is drawn only on {1} (`type {2}`); this is {3}, so no view shows it. Change the map's type, or remove the line.", line.kind, MAP_TYPE_NAMES[drawnOn](), drawnOn, MAP_TYPE_NAMES[type]()),
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
            report(accept, 'JM011', l10n.t('Touchpoint `{0}` of a service blueprint has neither `frontstage` nor `backstage`: say what delivers it.', touchpoint.name),
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
            report(accept, 'JM012', l10n.t('`improves` belongs to a future-state map, but this journey is `{0}`: add `type future` or remove the line.', type),
                { node: line, keyword: 'improves' });
        }
        const target = line.journey?.ref;
        if (target && journeyType(target) !== 'current') {
            report(accept, 'JM012', l10n.t('`{0}` is a `{1}` map: a future map improves a current-state map.', target.name, journeyType(target)),
                { node: line, property: 'journey' });
        }
    }
}
