import { URI } from 'langium';
import { createJourneyServices } from '../journey-module.js';
import { buildJourneyModel } from '../model/build-model.js';
import type { JourneyModel } from '../model/journey-model.js';
import { chooseView, renderView, viewNamed, requiredMaxTextSize, viewsFor } from '../views/index.js';
import { loadWorkspace } from '../workspace/load-workspace.js';
import { problemOf } from '../workspace/problems.js';

/** What a ```journey block of a Markdown document shows: a diagram, or why there is none. */
export interface BlockRendering {
    mermaid?: string;
    maxTextSize?: number;
    /** The block's errors, with 1-based lines inside the block. */
    errors: Array<{ line: number; message: string; code?: string }>;
    notice?: string;
}

export interface BlockOptions {
    view?: string;
    journey?: string;
}

const BLOCK_URI = URI.parse('journey-block:///block.journey');
const CONTEXT_URI = URI.parse('journey-block:///workspace.journey');

/**
 * Renders a journey written inside a Markdown document. The block is read in a workspace of its
 * own, beside the personas and channels of the editor's workspace (`context`), so a spec can name
 * the personas the team already declared without the block touching the real workspace.
 */
export async function renderJourneyBlock(text: string, context: JourneyModel | undefined, options: BlockOptions = {}): Promise<BlockRendering> {
    const { Journey } = createJourneyServices();
    const [block] = await loadWorkspace(Journey, [
        { uri: BLOCK_URI, text },
        { uri: CONTEXT_URI, text: context ? declarationsOf(context) : '' }
    ]);
    const errors = (block.diagnostics ?? [])
        // A block may well repeat a persona of the workspace: that is not an error here.
        .filter(d => d.severity === 1 && d.code !== 'JM003')
        .map(problemOf)
        .map(({ message, code, range }) => ({ line: range.start.line + 1, message, code }));
    if (errors.length > 0) {
        return { errors };
    }
    const model = buildJourneyModel([block]);
    const withContext: JourneyModel = context
        ? { ...model, personas: [...model.personas, ...context.personas.filter(p => !model.personas.some(own => own.name === p.name))] }
        : model;
    const journey = model.journeys.find(candidate => candidate.name === options.journey) ?? model.journeys[0];
    if (!journey) {
        return { errors, notice: 'This journey block declares no journey.' };
    }
    const views = viewsFor(journey);
    const view = chooseView(views, options.view);
    if (options.view && view !== viewNamed(options.view)) {
        return { errors, notice: `The ${options.view} view does not fit journey ${journey.name}: use one of ${views.join(', ')}.` };
    }
    const mermaid = renderView(withContext, journey.name, view);
    return { mermaid, maxTextSize: requiredMaxTextSize([mermaid]), errors };
}

/** The workspace's personas and channels, as declarations the block can refer to. */
function declarationsOf(context: JourneyModel): string {
    const quote = (label: string) => `"${label.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
    return [
        ...context.personas.map(persona => `persona ${persona.name} ${quote(persona.label)}`),
        ...context.channels.filter(channel => !channel.builtin).map(channel => `channel ${channel.name} ${quote(channel.label)} ${channel.kind}`)
    ].join('\n') + '\n';
}
