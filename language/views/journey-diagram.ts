import { escapeJourney } from './escape.js';
import { JOURNEY_BOX_UNITS, wrapText } from './wrap.js';

/**
 * Writes a Mermaid `journey` diagram (used by the journey view and the compare view).
 *
 * Mermaid draws a task and a section as a fixed box (150 px per task) and never wraps its text, so
 * the text is broken into lines here and the lines joined with `<br>`. The directive at the top
 * makes Mermaid draw the text as SVG `<text>` lines (`textPlacement: tspan`, where `<br>` is a
 * line break; its default HTML placement would show a literal "<br>"), and gives that text the
 * theme's text colour (`themeCSS`; without it Mermaid paints tspan text white, unreadable on the
 * light themes). Boxes grow from 50 to 60 or 70 px when a text needs four or more lines.
 */

export interface JourneyTask {
    /** The text shown; `\n` is a line break. */
    text: string;
    /** 1 to 5. */
    score: number;
    /** The actors (personas) taking the step, as shown. */
    actors: string[];
}

export interface JourneySection {
    title: string;
    tasks: JourneyTask[];
}

export interface JourneyDiagram {
    title: string;
    accTitle: string;
    accDescr: string;
    sections: JourneySection[];
}

/** The text's lines in a box `taskCount` tasks wide (a section spans the tasks below it). */
function boxLines(text: string, taskCount = 1): string[] {
    const units = JOURNEY_BOX_UNITS + 26 * Math.max(0, taskCount - 1);
    return wrapText(text, units);
}

/** Box height: 50 px (Mermaid's default) holds three lines; 70 px is the most before the score faces. */
function boxHeight(maxLines: number): number | undefined {
    if (maxLines <= 3) {
        return undefined;
    }
    return maxLines === 4 ? 60 : 70;
}

export function journeyDirective(height?: number): string {
    const journeyConfig = height === undefined ? '{"textPlacement": "tspan"}' : `{"textPlacement": "tspan", "height": ${height}}`;
    return `%%{init: {"journey": ${journeyConfig}, "themeCSS": "text.task, text.journey-section { fill: inherit; }"}}%%`;
}

export function writeJourneyDiagram(diagram: JourneyDiagram): string {
    const sections = diagram.sections.map(section => ({
        lines: boxLines(section.title, section.tasks.length),
        tasks: section.tasks.map(task => ({ ...task, lines: boxLines(task.text) }))
    }));
    const maxLines = Math.max(0, ...sections.flatMap(section => [section.lines.length, ...section.tasks.map(task => task.lines.length)]));
    const out = [
        journeyDirective(boxHeight(maxLines)),
        'journey',
        `  title ${escapeJourney(diagram.title, 'title')}`,
        `  accTitle: ${escapeJourney(diagram.accTitle, 'title')}`,
        `  accDescr: ${escapeJourney(diagram.accDescr, 'title')}`
    ];
    for (const section of sections) {
        out.push(`  section ${escapeJourney(section.lines.join('\n'), 'section')}`);
        for (const task of section.tasks) {
            const actors = task.actors.map(actor => escapeJourney(actor, 'actor')).filter(actor => actor !== '');
            out.push(`    ${escapeJourney(task.lines.join('\n'), 'task')}: ${task.score}${actors.length ? ': ' + actors.join(', ') : ''}`);
        }
    }
    return out.join('\n') + '\n';
}
