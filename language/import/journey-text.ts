import type { Language } from '../locale.js';
import { normalizeText } from '../views/escape.js';

/**
 * The journeys an import makes, and their `.journey` text in the canonical layout
 * (docs/formatting.md: two-space indentation, one blank line between top-level declarations,
 * between stages and before the first stage), so that `journey-map format --check` passes on it.
 */

export interface ImportedTouchpoint {
    name: string;
    label: string;
    /** The personas taking the step when they are not all of the journey's. */
    personas: string[];
    emotion?: number;
    comments: string[];
}

export interface ImportedStage {
    name: string;
    label: string;
    touchpoints: ImportedTouchpoint[];
    comments: string[];
    /** Comments after the stage's last touchpoint. */
    trailing: string[];
}

export interface ImportedJourney {
    name: string;
    label: string;
    /** The language of the labels, when they say it clearly (`language vi`). */
    language?: Language;
    personas: string[];
    research: string;
    comments: string[];
    stages: ImportedStage[];
    trailing: string[];
}

export interface ImportedPersona {
    name: string;
    label: string;
}

/**
 * A label as a string of the language: `"` and `\` escaped, every kind of line break as `\n`, tabs as
 * spaces, other control characters as their visible pictures (an escape sequence in a diagram must not
 * reach a terminal through the printed map).
 */
export function quoted(label: string): string {
    return `"${normalizeText(label).replace(/[\\"]/g, char => `\\${char}`).replace(/\n/g, '\\n')}"`;
}

const withLabel = (keyword: string, name: string, label: string) => `${keyword} ${name}${label === '' ? '' : ` ${quoted(label)}`}`;

/** A comment line: one line, never closing or opening anything. */
const comment = (indent: string, text: string) => `${indent}// ${normalizeText(text).replace(/\s+/g, ' ').trim()}`;

function touchpointLines(touchpoint: ImportedTouchpoint): string[] {
    const head = `    ${withLabel('touchpoint', touchpoint.name, touchpoint.label)}`;
    const body = [
        ...(touchpoint.personas.length > 0 ? [`      persona ${touchpoint.personas.join(', ')}`] : []),
        ...(touchpoint.emotion === undefined ? [] : [`      emotion ${touchpoint.emotion}`])
    ];
    return [
        ...touchpoint.comments.map(text => comment('    ', text)),
        ...(body.length === 0 ? [head] : [`${head} {`, ...body, '    }'])
    ];
}

function stageLines(stage: ImportedStage): string[] {
    const head = `  ${withLabel('stage', stage.name, stage.label)}`;
    if (stage.touchpoints.length === 0 && stage.trailing.length === 0) {
        return [...stage.comments.map(text => comment('  ', text)), `${head} {}`];
    }
    return [
        ...stage.comments.map(text => comment('  ', text)),
        `${head} {`,
        ...stage.touchpoints.flatMap(touchpointLines),
        ...stage.trailing.map(text => comment('    ', text)),
        '  }'
    ];
}

function journeyLines(journey: ImportedJourney): string[] {
    return [
        `${withLabel('journey', journey.name, journey.label)} {`,
        ...journey.comments.map(text => comment('  ', text)),
        ...(journey.language ? [`  language ${journey.language}`] : []),
        `  persona ${journey.personas.join(', ')}`,
        `  research ${quoted(journey.research)}`,
        ...journey.stages.flatMap(stage => ['', ...stageLines(stage)]),
        ...journey.trailing.map(text => comment('  ', text)),
        '}'
    ];
}

export function journeyWorkspaceText(personas: readonly ImportedPersona[], journeys: readonly ImportedJourney[]): string {
    const declarations = [
        ...personas.map(persona => [withLabel('persona', persona.name, persona.label)]),
        ...journeys.map(journeyLines)
    ];
    return declarations.map(lines => lines.join('\n')).join('\n\n') + '\n';
}
