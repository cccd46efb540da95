import type { PreviewState } from '../../protocol/page-messages.js';
import { viewNamed } from '../../protocol/views.js';

/**
 * The state VS Code gives back when it restores a preview after a restart: what the page saved, so
 * what any script in the page could have written. It is used only when it names a `.journey` file
 * by a `file:` URI; a journey name or a view that is not one is dropped (the preview then shows the
 * first journey, in its first view), and so is a zoom that is not three finite numbers.
 */
export function restoredPreviewState(state: unknown): PreviewState | undefined {
    if (typeof state !== 'object' || state === null) {
        return undefined;
    }
    const saved = state as Record<string, unknown>;
    if (!isJourneyFileUri(saved.uri)) {
        return undefined;
    }
    return {
        uri: saved.uri,
        journey: isName(saved.journey) ? saved.journey : undefined,
        // A preview saved by an earlier version may name a view by its old name (lanes: the map view).
        view: typeof saved.view === 'string' ? viewNamed(saved.view) : undefined,
        locked: saved.locked === true,
        zoom: isZoom(saved.zoom) ? { scale: saved.zoom.scale, x: saved.zoom.x, y: saved.zoom.y } : undefined
    };
}

function isJourneyFileUri(value: unknown): value is string {
    if (typeof value !== 'string' || value.length > 10_000) {
        return false;
    }
    try {
        const url = new URL(value);
        return url.protocol === 'file:' && decodeURIComponent(url.pathname).endsWith('.journey');
    } catch {
        return false;
    }
}

/** A name as the language writes it (the ID terminal of language/journey.langium). */
function isName(value: unknown): value is string {
    return typeof value === 'string' && value.length <= 1_000 && /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u.test(value);
}

function isZoom(value: unknown): value is { scale: number; x: number; y: number } {
    if (typeof value !== 'object' || value === null) {
        return false;
    }
    const zoom = value as Record<string, unknown>;
    return ['scale', 'x', 'y'].every(key => typeof zoom[key] === 'number' && Number.isFinite(zoom[key])) && (zoom.scale as number) > 0;
}
