import * as l10n from '@vscode/l10n';
import type { MapType } from '../generated/ast.js';

/**
 * Touchpoint lines that one view only draws, and the map type that view is for: the blueprint
 * view draws the lanes of a service blueprint, the day view the times of a day in the life
 * (language/views/). In a map of another type no view shows them: JM017 says so.
 */
export const LINES_DRAWN_ONLY_ON: Readonly<Record<string, MapType>> = {
    frontstage: 'blueprint',
    backstage: 'blueprint',
    support: 'blueprint',
    evidence: 'blueprint',
    time: 'day-in-the-life'
};

/** The words for each map type in messages, in the reader's language. */
export const MAP_TYPE_NAMES: Readonly<Record<MapType, () => string>> = {
    'current': () => l10n.t('a current-state map'),
    'future': () => l10n.t('a future-state map'),
    'day-in-the-life': () => l10n.t('a day-in-the-life map'),
    'blueprint': () => l10n.t('a service blueprint')
};
