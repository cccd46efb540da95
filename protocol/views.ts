/**
 * The view catalogue, defined once for the language, the CLI, the server, the extension and the
 * preview page: each view's name, its titles, the old names it answers to, and which maps it fits.
 * docs/views.md describes each view.
 */

export const VIEW_NAMES = ['map', 'journey', 'emotion', 'day', 'compare'] as const;
export type ViewName = typeof VIEW_NAMES[number];

/** A view's title in a heading (Markdown export, diff comment, messages). */
export const VIEW_TITLES: Readonly<Record<ViewName, string>> = {
    map: 'Journey map',
    journey: 'Journey',
    emotion: 'Emotion curve',
    day: 'Day in the life',
    compare: 'Before and after'
};

/**
 * Names of views that became the map view (the classic grid; a service blueprint's lanes are rows
 * of it): `--view lanes` and ```journey view=blueprint keep working.
 */
const VIEW_ALIASES: Readonly<Record<string, ViewName>> = { lanes: 'map', blueprint: 'map' };

export function isViewName(name: string): name is ViewName {
    return (VIEW_NAMES as readonly string[]).includes(name);
}

/** The view a name (or an old name) stands for, if any. */
export function viewNamed(name: string): ViewName | undefined {
    return isViewName(name) ? name : VIEW_ALIASES[name];
}

/** What decides which views fit a map: its type, and for a future map the current map it improves. */
export interface MapKind {
    type: string;
    improves?: string;
}

/**
 * The views that fit a journey, in the order a document shows them: the map (the classic grid, with
 * the blueprint lanes of a service blueprint), the journey and the emotion curve always; day for
 * day-in-the-life maps; compare for future maps that improve a current map.
 */
export function viewsFor(journey: MapKind): ViewName[] {
    const views: ViewName[] = ['map', 'journey', 'emotion'];
    if (journey.type === 'day-in-the-life') {
        views.push('day');
    }
    if (journey.type === 'future' && journey.improves !== undefined) {
        views.push('compare');
    }
    return views;
}

/** The view asked for (by name or old name) when it is one of `views`, else the first of them. */
export function chooseView(views: readonly ViewName[], requested: string | undefined): ViewName {
    const wanted = requested === undefined ? undefined : viewNamed(requested);
    return wanted !== undefined && views.includes(wanted) ? wanted : views[0];
}
