import type { Language } from '../locale.js';

/**
 * The plain journey model: what a workspace of `.journey` files says, free of Langium and VS Code
 * types, for the views, the diff, the preview and `journey-map export`. Labels are the text shown
 * (the name when no label is written); `\n` in a label is kept as a line break.
 */

export interface Position {
    /** 0-based line. */
    line: number;
    /** 0-based UTF-16 column, as in the Language Server Protocol. */
    character: number;
}

export interface SourceRange {
    /** The document's URI (file:///… for files on disk). */
    uri: string;
    start: Position;
    end: Position;
}

export type MapType = 'current' | 'future' | 'day-in-the-life' | 'blueprint';
export type StageModelName = 'AIDA' | 'ACC' | 'ACCSR' | 'ACPRA' | 'ACCRA';
export type Level = 'low' | 'medium' | 'high';

export interface JourneyModel {
    personas: PersonaModel[];
    /** Declared channels and the built-in channels (`builtin: true`) not replaced by a declaration. */
    channels: ChannelModel[];
    journeys: JourneyMapModel[];
}

export interface PersonaModel {
    name: string;
    label: string;
    description?: string;
    goals: string[];
    needs: string[];
    frustrations: string[];
    quotes: string[];
    source: SourceRange;
}

export interface ChannelModel {
    name: string;
    label: string;
    kind: string;
    builtin: boolean;
    source?: SourceRange;
}

export interface JourneyMapModel {
    name: string;
    label: string;
    type: MapType;
    /** Names of the personas the journey follows, in the order written. */
    personas: string[];
    model?: StageModelName;
    /** The language the map says it is written in (`language vi`); its drawings' fixed words follow it, else the reader's. */
    language?: Language;
    goals: string[];
    research: string[];
    /** The current-state journey this (future) journey improves. */
    improves?: string;
    stages: StageModel[];
    opportunities: OpportunityModel[];
    source: SourceRange;
    /**
     * Set only on a part of a longer journey (language/views/split-journey.ts): the number its first
     * touchpoint has in the whole journey, so that the views number the part's touchpoints as the whole.
     */
    firstTouchpointNumber?: number;
}

export interface StageModel {
    name: string;
    label: string;
    touchpoints: TouchpointModel[];
    source: SourceRange;
}

export interface EmotionModel {
    /** 1 (very negative) to 5 (very positive): the written score, else the mood's score; absent when neither is valid. */
    score?: number;
    mood?: string;
}

export interface PainModel {
    name: string;
    label: string;
    severity?: Level;
    source: SourceRange;
}

export interface MetricModel {
    name: string;
    /** The number read as docs/language.md says (`85.000` in a Vietnamese map is 85000, `1,4` is 1.4). */
    value: number;
    /** `%` when written as a percentage, else the word after the number (`giờ`, `đ`), if any. */
    unit?: string;
    /** As written, e.g. `38%`, `85.000 đ`. */
    text: string;
}

export interface LanesModel {
    frontstage: string[];
    backstage: string[];
    support: string[];
    evidence: string[];
}

export interface TouchpointModel {
    name: string;
    label: string;
    stage: string;
    channel?: string;
    /** The personas taking this step: those written, else all of the journey's personas. */
    personas: string[];
    actions: string[];
    thoughts: string[];
    emotion?: EmotionModel;
    pains: PainModel[];
    barriers: string[];
    metrics: MetricModel[];
    lanes: LanesModel;
    time?: string;
    source: SourceRange;
}

export interface OpportunityModel {
    name: string;
    label: string;
    /** Names of the pain points it fixes. */
    fixes: string[];
    owner?: string;
    impact?: Level;
    resources: string[];
    source: SourceRange;
}
