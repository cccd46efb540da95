import * as l10n from '@vscode/l10n';
import type { AstNode, AstNodeDescription, GrammarAST, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST as Grammar } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { Channel, Journey, StageModel } from '../generated/ast.js';
import {
    isChannel, isChannelLine, isEmotionLine, isImpactLine, isImprovesLine, isJourney, isLanguageLine, isModelLine, isOpportunity,
    isOpportunityText, isPain, isPersona, isTextLine, isTouchpoint, isTypeLine
} from '../generated/ast.js';
import { journeyModel, journeyPersonas, journeyType, moodsAt } from '../ast-helpers.js';
import { STAGE_MODELS } from '../domain/stage-models.js';
import { builtinChannelLabel, isBuiltinUri } from '../references/builtin-channels.js';
import { scoreWord } from '../domain/score-words.js';
import { SNIPPETS } from './snippets.js';

/**
 * Completion that knows the map: names where names go (never keywords offered as names), the
 * journey's own personas inside a touchpoint, channels with their kind, current-state journeys
 * after `improves`, the model's next missing stage after `stage`, moods with their scores, and
 * no second copy of a line that may appear once.
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, Grammar.isParserRule)?.name;
        const assignment = AstUtils.getContainerOfType(next.feature, Grammar.isAssignment);
        if (rule === 'Name' && Grammar.isKeyword(next.feature)) {
            // A name is being typed: keywords are valid names, but offering them all is noise.
            return this.completionForName(context, next, acceptor);
        }
        if (rule === 'EmotionLine' && assignment?.feature === 'mood') {
            return this.completionForMood(context, acceptor);
        }
        if (rule === 'EmotionLine' && assignment?.feature === 'score') {
            return this.completionForScore(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword) || this.alreadyWritten(context, keyword)) {
            return;
        }
        const rule = AstUtils.getContainerOfType(keyword, Grammar.isParserRule)?.name;
        const model = keyword.value as StageModel;
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: rule === 'StageModel' ? `${model}: ${STAGE_MODELS[model].join(' → ')}` : l10n.t('keyword'),
            sortText: '1'
        });
        const snippet = rule ? SNIPPETS[rule] : undefined;
        if (snippet && snippet.keyword === keyword.value) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context).distinct(description => description.name);
        const container = refInfo.container;
        if (refInfo.property === 'personas' && isTouchpoint(container.$container)) {
            const journey = AstUtils.getContainerOfType(container.$container, isJourney);
            const followed = new Set(journey ? journeyPersonas(journey).map(persona => persona.name) : []);
            return candidates.filter(description => followed.has(description.name));
        }
        if (refInfo.property === 'journey' && isImprovesLine(container)) {
            const self = AstUtils.getContainerOfType(container, isJourney);
            return candidates.filter(description => isJourney(description.node) && description.node !== self && journeyType(description.node) === 'current');
        }
        return candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        return { ...item, detail: this.detailOf(description.node, description) };
    }

    private detailOf(node: AstNode | undefined, description: AstNodeDescription): string {
        if (isChannel(node)) {
            const kind = (node as Channel).kind ?? 'other';
            return isBuiltinUri(description.documentUri)
                ? l10n.t('built-in {0} channel · {1}', kind, builtinChannelLabel(kind) ?? node.label ?? node.name)
                : l10n.t('{0} channel · {1}', kind, node.label ?? node.name);
        }
        if (isPersona(node)) {
            return l10n.t('persona · {0}', node.label ?? node.name);
        }
        if (isPain(node)) {
            return l10n.t('pain point · {0}', node.label ?? node.name);
        }
        if (isJourney(node)) {
            return l10n.t('{0} journey · {1}', journeyType(node), node.label ?? node.name);
        }
        return description.type;
    }

    /** After `stage` in a journey with a model: the model's stages the journey lacks, the next one first. */
    private completionForName(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void {
        if (next.type !== 'Stage' && !(context.node && context.node.$type === 'Stage')) {
            return;
        }
        const journey = AstUtils.getContainerOfType(context.node, isJourney);
        const model = journey ? journeyModel(journey) : undefined;
        if (!journey || !model) {
            return;
        }
        for (const [index, stage] of this.missingStages(journey, model).entries()) {
            acceptor(context, {
                label: stage,
                kind: CompletionItemKind.Folder,
                detail: l10n.t('{0} stage {1} of {2}', model, STAGE_MODELS[model].indexOf(stage) + 1, STAGE_MODELS[model].length),
                sortText: `0${index}`,
                preselect: index === 0
            });
        }
    }

    private missingStages(journey: Journey, model: StageModel): string[] {
        const present = new Set(journey.stages.map(stage => stage.name?.toLowerCase()));
        return STAGE_MODELS[model].filter(stage => !present.has(stage));
    }

    /** Mood words, with their score; those matching the score already written first. */
    private completionForMood(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const emotion = AstUtils.getContainerOfType(context.node, isEmotionLine);
        const written = emotion?.score !== undefined ? Number(emotion.score) : undefined;
        for (const [mood, score] of moodsAt(context.node)) {
            acceptor(context, {
                label: mood,
                kind: CompletionItemKind.EnumMember,
                detail: l10n.t('score {0} ({1})', score, scoreWord(score)),
                // After a score: its moods first, then the nearest, all before the next line's keywords.
                sortText: written === undefined ? `1${mood}` : `0${Math.abs(written - score)}${mood}`
            });
        }
    }

    private completionForScore(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (let score = 1; score <= 5; score++) {
            const moods = [...moodsAt(context.node)].filter(([, value]) => value === score).map(([mood]) => mood).join(', ');
            acceptor(context, {
                label: String(score),
                kind: CompletionItemKind.Value,
                detail: `${scoreWord(score)}: ${moods}`,
                sortText: `0${score}`
            });
        }
    }

    /** Lines that may appear once are not offered again where they are already written. */
    private alreadyWritten(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        const rule = AstUtils.getContainerOfType(keyword, Grammar.isParserRule)?.name;
        const node = context.node;
        const touchpoint = AstUtils.getContainerOfType(node, isTouchpoint);
        const journey = AstUtils.getContainerOfType(node, isJourney);
        const opportunity = AstUtils.getContainerOfType(node, isOpportunity);
        const persona = AstUtils.getContainerOfType(node, isPersona);
        switch (`${rule}:${keyword.value}`) {
            case 'ChannelLine:channel': return Boolean(touchpoint?.lines.some(isChannelLine));
            case 'EmotionLine:emotion': return Boolean(touchpoint?.lines.some(isEmotionLine));
            case 'TextKind:time': return Boolean(touchpoint?.lines.some(line => isTextLine(line) && line.kind === 'time'));
            case 'TypeLine:type': return Boolean(journey?.headers.some(isTypeLine));
            case 'ModelLine:model': return Boolean(journey?.headers.some(isModelLine));
            case 'ImprovesLine:improves': return Boolean(journey?.headers.some(isImprovesLine));
            case 'LanguageLine:language': return Boolean(journey?.headers.some(isLanguageLine));
            case 'ImpactLine:impact': return Boolean(opportunity?.lines.some(isImpactLine));
            case 'OpportunityText:owner': return Boolean(opportunity?.lines.some(line => isOpportunityText(line) && line.kind === 'owner'));
            case 'PersonaFieldKind:description': return Boolean(persona?.fields.some(field => field.kind === 'description'));
            default: return false;
        }
    }
}
