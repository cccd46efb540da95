import type { JourneyMapModel, JourneyModel, LanesModel, OpportunityModel, TouchpointModel } from '../model/journey-model.js';
import { wordsOf } from '../domain/moods.js';
import { gridColumns, writeBlockGrid, type GridBand, type GridCell, type GridRow } from './block-grid.js';
import type { DrawnView, TouchpointPart } from '../../protocol/drawn-elements.js';
import { listIn, type MapWords } from './map-words.js';
import { channelLabel, emotionText, painsOf, personaLabels, scoreOf, shown, touchpointNumbers, visibleTexts } from './view-helpers.js';

/**
 * Fill and border of an emotion cell by its score (1 red … 3 grey … 5 green). The text is always
 * black: these fills are light in every theme, so it keeps a contrast above 4.5:1.
 */
export const EMOTION_STYLES: Readonly<Record<number, string>> = {
    1: 'fill:#f8c9c4,stroke:#b3261e,color:#000000',
    2: 'fill:#fde0c2,stroke:#b85c00,color:#000000',
    3: 'fill:#ececec,stroke:#6b6b6b,color:#000000',
    4: 'fill:#d4eecd,stroke:#2e7d32,color:#000000',
    5: 'fill:#b2e0a8,stroke:#1b5e20,color:#000000'
};

const LANE_STYLES: Readonly<Record<keyof LanesModel, string>> = {
    frontstage: 'fill:#e9f5ec,stroke:#2e7d32,color:#000000',
    backstage: 'fill:#f1f1f1,stroke:#616161,color:#000000',
    support: 'fill:#f4ecf7,stroke:#6a3d9a,color:#000000',
    evidence: 'fill:#fdf6e3,stroke:#8a6d00,color:#000000'
};
const VISIBILITY_STYLE = 'fill:#ffffff,stroke:#555555,stroke-width:2px,stroke-dasharray:8 4,color:#000000';

/**
 * The map view: the classic journey map, as a stakeholder expects to see it. Stages are columns
 * (each spanning its touchpoints), lanes are rows: the touchpoints (numbered in the order written,
 * with their channels), each one's emotion (score and mood, coloured from negative to positive),
 * thoughts, actions, the blueprint lanes and line of visibility of a service blueprint, pain
 * points, barriers, metrics, and the opportunities that fix each touchpoint's pain points. A row with
 * nothing in it is left out; opportunities that fix no pain point share one last row.
 */
export function mapView(model: JourneyModel, journey: JourneyMapModel, words: MapWords): DrawnView {
    const columns = gridColumns(journey);
    const numbers = touchpointNumbers(journey);
    const touchpointOf = new Map(painsOf(journey).map(({ pain, touchpoint }) => [pain.name, touchpoint]));
    /**
     * A row with one cell per column, the cell's items taken from its touchpoint; in a column of a
     * whole stage, each item starts with its touchpoint's number and the style is the first touchpoint's
     * with one (for the emotion: the lowest score's).
     */
    const row = (key: string, header: string, part: TouchpointPart | undefined, cell: (touchpoint: TouchpointModel) => Omit<GridCell, 'element'>): GridRow => ({
        key, header,
        cells: columns.map(({ touchpoints }) => {
            const cells = touchpoints.map(touchpoint => ({ touchpoint, ...cell(touchpoint) }));
            const shown = cells.filter(({ items }) => visibleTexts(items).length > 0);
            const first = shown[0]?.touchpoint;
            return {
                items: touchpoints.length === 1 || key === 'touchpoints'
                    ? cells.flatMap(({ items }) => items)
                    : shown.flatMap(({ touchpoint, items }) => visibleTexts(items).map(item => `${numbers.get(touchpoint)}. ${item}`)),
                style: cells.length === 1 ? cells[0].style : part === 'emotion' ? lowestScoreStyle(touchpoints) : shown.find(({ style }) => style)?.style,
                element: first && { kind: 'touchpoint', name: first.name, ...(part ? { part } : {}) }
            };
        })
    });
    const texts = (texts: string[]) => ({ items: visibleTexts(texts) });
    const blueprint = journey.type === 'blueprint';
    const lanes = words.lanes;
    const opportunityText = (opportunity: OpportunityModel) => opportunityIn(opportunity, words);
    const lane = (key: keyof LanesModel, header: string) => row(key, header, key, touchpoint => ({ ...texts(touchpoint.lanes[key]), style: LANE_STYLES[key] }));

    const rows: Array<GridRow | GridBand> = [
        row('touchpoints', lanes.touchpoints, undefined, touchpoint => {
            // Numbered in every layout: the number ties a touchpoint to its items in a column of a whole stage.
            const label = `${numbers.get(touchpoint)}. ${shown(touchpoint.label, touchpoint.name)}`;
            return { items: [touchpoint.channel ? `${label}\n(${channelLabel(model, touchpoint.channel, words)})` : label] };
        }),
        row('emotion', lanes.emotion, 'emotion', touchpoint => {
            const score = scoreOf(touchpoint);
            return { items: [emotionText(touchpoint, words) ?? ''], style: score === undefined ? undefined : EMOTION_STYLES[score] };
        }),
        row('thoughts', lanes.thoughts, 'thought', touchpoint => texts(visibleTexts(touchpoint.thoughts).map(thought => `“${thought}”`))),
        row('actions', blueprint ? lanes.customerActions : lanes.actions, 'action', touchpoint => texts(touchpoint.actions)),
        ...(blueprint ? [
            lane('frontstage', lanes.frontstage),
            { key: 'visibility', text: lanes.lineOfVisibility, style: VISIBILITY_STYLE },
            lane('backstage', lanes.backstage),
            lane('support', lanes.support),
            lane('evidence', lanes.evidence)
        ] : []),
        row('pains', lanes.pains, 'pain', touchpoint => ({
            items: touchpoint.pains.map(pain => pain.severity ? `${shown(pain.label, pain.name)} (${words.levels[pain.severity]})` : shown(pain.label, pain.name))
        })),
        row('barriers', lanes.barriers, 'barrier', touchpoint => texts(touchpoint.barriers)),
        row('metrics', lanes.metrics, 'metric', touchpoint => ({ items: touchpoint.metrics.map(metric => `${wordsOf(metric.name)} ${metric.text}`) })),
        {
            key: 'opportunities', header: lanes.opportunities,
            cells: columns.map(({ touchpoints }) => {
                const fixing = journey.opportunities.filter(opportunity => opportunity.fixes.some(pain => touchpoints.includes(touchpointOf.get(pain)!)));
                return { items: fixing.map(opportunityText), element: fixing[0] && { kind: 'opportunity', name: fixing[0].name } };
            })
        }
    ];
    const others = journey.opportunities.filter(opportunity => !opportunity.fixes.some(pain => touchpointOf.has(pain)));
    const kept = rows.filter(candidate => 'text' in candidate || candidate.key === 'touchpoints'
        || candidate.cells.some(cell => visibleTexts(cell.items).length > 0));
    if (others.length > 0) {
        kept.push({ key: 'other_opportunities', header: lanes.otherOpportunities, text: others.map(opportunityText).map(text => `• ${text}`).join('\n') });
    }
    return writeBlockGrid(journey, { corner: cornerText(model, journey, words), rows: kept });
}

/** The emotion fill of the lowest score among touchpoints (a column of a whole stage). */
function lowestScoreStyle(touchpoints: readonly TouchpointModel[]): string | undefined {
    const scores = touchpoints.map(scoreOf).filter((score): score is number => score !== undefined);
    return scores.length === 0 ? undefined : EMOTION_STYLES[scores.reduce((low, score) => Math.min(low, score))];
}

/** The corner block names the map and its personas (Mermaid's block diagrams have no title). */
export function cornerText(model: JourneyModel, journey: JourneyMapModel, words: MapWords): string {
    const personas = listIn(words, [...personaLabels(model, journey.personas).values()]);
    return personas ? `${shown(journey.label, journey.name)}\n(${personas})` : shown(journey.label, journey.name);
}

function opportunityIn(opportunity: OpportunityModel, words: MapWords): string {
    const label = shown(opportunity.label, opportunity.name);
    return opportunity.impact ? `${label} (${words.lanes.impact(words.levels[opportunity.impact])})` : label;
}
