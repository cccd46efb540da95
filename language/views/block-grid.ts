import type { JourneyMapModel, TouchpointModel } from '../model/journey-model.js';
import type { DrawnElement, DrawnView, ElementRef } from '../../protocol/drawn-elements.js';
import { blockLabelLines, escapeBlockLines, isBlank } from './escape.js';
import { truncateUnits, wrapText } from './wrap.js';
import { IdAllocator, shown } from './view-helpers.js';

/**
 * Writes the classic journey-map grid as a Mermaid `block-beta` diagram: a header column, then a
 * column per touchpoint under its stage (a stage spans its touchpoints; a stage with none gets one
 * empty column); a row per lane. Each block carries the identity of the map element it shows.
 */

/**
 * Past this many touchpoints a journey gets a column per stage (each cell lists its touchpoints,
 * numbered) instead of one per touchpoint: Mermaid measures every block's text as it draws it, and
 * the time grows faster than the number of blocks (a 70-touchpoint map of 700 blocks took seconds).
 */
export const MAX_TOUCHPOINT_COLUMNS = 24;

/** A column of the grid: one touchpoint, all the touchpoints of a stage, or none (a stage without any). */
export interface GridColumn {
    stage: number;
    touchpoints: TouchpointModel[];
}

export interface GridCell {
    /** The items shown (none: an empty cell). */
    items: string[];
    style?: string;
    element?: ElementRef;
}

export interface GridRow {
    /** Stable id stem of the row, e.g. `actions`. */
    key: string;
    header: string;
    /** One cell per column. */
    cells: GridCell[];
}

/** A row made of one block across all the columns (the line of visibility, other opportunities). */
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
 * it, and gives every column of the grid the same width, so cells are broken into lines here:
 * 28 units make a column of about 230 px at Mermaid's 16 px, two columns in a 500 px preview.
 */
export const CELL_UNITS = 28;

/**
 * Units of a line in a column per stage (a long journey): wider, so that a touchpoint takes fewer
 * lines. Mermaid measures a block's text line by line as it adds them, and the time grows with the
 * square of the block's lines: the 70-touchpoint map of `npm run bench:editor` drew in 5.0 s instead
 * of 7.6 s (586 lines → 395), in Chromium on a loaded 2-core machine.
 */
export const STAGE_CELL_UNITS = 2 * CELL_UNITS;

/**
 * The most of one line of a text a block shows (about 70 lines of a cell), then `…`: a user's text of
 * up to 2,000 characters, after the few characters a view puts before it (`12. `, `– `). Mermaid's block
 * layout slows down with the square of a block's lines: one pasted 10,000-character text took
 * 6 seconds to draw (found by test/webview/hostile-preview.test.ts). The journey view and the
 * source keep the whole text.
 */
export const MAX_BLOCK_LINE_UNITS = 2_016;

/** Each line of a text cut to MAX_BLOCK_LINE_UNITS. */
const clip = (text: string) => text.split('\n').map(line => truncateUnits(line, MAX_BLOCK_LINE_UNITS)).join('\n');

/** Items of a cell as one label: one item as is, several as a bulleted list; lines of at most `units`. */
export function cellText(items: readonly string[], units = CELL_UNITS): string {
    const visible = items.filter(item => !isBlank(item));
    const bullet = visible.length > 1 ? '• ' : '';
    return visible.map(item => wrapText(bullet + clip(item), units).join('\n')).join('\n');
}

/** The grid's columns: each stage's touchpoints in the order written, or one column per stage for a long journey. */
export function gridColumns(journey: JourneyMapModel): GridColumn[] {
    const count = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
    return journey.stages.flatMap((stage, index) => stage.touchpoints.length === 0 || count > MAX_TOUCHPOINT_COLUMNS
        ? [{ stage: index, touchpoints: stage.touchpoints }]
        : stage.touchpoints.map(touchpoint => ({ stage: index, touchpoints: [touchpoint] })));
}

export function writeBlockGrid(journey: JourneyMapModel, grid: BlockGrid): DrawnView {
    const ids = new IdAllocator();
    const columns = gridColumns(journey);
    const width = columns.length + 1;
    const out = ['block-beta', `  columns ${width}`];
    const styles: string[] = [];
    const elements: DrawnElement[] = [];
    const labels: Record<string, string> = {};
    // Empty cells next to each other in a row are one space: Mermaid lays out each block, a space too, at a cost.
    let spaces = 0;
    const endRow = () => {
        if (spaces > 0) {
            out.push(spaces > 1 ? `  space:${spaces}` : '  space');
        }
        spaces = 0;
    };
    const block = (id: string, text: string, options: { span?: number; style?: string; element?: ElementRef } = {}) => {
        const span = options.span ?? 1;
        const lines = blockLabelLines(text);
        const label = escapeBlockLines(lines);
        if (label === '') {
            spaces += span;
            return;
        }
        endRow();
        out.push(`  ${id}["${label}"]${span > 1 ? `:${span}` : ''}`);
        labels[id] = lines.join('\n');
        if (options.style) {
            styles.push(`  style ${id} ${options.style}`);
        }
        if (options.element) {
            elements.push({ at: { id }, element: options.element });
        }
    };
    const wrapped = (text: string, units = CELL_UNITS) => wrapText(clip(text), units).join('\n');

    block(ids.id('map', journey.name), wrapped(grid.corner), { style: grid.headerStyle, element: { kind: 'journey', name: journey.name } });
    journey.stages.forEach((stage, index) => {
        const span = columns.filter(column => column.stage === index).length;
        block(ids.id('stage', stage.name), wrapped(shown(stage.label, stage.name), CELL_UNITS * span), { span, style: grid.headerStyle, element: { kind: 'stage', name: stage.name } });
    });
    endRow();
    for (const row of grid.rows) {
        if (isBand(row)) {
            const span = row.header === undefined ? width : width - 1;
            if (row.header !== undefined) {
                block(ids.id(row.key, 'header'), wrapped(row.header), { style: grid.headerStyle });
            }
            block(ids.id(row.key, 'all'), wrapped(row.text, CELL_UNITS * span), { span, style: row.style });
            endRow();
            continue;
        }
        block(ids.id(row.key, 'header'), wrapped(row.header), { style: grid.headerStyle });
        columns.forEach((column, index) => {
            const cell = row.cells[index] ?? { items: [] };
            const name = column.touchpoints.length === 1 ? column.touchpoints[0].name : journey.stages[column.stage].name;
            block(ids.id(row.key, name), cellText(cell.items, column.touchpoints.length > 1 ? STAGE_CELL_UNITS : CELL_UNITS), { style: cell.style, element: cell.element });
        });
        endRow();
    }
    return { mermaid: [...out, ...styles].join('\n') + '\n', elements, labels };
}
