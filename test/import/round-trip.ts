import { expect } from 'vitest';
import { formatJourneyText } from '../../language/index.js';
import { importMermaidJourneys, NO_SECTION_LABEL, type ImportResult, type ImportSource } from '../../language/import/import-journeys.js';
import { buildJourneyModel } from '../../language/model/build-model.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { renderView } from '../../language/views/index.js';
import { wordsFor } from '../../language/views/map-words.js';
import { readDiagram, renderMermaid, visibleText, type ReadJourney } from '../helpers/mermaid.js';
import { workspaceOf } from '../helpers/workspace.js';

/** What the journey view appends to a task without an emotion (in English: the imported map says no language). */

/**
 * The round trip of the issue: a Mermaid journey diagram, read by the real Mermaid, against the
 * journey view of its import, read by the real Mermaid again. The import's text must also load
 * with no error and be in the canonical format.
 */

/** Texts as Mermaid shows them: runs of white space (our view wraps long texts into lines) as one space. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Imports a source; fails the test on an error, an invalid or unformatted result. Returns the result and its model. */
export async function importChecked(source: ImportSource): Promise<{ result: ImportResult; model: JourneyModel }> {
    const result = importMermaidJourneys(source);
    expect(result.messages.filter(message => message.severity === 'error')).toEqual([]);
    const text = result.text!;
    const formatted = formatJourneyText(text);
    expect(formatted.ok && formatted.text).toBe(text);
    const workspace = await workspaceOf({ 'imported.journey': text });
    expect(workspace.diagnostics().filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message)).toEqual([]);
    return { result, model: buildJourneyModel(Object.values(workspace.documents)) };
}

export interface Expectations {
    /** The title the import gives a diagram that has none. */
    untitled?: string;
    /** Whether the scores are on another scale (rescaled): then only their order is kept. */
    rescaled?: boolean;
}

/**
 * Compares what Mermaid reads of `diagram` with what it reads of the journey view of `journeyName`:
 * title, sections, task texts, scores (clamped to 1–5, or in the same order when rescaled) and actors.
 * Where the view differs by design, the comparison says so (docs/import.md):
 * - tasks before the first section are in a section "Steps";
 * - a task whose score is not a number is drawn 3 and its text ends with "(no emotion recorded)", in the map's language;
 * - a task without actors, or with every actor of the journey, is drawn without actors (it is the
 *   whole journey's); empty actors are left out; a persona with a long label is shown by its name.
 */
export async function expectSameDiagram(diagram: string, model: JourneyModel, journeyName: string, expectations: Expectations = {}): Promise<void> {
    const original = await readDiagram(diagram) as ReadJourney;
    const view = await readDiagram(renderView(model, journeyName, 'journey')) as ReadJourney;
    const journey = model.journeys.find(candidate => candidate.name === journeyName)!;
    expect(shown(view.title)).toBe(shown(await drawnTitle(diagram)) || shown(expectations.untitled ?? ''));

    // A section or task whose text shows nothing is shown by its name (as every view shows a blank label).
    const stageNames = journey.stages.map(stage => stage.name);
    const touchpointNames = journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.name));
    const unsectioned = original.tasks.some(task => task.section === '');
    const sections = [...(unsectioned ? [NO_SECTION_LABEL] : []), ...original.sections.map(shown)].map((title, i) => title || stageNames[i]);
    expect(view.sections.map(shown)).toEqual(sections);

    const labelOf = new Map(model.personas.map(persona => [persona.name, persona.label]));
    const actors = (people: string[]) => [...new Set(people.map(shown).filter(actor => actor !== ''))].sort();
    const everyone = actors(original.tasks.flatMap(task => task.people));
    const people = (task: ReadJourney['tasks'][number]) => {
        const named = actors(task.people);
        return named.length === everyone.length ? [] : named;
    };
    expect(view.tasks.map(task => ({
        section: shown(task.section),
        task: shown(task.task),
        people: actors(task.people.map(actor => labelOf.get(actor) ?? actor))
    }))).toEqual(original.tasks.map((task, i) => ({
        section: task.section === '' ? NO_SECTION_LABEL : shown(task.section) || sections[original.sections.indexOf(task.section) + (unsectioned ? 1 : 0)],
        task: (shown(task.task) || touchpointNames[i]) + (Number.isFinite(task.score) ? '' : ` ${wordsFor(journey).journeyView.noEmotion}`),
        people: people(task)
    })));

    const scores = original.tasks.map(task => Number.isFinite(task.score) ? task.score : undefined);
    const drawn = view.tasks.map(task => task.score);
    if (expectations.rescaled) {
        // The order of the numbers is kept: a higher score never becomes a lower emotion.
        const known = scores.flatMap((score, i) => score === undefined ? [] : [[score, drawn[i]] as const]);
        for (const [a, emotionA] of known) {
            for (const [b, emotionB] of known) {
                expect(a <= b ? emotionA <= emotionB : emotionA >= emotionB).toBe(true);
            }
        }
        expect(drawn.every(score => score >= 1 && score <= 5)).toBe(true);
    } else {
        expect(drawn).toEqual(scores.map(score => score === undefined ? 3 : Math.min(5, Math.max(1, Math.round(score)))));
    }
    expect(journey.stages.length).toBe(view.sections.length);
}

/**
 * The title Mermaid draws (bold, at the top): read from its rendering, since only `mermaid.render`
 * gives the diagram the title of its front matter (the parsed diagram of readDiagram has none).
 */
async function drawnTitle(diagram: string): Promise<string> {
    const svg = await renderMermaid(diagram);
    const title = /<text[^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/.exec(svg);
    return title ? visibleText(title[1]) : '';
}
