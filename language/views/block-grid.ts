import type { JourneyMapModel } from '../model/journey-model.js';
import { escapeBlock, isBlank } from './escape.js';
import { truncateUnits, wrapText } from './wrap.js';
import { IdAllocator, shown } from './view-helpers.js';

/**
 * Writes a Mermaid `block-beta` grid: a header column, then a column per stage; a row per lane.
 * Used by the lanes view and the blueprint view.
 */

export interface GridRow {
    /** Stable id stem of the row, e.g. `actions`. */
    key: string;
    header: string;
    /** One cell per stage: the items shown (empty: an empty cell). */
    cells: string[][];
    /** A style per cell (same order), e.g. an emotion fill. */
    cellStyles?: Array<string | undefined>;
}

/** A row made of one block across all the stage columns (the line of visibility, other opportunities). */
export interface GridBand {
    key: string;
    header?: string;
    text: string;
    style?: string;
}

/** Mermaid's block grammar has no title, `accTitle` or `accDescr`: the corner block names the map. */
export interface BlockGrid {
    corner: string;
    headerStyle?: string;
    rows: Array<GridRow | GridBand>;
}

function isBand(row: GridRow | GridBand): row is GridBand {
    return 'text' in row;
}

/**
 * Units of text on one line of a cell. Mermaid sizes a block to its longest line and never wraps
 * it (and gives every column of the grid the same width), so cells are broken into lines here.
 */
export const CELL_UNITS = 36;

/**
 * The most of one line of a text a block shows (about 60 lines of a cell), then `…`: a user's text of
 * up to 2,000 characters, after the few characters a view puts before it (`12. `, `– `). Mermaid's block
 * layout slows down with the square of a block's lines: one pasted 10,000-character text took
 * 6 seconds to draw, and the lanes view shows it in several cells (found by
 * test/webview/hostile-preview.test.ts). The journey view and the source keep the whole text.
 */
export const MAX_BLOCK_LINE_UNITS = 2_016;

/** Each line of a text cut to MAX_BLOCK_LINE_UNITS. */
const clip = (text: string) => text.split('\n').map(line => truncateUnits(line, MAX_BLOCK_LINE_UNITS)).join('\n');

/** Items of a cell as one label: one item as is, several as a bulleted list; lines of at most CELL_UNITS. */
export function cellText(items: readonly string[]): string {
    const visible = items.filter(item => !isBlank(item));
    const bullet = visible.length > 1 ? '• ' : '';
    return visible.map(item => wrapText(bullet + clip(item), CELL_UNITS).join('\n')).join('\n');
}

export function writeBlockGrid(journey: JourneyMapModel, grid: BlockGrid): string {
    const ids = new IdAllocator();
    const stageIds = journey.stages.map(stage => ids.id('stage', stage.name));
    const columns = journey.stages.length + 1;
    const out = [
        'block-beta',
        `  columns ${columns}`
    ];
    const styles: string[] = [];
    const block = (id: string, text: string, span = 1, style?: string) => {
        const label = escapeBlock(text);
        if (label === '') {
            out.push(span > 1 ? `  space:${span}` : '  space');
            return;
        }
        out.push(`  ${id}["${label}"]${span > 1 ? `:${span}` : ''}`);
        if (style) {
            styles.push(`  style ${id} ${style}`);
        }
    };
    const cornerId = ids.id('map', journey.name);
    block(cornerId, wrapText(clip(grid.corner), CELL_UNITS).join('\n'), 1, grid.headerStyle);
    journey.stages.forEach((stage, i) => block(stageIds[i], wrapText(clip(shown(stage.label, stage.name)), CELL_UNITS).join('\n'), 1, grid.headerStyle));
    for (const row of grid.rows) {
        if (isBand(row)) {
            const text = wrapText(clip(row.text), CELL_UNITS * (row.header === undefined ? columns : columns - 1)).join('\n');
            if (row.header === undefined) {
                block(ids.id(row.key, 'all'), text, columns, row.style);
            } else {
                block(ids.id(row.key, 'header'), row.header, 1, grid.headerStyle);
                block(ids.id(row.key, 'all'), text, columns - 1, row.style);
            }
            continue;
        }
        block(ids.id(row.key, 'header'), wrapText(clip(row.header), CELL_UNITS).join('\n'), 1, grid.headerStyle);
        journey.stages.forEach((stage, i) => block(ids.id(row.key, stage.name), cellText(row.cells[i] ?? []), 1, row.cellStyles?.[i]));
    }
    return [...out, ...styles].join('\n') + '\n';
}
