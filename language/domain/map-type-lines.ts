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

/** The words for each map type in messages. */
export const MAP_TYPE_NAMES: Readonly<Record<MapType, string>> = {
    'current': 'a current-state map',
    'future': 'a future-state map',
    'day-in-the-life': 'a day-in-the-life map',
    'blueprint': 'a service blueprint'
};
