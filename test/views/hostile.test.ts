import { describe, expect, it } from 'vitest';
import { buildJourneyModel } from '../../language/model/build-model.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { renderView, viewsFor, type ViewName } from '../../language/views/index.js';
import { readDiagram, type ReadDiagram } from '../helpers/mermaid.js';
import { workspaceOf } from '../helpers/workspace.js';
import { HOSTILE_LABELS, quote } from './hostile-labels.js';

/**
 * Every hostile label in every kind of label: each view must parse with the real Mermaid, and the
 * text Mermaid will show must be the label's text (the views may only add line breaks).
 */

/** Text compared without its white space (the views break lines, Mermaid trims) and without the bidi closers the escaping adds. */
function squash(text: string): string {
    return text.normalize('NFC').replace(/[\s\u200B\uFEFF\u202C\u2069]/g, '');
}

function workspaceText(label: string): string {
    const q = quote(label);
    return `persona p1 ${q}
persona p2 "Second persona"
channel c1 ${q} web

journey j_bp ${q} {
  type blueprint
  persona p1, p2

  stage s1 ${q} {
    touchpoint t1 ${q} {
      channel c1
      persona p1
      action ${q}
      thought ${q}
      emotion 2
      pain pn1 ${q} severity high
      barrier ${q}
      frontstage ${q}
      backstage ${q}
      support ${q}
      evidence ${q}
    }
    touchpoint t2 "Plain second" {
      persona p2
      emotion 4
      frontstage "Plain"
    }
  }

  stage s2 "Plain stage" {
    touchpoint t3 ${q} {
      frontstage "Plain"
    }
  }

  opportunity o1 ${q} {
    fixes pn1
    owner ${q}
  }

  opportunity o2 ${q} {
    owner ${q}
  }
}

journey j_day ${q} {
  type day-in-the-life
  persona p1

  stage morning ${q} {
    touchpoint d1 ${q} {
      time ${q}
      emotion 3
    }
    touchpoint d2 "Plain" {
      time "07:30"
    }
  }
}

journey j_cur ${q} {
  type current
  persona p1

  stage s ${q} {
    touchpoint kept ${q} {
      emotion 1
      pain slow ${q}
    }
    touchpoint gone ${q} {
      emotion 2
      pain lost ${q}
    }
  }

  opportunity fix ${q} {
    fixes slow, lost
  }
}

journey j_fut ${q} {
  type future
  improves j_cur
  persona p1

  stage s ${q} {
    touchpoint kept ${q} {
      emotion 4
    }
    touchpoint added ${q} {
      emotion 5
    }
  }
}
`;
}

async function modelOf(label: string): Promise<JourneyModel> {
    const workspace = await workspaceOf({ 'hostile.journey': workspaceText(label) });
    const errors = workspace.diagnostics().filter(d => d.severity === 1);
    expect(errors.map(d => d.message)).toEqual([]);
    return buildJourneyModel(Object.values(workspace.documents));
}

/** The label as one line of text: line breaks and runs of spaces as one space, trimmed, without the bidi closers the escaping adds. */
function oneLine(text: string): string {
    return text.replace(/[\u202C\u2069]+$/g, '').split(/[\n\t]/).map(line => line.trim().replace(/ {2,}/g, ' ')).filter(Boolean).join(' ').replace(/[\u202C\u2069]+$/g, '');
}

/** A text Mermaid shows, without the bidi closers the escaping adds at the end of each line. */
function unclosed(text: string): string {
    return text.replace(/[\u202C\u2069]+(?=\n|$)/g, '');
}

/** The label's lines (as written, trimmed), without the bidi closers the escaping adds. */
function linesOf(text: string): string {
    return text.replace(/\t/g, ' ').split('\n').map(line => line.replace(/[\u202C\u2069]+$/g, '').trim().replace(/ {2,}/g, ' ')).filter(Boolean).join('\n');
}

/** Every text the parsed diagram will show. */
function shownTexts(read: ReadDiagram): string[] {
    switch (read.type) {
        case 'journey':
            return [read.title, ...read.sections, ...read.tasks.flatMap(task => [task.task, ...task.people])];
        case 'xychart':
            return [read.title, read.xTitle, read.yTitle, ...read.categories, ...read.lines.map(line => line.title)];
        case 'block':
            return read.blocks.map(block => block.label);
        case 'timeline':
            return [read.title, ...read.sections, ...read.periods.flatMap(period => [period.period, ...period.events])];
    }
}

/** The journeys of the workspace and the views to check for each. */
const CASES: Array<[string, ViewName[]]> = [
    ['j_bp', ['map', 'journey', 'emotion']],
    ['j_day', ['map', 'journey', 'emotion', 'day']],
    ['j_cur', ['map', 'journey', 'emotion']],
    ['j_fut', ['map', 'journey', 'emotion', 'compare']]
];

describe('hostile labels', () => {
    it('has at least 50 labels', () => {
        expect(HOSTILE_LABELS.length).toBeGreaterThanOrEqual(50);
    });

    it.each(HOSTILE_LABELS.map((entry, i) => [i, JSON.stringify(entry.label).slice(0, 60), entry] as const))(
        'label %i %s: every view parses and shows the label', async (_i, _shown, { label, blank }) => {
            const model = await modelOf(label);
            for (const [journeyName, views] of CASES) {
                const journey = model.journeys.find(candidate => candidate.name === journeyName)!;
                expect(viewsFor(journey)).toEqual(views);
                // What each label shows: the label, or the name when the label shows nothing.
                const expected = (name: string) => squash(blank ? name : label);
                for (const view of views) {
                    const text = renderView(model, journeyName, view);
                    const read = await readDiagram(text);
                    const texts = shownTexts(read).map(squash);
                    const shows = (name: string, what: string) => {
                        const wanted = expected(name);
                        expect(texts.some(candidate => candidate.includes(wanted)), `${view} view of ${journeyName} shows the ${what}`).toBe(true);
                    };
                    // No label leaks out as a directive or a statement.
                    expect(text.match(/%%\{/g)?.length ?? 0, 'only the view writes a directive').toBeLessThanOrEqual(1);
                    expect(text.split('\n').filter(line => /^\s*(click|style|classDef|class)\b/.test(line)).every(line => /^\s*style [A-Za-z0-9_]+ [a-z-]+:[#a-z0-9]+(,[a-z-]+:[#a-z0-9 .]+)*$/.test(line))).toBe(true);
                    const exact = blank ? undefined : label;
                    if (exact !== undefined && journeyName === 'j_cur' && read.type === 'journey') {
                        // Each task shows the label whole (the view only breaks it into lines).
                        expect(read.tasks.map(task => squash(task.task))).toEqual([squash(exact), squash(exact)]);
                        expect(read.sections.map(squash)).toEqual([squash(exact)]);
                        // The journey's one persona takes every step: no task draws its dot.
                        expect(read.tasks[0].people).toEqual([]);
                        expect(unclosed(read.title)).toBe(oneLine(exact));
                    }
                    if (exact !== undefined && journeyName === 'j_cur' && read.type === 'xychart') {
                        // An axis label is the label whole: the chart makes room for it.
                        expect(read.categories.map(unclosed)).toEqual([`1. ${oneLine(exact)}`, `2. ${oneLine(exact)}`]);
                        expect(read.lines.map(line => ({ ...line, title: unclosed(line.title) }))).toEqual([{ title: oneLine(exact), values: [1, 2], colour: '#0072B2' }]);
                    }
                    if (exact !== undefined && read.type === 'timeline') {
                        expect(read.periods[0].events.map(unclosed)).toEqual([linesOf(exact)]);
                        expect(unclosed(read.periods[0].period.trim())).toBe(linesOf(exact));
                        expect(read.sections.map(unclosed)).toEqual([oneLine(exact)]);
                    }
                    if (exact !== undefined && view === 'compare' && read.type === 'journey') {
                        expect(read.tasks.map(task => squash(task.task))).toEqual(
                            [`${exact}(before)`, `${exact}(after)`, `${exact}(new)`, `${exact}(removed)`].map(squash));
                        expect(read.tasks.map(task => task.people)).toEqual([[], [], [], []]);
                        expect(read.tasks.map(task => task.score)).toEqual([1, 4, 5, 2]);
                    }
                    switch (read.type) {
                        case 'journey':
                            expect(squash(read.title)).toContain(expected(journeyName));
                            shows(journeyName === 'j_fut' ? 's' : journeyName === 'j_day' ? 'morning' : journeyName === 'j_cur' ? 's' : 's1', 'stage');
                            shows(journeyName === 'j_day' ? 'd1' : journeyName === 'j_bp' ? 't1' : 'kept', 'touchpoint');
                            if (view === 'journey' && journeyName === 'j_bp') {
                                // p1 and p2 take different steps: dots and a legend name them (a long label by the persona's name).
                                expect(read.tasks.flatMap(task => task.people).map(squash).some(text => text === expected('p1') || text === 'p1')).toBe(true);
                            }
                            if (view === 'compare') {
                                shows('added', 'new touchpoint');
                                shows('gone', 'removed touchpoint');
                            }
                            break;
                        case 'xychart':
                            expect(squash(read.title)).toContain(expected(journeyName));
                            // Scores 1 to 5, the axis reaching past them to keep their labels inside the chart.
                            expect(read.yRange).toEqual([0.6, 5.4]);
                            shows(journeyName === 'j_day' ? 'd1' : journeyName === 'j_bp' ? 't1' : 'kept', 'touchpoint');
                            if (journeyName === 'j_bp') {
                                // p1 and p2 take different touchpoints: a line each, titled with the persona.
                                expect(read.lines.map(line => squash(line.title))).toEqual([expected('p1'), squash('Second persona')]);
                            }
                            break;
                        case 'block':
                            shows(journeyName, 'journey');
                            shows(journeyName === 'j_fut' || journeyName === 'j_cur' ? 's' : journeyName === 'j_day' ? 'morning' : 's1', 'stage');
                            if (journeyName === 'j_bp') {
                                for (const what of ['t1', 'c1', 'pn1', 'o1', 'o2']) {
                                    shows(what, what);
                                }
                                if (!blank) {
                                    shows('', 'action, thought and barrier');
                                }
                            }
                            if (journeyName === 'j_bp' && !blank) {
                                shows('', 'frontstage, backstage, support and evidence');
                                expect(read.blocks.filter(block => squash(block.label).includes(squash(label))).length).toBeGreaterThanOrEqual(6);
                            }
                            break;
                        case 'timeline':
                            expect(squash(read.title)).toContain(expected(journeyName));
                            shows('morning', 'part of the day');
                            shows('d1', 'touchpoint');
                            if (!blank) {
                                expect(read.periods.map(period => squash(period.period))).toContain(squash(label));
                            }
                            break;
                    }
                }
            }
        }, 30_000);
});
