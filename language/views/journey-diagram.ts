import type { DrawnElement, DrawnView, ElementRef } from '../../protocol/drawn-elements.js';
import { escapeJourney } from './escape.js';
import { textUnits, wrapText } from './wrap.js';

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
    /** What the task stands for (a touchpoint). */
    element?: ElementRef;
}

export interface JourneySection {
    title: string;
    tasks: JourneyTask[];
    /** What the section stands for (a stage). */
    element?: ElementRef;
}

export interface JourneyDiagram {
    title: string;
    accTitle: string;
    accDescr: string;
    sections: JourneySection[];
}

/**
 * Box sizes. Mermaid draws every task box `width` wide (150 px by default) and `height` high (50),
 * at 14 px, and places a task's persona dots on the top edge of its box from 14 px in. Above a
 * height of 70 px the boxes reach the line Mermaid draws at 4 × height, through the score faces
 * (300–420 px). So the box is made wide enough that the longest text fits in a box at most 70 px
 * high, and no line of text reaches the persona dots or the box's edge.
 */
const BOX_WIDTHS = [150, 200, 250, 300, 400];
const MAX_BOX_HEIGHT = 70;
const DEFAULT_BOX_HEIGHT = 50;
/** Mermaid's gap between two task boxes (`diagramMarginX`). */
const TASK_GAP = 50;
const LINE_PX = 14;
/** Units of text on a line of a box `width` px wide: about 8 px a unit at 14 px, and room on both sides. */
const unitsIn = (width: number) => Math.floor((width - 24) / 8);

/** The height that keeps `lines` lines clear of the box's edges, and of the persona dots when there are some. */
function heightFor(lines: number, withActors: boolean): number {
    const clearance = withActors ? 10 : 3;
    // Lines are centred, 14 px apart; a line's glyphs reach about 8 px above and below its centre.
    return Math.max(DEFAULT_BOX_HEIGHT, 2 * (clearance + 8) + LINE_PX * Math.max(0, lines - 1));
}

interface BoxLayout {
    width: number;
    height: number;
    sections: Array<{ lines: string[]; tasks: Array<JourneyTask & { lines: string[] }> }>;
}

function layout(diagram: JourneyDiagram, width: number): BoxLayout {
    const sections = diagram.sections.map(section => ({
        // A section with no task is not drawn as a box: its title is wrapped as for one task (never one letter a line).
        lines: wrapText(section.title, unitsIn(Math.max(1, section.tasks.length) * width + Math.max(0, section.tasks.length - 1) * TASK_GAP)),
        tasks: section.tasks.map(task => ({ ...task, lines: wrapText(task.text, unitsIn(width)) }))
    }));
    const height = Math.max(DEFAULT_BOX_HEIGHT, ...sections.flatMap(section => [
        heightFor(section.lines.length, false),
        ...section.tasks.map(task => heightFor(task.lines.length, task.actors.length > 0))
    ]));
    return { width, height, sections };
}

/** The narrowest boxes whose texts all fit in boxes at most 70 px high (else the widest, taller). */
function boxLayout(diagram: JourneyDiagram): BoxLayout {
    for (const width of BOX_WIDTHS) {
        const candidate = layout(diagram, width);
        if (candidate.height <= MAX_BOX_HEIGHT) {
            return candidate;
        }
    }
    return layout(diagram, BOX_WIDTHS.at(-1)!);
}

export function journeyDirective(width = 150, height = DEFAULT_BOX_HEIGHT, titleFontSize?: number): string {
    const size = `${width === 150 ? '' : `, "width": ${width}`}${height === DEFAULT_BOX_HEIGHT ? '' : `, "height": ${height}`}`
        + (titleFontSize === undefined ? '' : `, "titleFontSize": "${titleFontSize}px"`);
    return `%%{init: {"journey": {"textPlacement": "tspan"${size}}, "themeCSS": "text.task, text.journey-section { fill: inherit; }"}}%%`;
}

/** Mermaid's title font (4ex, about 28 px bold: some 16 px a unit). */
const TITLE_UNIT_PX = 16;
const TITLE_FONT_PX = 28;
const MIN_TITLE_FONT_PX = 14;

/**
 * A smaller title font when the title would run past the diagram's right edge (Mermaid draws the
 * title on one line from the left margin, and the diagram does not widen for it); undefined when it fits.
 */
function titleFontSize(title: string, diagramWidth: number, leftMargin: number): number | undefined {
    const room = diagramWidth - leftMargin - 20;
    const needed = textUnits(title) * TITLE_UNIT_PX;
    return needed <= room ? undefined : Math.max(MIN_TITLE_FONT_PX, Math.floor(TITLE_FONT_PX * room / needed));
}

/**
 * Mermaid draws a journey's sections and tasks in the order written, each as a group holding its
 * box (of these classes) and its lines of text: the group of the n-th box is the n-th section or task.
 */
const SECTION_BOX = 'rect.journey-section';
const TASK_BOX = 'rect.task';

export function writeJourneyDiagram(diagram: JourneyDiagram): DrawnView {
    const { width, height, sections } = boxLayout(diagram);
    const { drawn: drawnPx, leftMargin } = drawnWidth(diagram, width);
    const out = [
        journeyDirective(width, height, titleFontSize(diagram.title, drawnPx, leftMargin)),
        'journey',
        `  title ${escapeJourney(diagram.title, 'title')}`,
        `  accTitle: ${escapeJourney(diagram.accTitle, 'title')}`,
        `  accDescr: ${escapeJourney(diagram.accDescr, 'title')}`
    ];
    const elements: DrawnElement[] = [];
    const drawn = (selector: string, index: number, element: ElementRef | undefined) => {
        if (element) {
            elements.push({ at: { selector, index, group: true }, element });
        }
    };
    let taskIndex = 0;
    diagram.sections.forEach((section, index) => drawn(SECTION_BOX, index, section.element));
    for (const section of sections) {
        out.push(`  section ${escapeJourney(section.lines.join('\n'), 'section')}`);
        for (const task of section.tasks) {
            drawn(TASK_BOX, taskIndex++, task.element);
            const actors = task.actors.map(actor => escapeJourney(actor, 'actor')).filter(actor => actor !== '');
            out.push(`    ${escapeJourney(task.lines.join('\n'), 'task')}: ${task.score}${actors.length ? ': ' + actors.join(', ') : ''}`);
        }
    }
    return { mermaid: out.join('\n') + '\n', elements, width: drawnPx };
}

/**
 * The width Mermaid gives a journey diagram: its left margin (150 px and the widest persona of the
 * legend, about 9 px a unit) counted twice, each task's box and gap, and 100 px of margins.
 */
function drawnWidth(diagram: JourneyDiagram, boxWidth: number): { drawn: number; leftMargin: number } {
    const tasks = diagram.sections.flatMap(section => section.tasks);
    const legend = Math.max(0, ...[...new Set(tasks.flatMap(task => task.actors))].map(actor => 9 * textUnits(actor)));
    const leftMargin = 150 + legend;
    return { drawn: 2 * leftMargin + tasks.length * (boxWidth + TASK_GAP) + 100, leftMargin };
}
