import { describe, expect, it } from 'vitest';
import type { MapType, TextKind } from '../../language/ast.js';
import { buildJourneyModel } from '../../language/model/build-model.js';
import { renderView, viewsFor } from '../../language/views/index.js';
import { workspaceOf } from '../helpers/workspace.js';

/*
 * Every touchpoint line a user writes shows somewhere (issue 16): for each kind of text line and each
 * map type, either a view that fits the map draws the line's text, or JM017 says which map type would.
 * Never both, never neither.
 */

const TEXT_KINDS: readonly TextKind[] = ['action', 'thought', 'barrier', 'frontstage', 'backstage', 'support', 'evidence', 'time'];
const MAP_TYPES: readonly MapType[] = ['current', 'future', 'day-in-the-life', 'blueprint'];

describe('every touchpoint line shows somewhere', () => {
    for (const type of MAP_TYPES) {
        for (const kind of TEXT_KINDS) {
            it(`\`${kind}\` in a ${type} map: drawn by a view, or JM017`, async () => {
                const marker = `Marker${kind}`;
                const text = `persona lan "Lan"\n\njourney j "J" {\n  type ${type}\n  persona lan\n\n  stage s "S" {\n    touchpoint t "T" {\n      frontstage "Counter"\n      ${kind} "${marker}"\n    }\n  }\n}\n`;
                const ws = await workspaceOf({ 'map.journey': text });
                const jm017 = ws.diagnostics().filter(d => d.code === 'JM017' && d.range.start.line === 9);
                const model = buildJourneyModel(Object.values(ws.documents));
                const journey = model.journeys.find(candidate => candidate.name === 'j')!;
                const drawnBy = viewsFor(journey).filter(view => renderView(model, 'j', view).includes(marker));
                expect({ drawnBy: drawnBy.length > 0, jm017: jm017.length > 0 }, `views: ${drawnBy.join(', ')}`).toEqual(
                    drawnBy.length > 0 ? { drawnBy: true, jm017: false } : { drawnBy: false, jm017: true });
            });
        }
    }
});
