import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Channel, Journey, MetricLine, Opportunity, Persona, Stage, Touchpoint, Workspace } from '../generated/ast.js';
import {
    isChannel, isChannelLine, isEmotionLine, isFixesLine, isImpactLine, isImprovesLine, isJourney, isJourneyText,
    isMetricLine, isOpportunityText, isPain, isPersona, isPersonaLine, isTextLine
} from '../generated/ast.js';
import { journeyLanguage, journeyModel, journeyType } from '../ast-helpers.js';
import { BUILTIN_CHANNEL_LABELS, CHANNEL_KINDS, DEFAULT_CHANNEL_KIND } from '../domain/channel-kinds.js';
import { emotionScore } from '../domain/emotion.js';
import { readMetricNumber } from '../domain/metric-number.js';
import type { Language } from '../locale.js';
import { isBuiltinUri } from '../references/builtin-channels.js';
import type {
    ChannelModel, JourneyMapModel, JourneyModel, MetricModel, OpportunityModel, PersonaModel, SourceRange, StageModel, TouchpointModel
} from './journey-model.js';

/** What the top-level declarations of one document make. */
export interface DocumentModel {
    personas: PersonaModel[];
    channels: ChannelModel[];
    journeys: JourneyMapModel[];
}

/**
 * Document models by parse result (the root AST node: a new parse makes a new one). A document's
 * model is made of its own text only: a reference shows the name written (the name it resolves to
 * is that name), so a document that was not parsed again keeps its model. The preview keeps one
 * such cache, so that an edit rebuilds the model of the edited file, not of the whole workspace.
 */
export type DocumentModelCache = WeakMap<AstNode, DocumentModel>;

/**
 * Builds the plain model of a workspace from its linked documents, in the order given, and adds
 * the built-in channels that no declaration replaces. Unresolved references keep their written name.
 * With a cache, documents parsed since the last call are read again, the others' models reused.
 */
export function buildJourneyModel(documents: Iterable<LangiumDocument>, cache?: DocumentModelCache): JourneyModel {
    const model: JourneyModel = { personas: [], channels: [], journeys: [] };
    for (const document of documents) {
        if (isBuiltinUri(document.uri)) {
            continue;
        }
        const root = document.parseResult.value;
        let part = cache?.get(root);
        if (!part) {
            part = documentModel(root as Workspace);
            cache?.set(root, part);
        }
        model.personas.push(...part.personas);
        model.channels.push(...part.channels);
        model.journeys.push(...part.journeys);
    }
    const declared = new Set(model.channels.map(channel => channel.name));
    model.channels.push(...CHANNEL_KINDS.filter(kind => !declared.has(kind))
        .map(kind => ({ name: kind, label: BUILTIN_CHANNEL_LABELS[kind], kind, builtin: true })));
    return model;
}

function documentModel(workspace: Workspace): DocumentModel {
    const part: DocumentModel = { personas: [], channels: [], journeys: [] };
    // Elements without a name are syntax errors (JM001): the model leaves them out.
    for (const declaration of (workspace.declarations ?? []).filter(named)) {
        if (isPersona(declaration)) {
            part.personas.push(personaModel(declaration));
        } else if (isChannel(declaration)) {
            part.channels.push(channelModel(declaration));
        } else if (isJourney(declaration)) {
            part.journeys.push(journeyMapModel(declaration));
        }
    }
    return part;
}

function personaModel(persona: Persona): PersonaModel {
    const texts = (kind: string) => persona.fields.filter(field => field.kind === kind).map(field => field.text);
    return {
        name: persona.name,
        label: persona.label ?? persona.name,
        description: texts('description')[0],
        goals: texts('goal'),
        needs: texts('need'),
        frustrations: texts('frustration'),
        quotes: texts('quote'),
        source: sourceOf(persona)
    };
}

function channelModel(channel: Channel): ChannelModel {
    return {
        name: channel.name,
        label: channel.label ?? channel.name,
        kind: channel.kind ?? DEFAULT_CHANNEL_KIND,
        builtin: false,
        source: sourceOf(channel)
    };
}

function journeyMapModel(journey: Journey): JourneyMapModel {
    const texts = (kind: string) => journey.headers.filter(isJourneyText).filter(line => line.kind === kind).map(line => line.text);
    const personas = journeyPersonaNames(journey);
    const improves = journey.headers.find(isImprovesLine);
    const language = journeyLanguage(journey);
    return {
        name: journey.name,
        label: journey.label ?? journey.name,
        type: journeyType(journey),
        personas,
        ...optional('model', journeyModel(journey)),
        ...optional('language', language),
        goals: texts('goal'),
        research: texts('research'),
        ...optional('improves', referenceName(improves?.journey)),
        stages: journey.stages.filter(named).map(stage => stageModel(stage, personas, language)),
        opportunities: journey.opportunities.filter(named).map(opportunityModel),
        source: sourceOf(journey)
    };
}

/** The journey's persona names in the order written, each once (unresolved ones as written). */
function journeyPersonaNames(journey: Journey): string[] {
    return [...new Set(journey.headers.filter(isPersonaLine).flatMap(line => line.personas.map(ref => referenceName(ref))))];
}

function stageModel(stage: Stage, journeyPersonaNames: string[], language: Language | undefined): StageModel {
    return {
        name: stage.name,
        label: stage.label ?? stage.name,
        touchpoints: stage.touchpoints.filter(named).map(touchpoint => touchpointModel(touchpoint, stage.name, journeyPersonaNames, language)),
        source: sourceOf(stage)
    };
}

function touchpointModel(touchpoint: Touchpoint, stage: string, journeyPersonaNames: string[], language: Language | undefined): TouchpointModel {
    const lines = touchpoint.lines;
    const texts = (kind: string) => lines.filter(isTextLine).filter(line => line.kind === kind).map(line => line.text);
    const channel = lines.find(isChannelLine);
    const emotion = lines.find(isEmotionLine);
    const personaLines = lines.filter(isPersonaLine);
    const score = emotion ? emotionScore(emotion) : undefined;
    return {
        name: touchpoint.name,
        label: touchpoint.label ?? touchpoint.name,
        stage,
        ...optional('channel', referenceName(channel?.channel)),
        personas: personaLines.length > 0
            ? [...new Set(personaLines.flatMap(line => line.personas.map(ref => referenceName(ref))))]
            : [...journeyPersonaNames],
        actions: texts('action'),
        thoughts: texts('thought'),
        ...optional('emotion', emotion ? { ...optional('score', score), ...optional('mood', emotion.mood) } : undefined),
        pains: lines.filter(isPain).filter(named).map(pain => ({
            name: pain.name,
            label: pain.label ?? pain.name,
            ...optional('severity', pain.severity),
            source: sourceOf(pain)
        })),
        barriers: texts('barrier'),
        metrics: lines.filter(isMetricLine).filter(line => line.key !== undefined && line.value !== undefined).map(line => metricModel(line, language)),
        lanes: {
            frontstage: texts('frontstage'),
            backstage: texts('backstage'),
            support: texts('support'),
            evidence: texts('evidence')
        },
        ...optional('time', texts('time')[0]),
        source: sourceOf(touchpoint)
    };
}

/** A metric: its number read as metric-number.ts says, its unit (`%` or a word), and its text as written (`38%`, `85.000 đ`). */
function metricModel(line: MetricLine, language: Language | undefined): MetricModel {
    const number = line.percent ? line.value + '%' : line.value;
    const unit = number.endsWith('%') ? '%' : line.unit;
    return {
        name: line.key,
        value: readMetricNumber(number, language).value,
        ...optional('unit', unit),
        text: line.unit === undefined ? number : `${number} ${line.unit}`
    };
}

function opportunityModel(opportunity: Opportunity): OpportunityModel {
    const lines = opportunity.lines;
    const texts = (kind: string) => lines.filter(isOpportunityText).filter(line => line.kind === kind).map(line => line.text);
    return {
        name: opportunity.name,
        label: opportunity.label ?? opportunity.name,
        fixes: lines.filter(isFixesLine).flatMap(line => line.pains.map(ref => referenceName(ref))),
        ...optional('owner', texts('owner')[0]),
        ...optional('impact', lines.find(isImpactLine)?.value),
        resources: texts('resource'),
        source: sourceOf(opportunity)
    };
}

/** The name a reference stands for: the target's name when resolved, else the name as written (NFC). */
function referenceName(reference: { ref?: { name: string }; $refText: string }): string;
function referenceName(reference: { ref?: { name: string }; $refText: string } | undefined): string | undefined;
function referenceName(reference: { ref?: { name: string }; $refText: string } | undefined): string | undefined {
    return reference ? reference.ref?.name ?? reference.$refText.normalize('NFC') : undefined;
}

function sourceOf(node: AstNode): SourceRange {
    const range = node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: AstUtils.getDocument(node).uri.toString(), start: { ...range.start }, end: { ...range.end } };
}

function named<T extends { name?: string }>(node: T): boolean {
    return typeof node.name === 'string';
}

/** `{ key: value }` when the value is defined, `{}` otherwise: keeps absent fields out of the JSON. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return value === undefined ? {} : { [key]: value } as { [P in K]?: V };
}
