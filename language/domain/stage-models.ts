import type { StageModel } from '../generated/ast.js';

/** The stage templates a journey may follow, with their stages in order (reference, section 4). */
export const STAGE_MODELS: Readonly<Record<StageModel, readonly string[]>> = {
    AIDA: ['awareness', 'interest', 'desire', 'action'],
    ACC: ['awareness', 'consideration', 'conversion'],
    ACCSR: ['awareness', 'consideration', 'conversion', 'service', 'retention'],
    ACPRA: ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
    ACCRA: ['awareness', 'consideration', 'conversion', 'retention', 'advocacy']
};

/** The position of a stage in a model (a stage belongs to a model when its name equals one, ignoring case), or -1. */
export function modelStageIndex(model: StageModel, stageName: string | undefined): number {
    return stageName === undefined ? -1 : STAGE_MODELS[model].indexOf(stageName.toLowerCase());
}
