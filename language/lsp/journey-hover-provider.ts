import * as l10n from '@vscode/l10n';
import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Channel, Journey, Opportunity, Pain, Persona, Stage, Touchpoint } from '../generated/ast.js';
import {
    isChannel, isEmotionLine, isImpactLine, isJourney, isModelLine, isOpportunity, isOpportunityText, isPain, isPersona,
    isStage, isTextLine, isTouchpoint, isTypeLine
} from '../generated/ast.js';
import { journeyModel, journeyPersonas, journeyType, moodsAt } from '../ast-helpers.js';
import { validScore, emotionScore } from '../domain/emotion.js';
import { moodScore } from '../domain/moods.js';
import { STAGE_MODELS } from '../domain/stage-models.js';
import { scoreWord } from '../domain/score-words.js';
import { builtinChannelLabel, isBuiltinUri } from '../references/builtin-channels.js';
import { escapeHoverMarkdown as md } from './hover-markdown.js';

const MAP_TYPES: Readonly<Record<string, () => string>> = {
    'current': () => l10n.t('Current state: what customers do, think and feel today.'),
    'future': () => l10n.t('Future state: the journey as the team wants it to be, compared with the current map it improves.'),
    'day-in-the-life': () => l10n.t("Day in the life: the customer's whole day, including what has nothing to do with the business."),
    'blueprint': () => l10n.t('Service blueprint: the journey plus frontstage, backstage and support processes, separated by the line of visibility.')
};

/**
 * Hovers that answer a BA's question about what is under the cursor: a persona's card, a
 * channel's kind, a mood's score, a model's stages, a map type's meaning.
 */
export class JourneyHoverProvider extends AstNodeHoverProvider {
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
        const value = leaf ? this.valueHover(leaf) : undefined;
        if (value) {
            return { contents: { kind: 'markdown', value }, range: leaf!.range };
        }
        return super.getHoverContent(document, params);
    }

    /** Hovers on values that are not references: moods, scores, models, map types. */
    private valueHover(leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        const feature = GrammarUtils.findAssignment(leaf)?.feature;
        if (isEmotionLine(node) && feature === 'mood') {
            const score = moodScore(leaf.text);
            return score === undefined
                ? `${l10n.t('Unknown mood `{0}`.', md(leaf.text))} ${l10n.t('Moods: {0}.', [...moodsAt(node).keys()].join(', '))}`
                : l10n.t('Mood **{0}**: score {1} ({2})', leaf.text, score, scoreWord(score));
        }
        if (isEmotionLine(node) && feature === 'score') {
            const score = validScore(leaf.text);
            return score === undefined ? l10n.t('An emotion score is a whole number from 1 (very negative) to 5 (very positive).') : l10n.t('Score {0}: {1}', score, scoreWord(score));
        }
        if (isModelLine(node) && feature === 'value') {
            return l10n.t('Stage model **{0}**: {1}', node.value, STAGE_MODELS[node.value].join(' → '));
        }
        if (isTypeLine(node) && feature === 'value') {
            return MAP_TYPES[node.value]?.();
        }
        return undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isPersona(node)) return personaCard(node);
        if (isChannel(node)) return channelCard(node);
        if (isJourney(node)) return journeyCard(node);
        if (isStage(node)) return stageCard(node);
        if (isTouchpoint(node)) return touchpointCard(node);
        if (isPain(node)) return painCard(node);
        if (isOpportunity(node)) return opportunityCard(node);
        return undefined;
    }
}

function title(label: string | undefined, name: string, kind: string): string {
    return `**${md(label ?? name)}** · ${kind} \`${name}\``;
}

function list(heading: string, items: string[]): string[] {
    return items.length === 0 ? [] : [`**${heading}**`, ...items.map(item => `- ${md(item)}`)];
}

function personaCard(persona: Persona): string {
    // A half-typed line (`goal` without its text yet) has no text: left out (found by test/fuzz).
    const texts = (kind: string) => persona.fields.filter(field => field.kind === kind && field.text !== undefined).map(field => field.text);
    return [
        title(persona.label, persona.name, l10n.t('persona')),
        ...texts('description').map(md),
        ...list(l10n.t('Goals'), texts('goal')),
        ...list(l10n.t('Needs'), texts('need')),
        ...list(l10n.t('Frustrations'), texts('frustration')),
        ...texts('quote').map(quote => `> ${md(quote)}`)
    ].join('\n\n');
}

function channelCard(channel: Channel): string {
    const builtin = isBuiltinUri(AstUtils.getDocument(channel).uri);
    const label = (builtin && builtinChannelLabel(channel.kind ?? 'other')) || channel.label;
    return `${title(label, channel.name, l10n.t('channel'))}\n\n${l10n.t('Kind: **{0}**', channel.kind ?? 'other')}`;
}

function journeyCard(journey: Journey): string {
    const model = journeyModel(journey);
    const touchpoints = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
    return [
        title(journey.label, journey.name, l10n.t('{0} journey', journeyType(journey))),
        `${l10n.t('Personas: {0}', journeyPersonas(journey).map(p => md(p.label ?? p.name)).join(', ') || l10n.t('none'))}${model ? ` · ${l10n.t('model {0}', model)}` : ''}`,
        l10n.t('{0} stages, {1} touchpoints, {2} opportunities', journey.stages.length, touchpoints, journey.opportunities.length)
    ].join('\n\n');
}

function stageCard(stage: Stage): string {
    return `${title(stage.label, stage.name, l10n.t('stage'))}\n\n${l10n.t('{0} touchpoints', stage.touchpoints.length)}`;
}

function touchpointCard(touchpoint: Touchpoint): string {
    const emotion = touchpoint.lines.find(isEmotionLine);
    const score = emotion ? emotionScore(emotion) : undefined;
    const actions = touchpoint.lines.filter(isTextLine).filter(line => line.kind === 'action' && line.text !== undefined).map(line => line.text);
    return [
        title(touchpoint.label, touchpoint.name, l10n.t('touchpoint')),
        ...(score !== undefined ? [`${l10n.t('Emotion {0} ({1})', score, scoreWord(score))}${emotion?.mood ? `, ${emotion.mood}` : ''}`] : []),
        ...list(l10n.t('Actions'), actions),
        ...list(l10n.t('Pain points'), touchpoint.lines.filter(isPain).map(pain => pain.label ?? pain.name).filter((text): text is string => text !== undefined))
    ].join('\n\n');
}

function painCard(pain: Pain): string {
    return `${title(pain.label, pain.name, l10n.t('pain point'))}${pain.severity ? `\n\n${l10n.t('Severity: **{0}**', pain.severity)}` : ''}`;
}

function opportunityCard(opportunity: Opportunity): string {
    const owner = opportunity.lines.find(line => isOpportunityText(line) && line.kind === 'owner');
    const impact = opportunity.lines.find(isImpactLine)?.value;
    return [
        title(opportunity.label, opportunity.name, l10n.t('opportunity')),
        ...(owner && isOpportunityText(owner) && owner.text !== undefined ? [l10n.t('Owner: {0}', md(owner.text))] : []),
        ...(impact ? [l10n.t('Impact: **{0}**', impact)] : [])
    ].join('\n\n');
}
