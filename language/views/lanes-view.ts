import type { JourneyMapModel, JourneyModel, OpportunityModel } from '../model/journey-model.js';
import { writeBlockGrid, type GridBand, type GridRow } from './block-grid.js';
import {
    channelLabel, emotionText, listWords, painsOf, personaLabels, scoreOf, shown, touchpointNumbers, visibleTexts
} from './view-helpers.js';

/** Fill and border of an emotion cell by its lowest score (1 red … 3 grey … 5 green); text always black. */
export const EMOTION_STYLES: Readonly<Record<number, string>> = {
    1: 'fill:#f8d0cc,stroke:#b3261e,color:#000000',
    2: 'fill:#fde3c8,stroke:#b85c00,color:#000000',
    3: 'fill:#ececec,stroke:#6b6b6b,color:#000000',
    4: 'fill:#d9f0d3,stroke:#2e7d32,color:#000000',
    5: 'fill:#b9e4b1,stroke:#1b5e20,color:#000000'
};

/**
 * The lanes view: the classic journey-map grid as Mermaid `block-beta`, a column per stage and a
 * row per lane — touchpoints (numbered in the order written, with their channels), actions,
 * thoughts, emotions (by touchpoint number), pain points, barriers, metrics, and the opportunities
 * that fix the pain points of each stage. A row with nothing in any stage is left out.
 * Opportunities that fix no pain point of the journey share one last row across the stages.
 */
export function lanesView(model: JourneyModel, journey: JourneyMapModel): string {
    const stages = journey.stages;
    const numbers = touchpointNumbers(journey);
    const painStage = new Map(painsOf(journey).map(({ pain, touchpoint }) => [pain.name, touchpoint.stage]));

    const rows: GridRow[] = [
        {
            key: 'touchpoints', header: 'Touchpoints',
            cells: stages.map(stage => stage.touchpoints.map(touchpoint => {
                const label = `${numbers.get(touchpoint)}. ${shown(touchpoint.label, touchpoint.name)}`;
                return touchpoint.channel ? `${label} (${channelLabel(model, touchpoint.channel)})` : label;
            }))
        },
        { key: 'actions', header: 'Actions', cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => visibleTexts(touchpoint.actions))) },
        { key: 'thoughts', header: 'Thoughts', cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => visibleTexts(touchpoint.thoughts).map(thought => `“${thought}”`))) },
        {
            key: 'emotions', header: 'Emotions',
            cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => {
                const text = emotionText(touchpoint);
                return text === undefined ? [] : [`${numbers.get(touchpoint)}. ${text}`];
            })),
            cellStyles: stages.map(stage => {
                const scores = stage.touchpoints.map(scoreOf).filter((score): score is number => score !== undefined);
                return scores.length > 0 ? EMOTION_STYLES[Math.min(...scores)] : undefined;
            })
        },
        {
            key: 'pains', header: 'Pain points',
            cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.pains.map(pain => {
                const label = shown(pain.label, pain.name);
                return pain.severity ? `${label} (${pain.severity})` : label;
            })))
        },
        { key: 'barriers', header: 'Barriers', cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => visibleTexts(touchpoint.barriers))) },
        {
            key: 'metrics', header: 'Metrics',
            cells: stages.map(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.metrics.map(metric => `${metric.name} ${metric.text}`)))
        },
        {
            key: 'opportunities', header: 'Opportunities',
            cells: stages.map(stage => journey.opportunities
                .filter(opportunity => opportunity.fixes.some(pain => painStage.get(pain) === stage.name))
                .map(opportunityText))
        }
    ];
    const others = journey.opportunities.filter(opportunity => !opportunity.fixes.some(pain => painStage.has(pain)));
    const bands: GridBand[] = others.length > 0
        ? [{ key: 'other_opportunities', header: 'Other opportunities', text: others.map(opportunityText).map(text => `• ${text}`).join('\n') }]
        : [];
    const kept = rows.filter(row => row.cells.some(cell => visibleTexts(cell).length > 0));
    return writeBlockGrid(journey, {
        corner: cornerText(model, journey),
        rows: [...kept, ...bands]
    });
}

/** The corner block names the map and its personas (Mermaid's block diagrams have no title). */
export function cornerText(model: JourneyModel, journey: JourneyMapModel): string {
    const personas = listWords([...personaLabels(model, journey.personas).values()]);
    return personas ? `${shown(journey.label, journey.name)}\n(${personas})` : shown(journey.label, journey.name);
}

function opportunityText(opportunity: OpportunityModel): string {
    const label = shown(opportunity.label, opportunity.name);
    return opportunity.impact ? `${label} (impact ${opportunity.impact})` : label;
}
