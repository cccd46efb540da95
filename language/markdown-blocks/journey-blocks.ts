import * as l10n from '@vscode/l10n';
import { URI } from 'langium';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
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

/**
 * The Markdown blocks are read in one workspace of their own (one services container for all of
 * them, made once), one block at a time: each block replaces the one before.
 */
let blockWorkspace: { services: JourneyServices; queue: Promise<unknown> } | undefined;

/**
 * Renders a journey written inside a Markdown document. The block is read in a workspace of its
 * own, so it never touches the real workspace; it may name the personas and channels the team
 * declared there (`context`, the workspace's model), whose labels the diagram then shows.
 */
export function renderJourneyBlock(text: string, context: JourneyModel | undefined, options: BlockOptions = {}): Promise<BlockRendering> {
    blockWorkspace ??= { services: createJourneyServices().journeyLanguage, queue: Promise.resolve() };
    const services = blockWorkspace.services;
    const rendering = blockWorkspace.queue.then(() => renderBlock(services, text, context, options));
    blockWorkspace.queue = rendering.catch(() => undefined);
    return rendering;
}

async function renderBlock(services: JourneyServices, text: string, context: JourneyModel | undefined, options: BlockOptions): Promise<BlockRendering> {
    const [block] = await loadWorkspace(services, [{ uri: BLOCK_URI, text }]);
    const declared = new Set([...(context?.personas ?? []), ...(context?.channels ?? [])].map(element => element.name.normalize('NFC')));
    const errors = (block.diagnostics ?? [])
        // A persona or channel the workspace declares is not missing, though the block's own workspace lacks it.
        .filter(d => d.severity === 1 && !(d.code === 'JM002' && declared.has(String((d.data as { refText?: string } | undefined)?.refText ?? '').normalize('NFC'))))
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
        return { errors, notice: l10n.t('This journey block declares no journey.') };
    }
    const views = viewsFor(journey);
    const view = chooseView(views, options.view);
    if (options.view && view !== viewNamed(options.view)) {
        return { errors, notice: l10n.t('The {0} view does not fit journey {1}: use one of {2}.', options.view, journey.name, views.join(', ')) };
    }
    const mermaid = renderView(withContext, journey.name, view);
    return { mermaid, maxTextSize: requiredMaxTextSize([mermaid]), errors };
}
