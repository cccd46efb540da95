import * as l10n from '@vscode/l10n';
import { NameScope } from './derive-names.js';
import { importScores, mermaidScore } from './import-scores.js';
import { journeyWorkspaceText, type ImportedJourney, type ImportedPersona, type ImportedStage } from './journey-text.js';
import { mermaidBlocks } from './markdown-mermaid-blocks.js';
import { parseMermaidJourney, type MermaidJourney } from './mermaid-journey-parser.js';
import { firstWord, isJourneyDiagram } from './mermaid-preprocess.js';
import { MermaidSyntaxError } from './mermaid-syntax-error.js';
import { mermaidLabel } from './mermaid-text.js';
import { writtenLanguage } from './written-language.js';

/**
 * `journey-map import` and the editor's *Import Mermaid Journey…*: Mermaid journey diagrams (a
 * Mermaid file, or every ```mermaid block of a Markdown document that holds one) to the text of a
 * `.journey` workspace. Pure: text in, text and messages out. Decisions: docs/import.md.
 */

export interface ImportSource {
    text: string;
    /** A Markdown document (its ```mermaid blocks) or one Mermaid diagram. */
    kind: 'markdown' | 'mermaid';
    /** The file as shown to the user (in the research line of each journey). */
    name: string;
    /** The title of a journey whose diagram has none (Mermaid draws none): the file's name without its extension. */
    fallbackTitle: string;
    /** The line of the file the text starts on (a selection in an editor): messages and research lines name lines of the file. */
    firstLine?: number;
}

export interface ImportMessage {
    severity: 'error' | 'warning';
    line: number;
    message: string;
}

export interface ImportResult {
    /** The `.journey` text; undefined when a diagram was refused or there was none. */
    text?: string;
    journeys: number;
    /** Mermaid diagrams of other types, left out. */
    skipped: number;
    messages: ImportMessage[];
}

/** The label of the persona of journeys whose tasks name no actor. */
export const DEFAULT_PERSONA_LABEL = 'User';
/** The label of the stage of tasks written before the first section. */
export const NO_SECTION_LABEL = 'Steps';

export function importMermaidJourneys(source: ImportSource): ImportResult {
    const offset = (source.firstLine ?? 1) - 1;
    const diagrams = source.kind === 'markdown'
        ? mermaidBlocks(source.text).map(block => ({ ...block, line: block.line + offset }))
        : [{ text: source.text, line: 1 + offset, heading: undefined }];
    const journeys = diagrams.filter(diagram => isJourneyDiagram(diagram.text));
    const skipped = diagrams.length - journeys.length;
    const messages: ImportMessage[] = [];
    const parsed: Array<{ journey: MermaidJourney; heading?: string }> = [];
    for (const diagram of journeys) {
        try {
            parsed.push({ journey: parseMermaidJourney(diagram.text, diagram.line), heading: diagram.heading });
        } catch (error) {
            if (!(error instanceof MermaidSyntaxError)) {
                throw error;
            }
            messages.push({ severity: 'error', line: error.line, message: l10n.t('Mermaid cannot read this journey diagram: {0}', error.message) });
        }
    }
    if (journeys.length === 0) {
        const type = firstWord(source.text);
        const message = source.kind === 'mermaid'
            ? (type === '' ? l10n.t('no Mermaid journey diagram found (the file holds no diagram)')
                : l10n.t('no Mermaid journey diagram found (the diagram starts with "{0}", not "journey")', type))
            : skipped === 0 ? l10n.t('no Mermaid journey diagram found') : l10n.t('no Mermaid journey diagram found ({0})', otherDiagramsLeftOut(skipped));
        messages.push({ severity: 'error', line: 1 + offset, message });
    }
    if (messages.length > 0) {
        return { journeys: journeys.length, skipped, messages };
    }
    const converter = new Converter(source, messages);
    const imported = parsed.map(({ journey, heading }) => converter.journey(journey, heading));
    messages.sort((a, b) => a.line - b.line);
    return { text: journeyWorkspaceText(converter.personas, imported), journeys: imported.length, skipped, messages };
}

/** "2 other Mermaid diagrams left out", in the reader's language. */
export function otherDiagramsLeftOut(count: number): string {
    return count === 1 ? l10n.t('1 other Mermaid diagram left out') : l10n.t('{0} other Mermaid diagrams left out', count);
}

/** "2 journeys", in the reader's language. */
export function journeyCount(count: number): string {
    return count === 1 ? l10n.t('1 journey') : l10n.t('{0} journeys', count);
}

/** Turns parsed diagrams into journeys, sharing one set of personas and journey names. */
class Converter {
    readonly personas: ImportedPersona[] = [];
    private readonly personaNames = new Map<string, string>();
    private readonly personaScope = new NameScope();
    private readonly journeyScope = new NameScope();

    constructor(private readonly source: ImportSource, private readonly messages: ImportMessage[]) {}

    private persona(label: string): string {
        let name = this.personaNames.get(label);
        if (name === undefined) {
            name = this.personaScope.claim(label, 'persona');
            this.personaNames.set(label, name);
            this.personas.push({ name, label });
        }
        return name;
    }

    private warn(line: number, message: string): void {
        this.messages.push({ severity: 'warning', line, message });
    }

    journey(diagram: MermaidJourney, heading: string | undefined): ImportedJourney {
        const label = [diagram.title, diagram.accTitle, heading, this.source.fallbackTitle]
            .map(text => text === undefined ? '' : mermaidLabel(text, false)).find(text => text !== '') ?? '';
        const tasks = diagram.sections.flatMap(section => section.tasks);
        const { emotions, change } = importScores(tasks.map(task => task.score));
        if (change) {
            this.warn(diagram.line, l10n.t('journey "{0}": {1}', label, change));
        }
        tasks.forEach((task, i) => {
            if (emotions[i] === undefined) {
                // "Login: enter password: 4: Me" is the task "Login", the score "enter password" and the actor "4".
                const scoreInText = task.actors.some(actor => actor.trim() !== '' && mermaidScore(actor) !== undefined);
                const score = task.score.trim();
                const text = mermaidLabel(task.text, true);
                this.warn(task.line, scoreInText
                    ? l10n.t('the score "{0}" of "{1}" is not a number: the touchpoint has no emotion (Mermaid ends a task\'s text at its first ":", so "{0}" is read as the score; write a ":" in a task as #58;)', score, text)
                    : l10n.t('the score "{0}" of "{1}" is not a number: the touchpoint has no emotion', score, text));
            }
        });
        const actorsOf = tasks.map(task => [...new Set(task.actors.map(actor => mermaidLabel(actor, false)).filter(actor => actor !== ''))]);
        if (tasks.some(task => task.actors.some(actor => mermaidLabel(actor, false) === ''))) {
            this.warn(diagram.line, l10n.t('journey "{0}": empty actors (",," or a trailing ",") left out', label));
        }
        const everyone = [...new Set(actorsOf.flat())];
        const personas = (everyone.length > 0 ? everyone : [DEFAULT_PERSONA_LABEL]).map(actor => this.persona(actor));

        const comments = new CommentQueue(diagram.comments);
        const stageScope = new NameScope();
        const touchpointScope = new NameScope();
        let taskIndex = 0;
        // The map's own text (these comments, the research line, "User", "Steps") stays in English
        // whatever the reader's language: the same diagram always imports to the same file.
        const header = [
            ...(diagram.accTitle ? [`accTitle: ${diagram.accTitle}`] : []),
            ...(diagram.accDescr ? diagram.accDescr.split('\n').map((line, i) => `${i === 0 ? 'accDescr: ' : ''}${line.trim()}`) : []),
            ...(diagram.hasSettings ? ['The Mermaid display settings (directive, front matter config) were not imported'] : []),
            ...comments.before(diagram.sections[0]?.line ?? Infinity)
        ];
        const stages: ImportedStage[] = diagram.sections.map((section, sectionIndex) => {
            const stageLabel = section.title === undefined ? NO_SECTION_LABEL : mermaidLabel(section.title, true);
            const stageComments = comments.before(section.line);
            const touchpoints = section.tasks.map(task => {
                const i = taskIndex++;
                const taskLabel = mermaidLabel(task.text, true);
                const actors = actorsOf[i];
                const all = actors.length === 0 || (actors.length === everyone.length);
                return {
                    name: touchpointScope.claim(taskLabel, 'step'),
                    label: taskLabel,
                    personas: all ? [] : actors.map(actor => this.persona(actor)),
                    emotion: emotions[i],
                    comments: comments.before(task.line)
                };
            });
            // Comments after the last task stay in the last stage; others come before the statement they precede.
            const last = sectionIndex === diagram.sections.length - 1;
            return { name: stageScope.claim(stageLabel, 'stage'), label: stageLabel, touchpoints, comments: stageComments, trailing: last ? comments.before(Infinity) : [] };
        });
        const line = diagram.line;
        return {
            name: this.journeyScope.claim(label, 'journey'),
            label,
            // A Vietnamese diagram is drawn in Vietnamese for every reader (its lanes, headings, moods).
            language: writtenLanguage([label, ...stages.map(stage => stage.label), ...stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.label))]),
            personas,
            research: `Imported from the Mermaid journey diagram at line ${line} of ${this.source.name}`,
            comments: header,
            stages,
            trailing: comments.before(Infinity)
        };
    }
}

/** The diagram's comments, handed out in order to the statement they come before. */
class CommentQueue {
    private next = 0;

    constructor(private readonly comments: ReadonlyArray<{ text: string; line: number }>) {}

    /** The comments not handed out yet that stand before `line` (a comment on a task's line goes after it). */
    before(line: number): string[] {
        const taken: string[] = [];
        while (this.next < this.comments.length && this.comments[this.next].line < line) {
            const { text } = this.comments[this.next++];
            if (text.trim() !== '') {
                taken.push(text);
            }
        }
        return taken;
    }
}
