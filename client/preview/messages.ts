import type { WebviewMessage } from '../../protocol/page-messages.js';
import { ELEMENT_KINDS, TOUCHPOINT_PARTS } from '../../protocol/drawn-elements.js';
import { VIEW_NAMES } from '../../protocol/views.js';

const VIEWS = new Set<string>(VIEW_NAMES);
const KINDS = new Set<string>(ELEMENT_KINDS);
const PARTS = new Set<string>(TOUCHPOINT_PARTS);
const FORMATS = new Set(['svg', 'png', 'markdown']);

const isString = (value: unknown, max = 100_000): value is string => typeof value === 'string' && value.length <= max;
const isOptionalString = (value: unknown) => value === undefined || isString(value, 1_000);
const isPosition = (value: unknown) => typeof value === 'object' && value !== null
    && Number.isInteger((value as { line: unknown }).line) && Number.isInteger((value as { character: unknown }).character);

/** Whether a message from the webview has the shape of one the extension handles (never trust a page). */
export function isWebviewMessage(message: unknown): message is WebviewMessage {
    if (typeof message !== 'object' || message === null) {
        return false;
    }
    const m = message as Record<string, unknown>;
    switch (m.type) {
        case 'ready':
        case 'shown':
            return true;
        case 'select':
            return isOptionalString(m.journey) && (m.view === undefined || VIEWS.has(m.view as string));
        case 'locate': {
            const element = m.element as Record<string, unknown> | undefined;
            return typeof element === 'object' && element !== null && KINDS.has(element.kind as string) && isString(element.name, 1_000)
                && (element.part === undefined || PARTS.has(element.part as string)) && isOptionalString(element.journey);
        }
        case 'revealProblem':
            return typeof m.range === 'object' && m.range !== null && isPosition((m.range as { start: unknown }).start) && isPosition((m.range as { end: unknown }).end);
        case 'exportAsked':
            return FORMATS.has(m.format as string);
        case 'exportData':
            return (m.format === 'svg' || m.format === 'png') && (m.data === undefined || isString(m.data, 200_000_000));
        case 'state': {
            const state = m.state as Record<string, unknown> | undefined;
            const zoom = state?.zoom as Record<string, unknown> | undefined;
            return typeof state === 'object' && state !== null
                && (zoom === undefined || ['scale', 'x', 'y'].every(key => Number.isFinite(zoom[key])));
        }
        case 'renderFailed':
            return isString(m.message, 10_000);
        default:
            return false;
    }
}
