import type { ValidationChecks } from 'langium';
import type { JourneyMapAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { EmotionChecks } from './emotion-checks.js';
import { JourneyTypeChecks } from './journey-type-checks.js';
import { MetricChecks } from './metric-checks.js';
import { NameChecks } from './name-checks.js';
import { PainChecks } from './pain-checks.js';
import { PersonaChecks } from './persona-checks.js';
import { StageChecks } from './stage-checks.js';

/** Registers the checks JM003–JM018 (JM001 and JM002 come from the parser and the linker: see journey-document-validator.ts). */
export function registerValidationChecks(services: JourneyServices): void {
    const registry = services.validation.ValidationRegistry;
    const names = new NameChecks(services);
    const emotions = new EmotionChecks();
    const stages = new StageChecks();
    const personas = new PersonaChecks();
    const types = new JourneyTypeChecks();
    const pains = new PainChecks();
    const metrics = new MetricChecks();
    const checks: ValidationChecks<JourneyMapAstType> = {
        Workspace: (node, accept) => names.checkWorkspaceUniqueness(node, accept),
        Persona: (node, accept) => names.checkPersonaFields(node, accept),
        Journey: [
            (node, accept) => names.checkJourneyUniqueness(node, accept),
            (node, accept) => names.checkSingleLines(node, accept),
            (node, accept) => stages.checkStagesFollowModel(node, accept),
            (node, accept) => personas.checkJourneyPersonas(node, accept),
            (node, accept) => pains.checkPainsAreFixed(node, accept)
        ],
        Stage: (node, accept) => stages.checkStageSize(node, accept),
        Touchpoint: [
            (node, accept) => emotions.checkNegativeEmotionHasPain(node, accept),
            (node, accept) => types.checkBlueprintLanes(node, accept)
        ],
        EmotionLine: (node, accept) => emotions.checkEmotion(node, accept),
        PersonaLine: (node, accept) => personas.checkTouchpointPersonas(node, accept),
        ImprovesLine: (node, accept) => types.checkImproves(node, accept),
        TextLine: (node, accept) => types.checkLineIsDrawn(node, accept),
        MetricLine: (node, accept) => metrics.checkMetricNumber(node, accept)
    };
    registry.register(checks);
}
