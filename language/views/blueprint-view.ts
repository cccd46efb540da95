import type { JourneyMapModel, JourneyModel, LanesModel, TouchpointModel } from '../model/journey-model.js';
import { writeBlockGrid, type GridBand, type GridRow } from './block-grid.js';
import { cornerText } from './lanes-view.js';
import { shown, touchpointNumbers, visibleTexts } from './view-helpers.js';

const LANE_STYLES = {
    customer: 'fill:#e8f1fb,stroke:#1f5f99,color:#000000',
    frontstage: 'fill:#e9f5ec,stroke:#2e7d32,color:#000000',
    backstage: 'fill:#f1f1f1,stroke:#616161,color:#000000',
    support: 'fill:#f4ecf7,stroke:#6a3d9a,color:#000000',
    evidence: 'fill:#fdf6e3,stroke:#8a6d00,color:#000000'
};
const VISIBILITY_STYLE = 'fill:none,stroke:#888888,stroke-width:2px,stroke-dasharray:8 4';

/**
 * The blueprint view: a service blueprint as Mermaid `block-beta`, a column per stage and the lanes
 * customer actions, frontstage, the line of visibility (a dashed band across the map), backstage,
 * support and, when any touchpoint has it, evidence. Touchpoints are numbered in the order written
 * (1, 2, …): the customer-actions lane shows "1. label" and its actions, every other lane's entry
 * starts with its touchpoint's number.
 */
export function blueprintView(model: JourneyModel, journey: JourneyMapModel): string {
    const stages = journey.stages;
    const numbers = touchpointNumbers(journey);
    const numbered = (touchpoint: TouchpointModel, text: string) => `${numbers.get(touchpoint)}. ${text}`;
    const hasEvidence = stages.some(stage => stage.touchpoints.some(touchpoint => visibleTexts(touchpoint.lanes.evidence).length > 0));
    const lane = (key: keyof LanesModel, header: string): GridRow => ({
        key, header,
        cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => visibleTexts(touchpoint.lanes[key]).map(text => numbered(touchpoint, text)))),
        cellStyles: stages.map(() => LANE_STYLES[key])
    });
    const customer: GridRow = {
        key: 'customer', header: 'Customer actions',
        cells: stages.map(stage => stage.touchpoints.map(touchpoint => numbered(touchpoint, customerActions(touchpoint)))),
        cellStyles: stages.map(() => LANE_STYLES.customer)
    };
    const visibility: GridBand = { key: 'visibility', text: 'Line of visibility: the customer sees what is above it, not what is below', style: VISIBILITY_STYLE };
    const rows = [customer, lane('frontstage', 'Frontstage'), visibility, lane('backstage', 'Backstage'), lane('support', 'Support processes')];
    if (hasEvidence) {
        rows.push(lane('evidence', 'Evidence'));
    }
    return writeBlockGrid(journey, {
        corner: cornerText(model, journey),
        rows
    });
}

/** A touchpoint's label, then its actions (one per line). */
function customerActions(touchpoint: TouchpointModel): string {
    return [shown(touchpoint.label, touchpoint.name), ...visibleTexts(touchpoint.actions).map(action => `– ${action}`)].join('\n');
}
