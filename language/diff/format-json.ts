import type { WorkspaceDiff } from './diff-model.js';

export interface JsonOptions {
    /** What each side is (e.g. `origin/main:examples`, `examples`); written as `old` and `new` when given. */
    oldLabel?: string;
    newLabel?: string;
}

/**
 * The diff as JSON (docs/diff.md): `version`, `old` and `new` (when given), then the WorkspaceDiff's
 * fields in a fixed order, two-space indentation, a final newline.
 */
export function formatDiffJson(diff: WorkspaceDiff, options: JsonOptions = {}): string {
    const { version, ...rest } = diff;
    const sides = options.oldLabel !== undefined && options.newLabel !== undefined ? { old: options.oldLabel, new: options.newLabel } : {};
    return JSON.stringify({ version, ...sides, ...rest }, null, 2) + '\n';
}
