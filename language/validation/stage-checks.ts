import * as l10n from '@vscode/l10n';
import type { ValidationAcceptor } from 'langium';
import type { Journey, Stage } from '../generated/ast.js';
import { isModelLine } from '../generated/ast.js';
import { journeyModel } from '../ast-helpers.js';
import { modelStageIndex, STAGE_MODELS } from '../domain/stage-models.js';
import { report } from './report.js';
import { closestName } from '../domain/closest-name.js';

/** A stage with more than this many touchpoints gets JM014 (fewer steps convert better). */
export const MAX_TOUCHPOINTS_PER_STAGE = 7;

/** JM006 (stages against the journey's model), JM010 (empty stage), JM014 (too many touchpoints). */
export class StageChecks {
    checkStagesFollowModel(journey: Journey, accept: ValidationAcceptor): void {
        const model = journeyModel(journey);
        if (!model) {
            return;
        }
        const modelStages = STAGE_MODELS[model];
        const modelList = modelStages.join(', ');
        let furthest = -1;
        /** Model stages a misspelt stage name means: its JM006 names them, they are not also missing. */
        const meant = new Set<string>();
        // A stage without a name is a syntax error (JM001) already.
        for (const stage of journey.stages.filter(stage => stage.name !== undefined)) {
            const index = modelStageIndex(model, stage.name);
            if (index < 0) {
                const suggestion = closestName(stage.name, modelStages);
                if (suggestion) {
                    meant.add(suggestion);
                }
                const hint = suggestion ? ` ${l10n.t('Did you mean `{0}`?', suggestion)}` : '';
                report(accept, 'JM006', `${l10n.t('Stage `{0}` is not a stage of the {1} model ({2}).', stage.name, model, modelList)}${hint}`,
                    { node: stage, property: 'name', data: suggestion ? { suggestion } : undefined });
            } else if (index < furthest) {
                report(accept, 'JM006', l10n.t('Stage `{0}` is out of the {1} order: it comes before `{2}` ({3}).', stage.name, model, modelStages[furthest], modelList),
                    { node: stage, property: 'name' });
            } else {
                furthest = index;
            }
        }
        const present = new Set(journey.stages.map(stage => stage.name?.toLowerCase()));
        const missing = modelStages.filter(stage => !present.has(stage) && !meant.has(stage));
        const modelLine = journey.headers.find(isModelLine);
        if (missing.length > 0 && modelLine) {
            const stages = missing.map(stage => `\`${stage}\``).join(', ');
            report(accept, 'JM006', missing.length === 1 ? l10n.t('The {0} model has a stage this journey lacks: {1}.', model, stages) : l10n.t('The {0} model has stages this journey lacks: {1}.', model, stages),
                { node: modelLine, property: 'value', data: { missing } });
        }
    }

    checkStageSize(stage: Stage, accept: ValidationAcceptor): void {
        const count = stage.touchpoints.length;
        if (count === 0) {
            report(accept, 'JM010', l10n.t('Stage `{0}` has no touchpoints: add one, or remove the stage.', stage.name),
                { node: stage, property: 'name' });
        } else if (count > MAX_TOUCHPOINTS_PER_STAGE) {
            report(accept, 'JM014', l10n.t('Stage `{0}` has {1} touchpoints: fewer steps convert better ({2} at most is a good aim).', stage.name, count, MAX_TOUCHPOINTS_PER_STAGE),
                { node: stage, property: 'name' });
        }
    }
}
