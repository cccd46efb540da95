/** Timing helpers: medians of repeated runs, a garbage collection before each timed run. */

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length === 0) {
        return NaN;
    }
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A full collection, when node runs with --expose-gc (bench.mjs starts it so). For heap figures
 * only: after a forced collection V8 has dropped compiled code, and the next run is 2 to 4 times
 * slower (seen on one-file edits and on builds of 1,000 touchpoints), so timed runs never follow one.
 */
export function collect(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work` `warmup` times untimed, then `runs` times timed; returns the times in ms. Timed runs are not preceded by a forced collection (see collect). */
export async function times(runs: number, work: (run: number) => unknown, warmup = 1): Promise<number[]> {
    for (let i = 0; i < warmup; i++) {
        await work(-1 - i);
    }
    const result: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        await work(run);
        result.push(performance.now() - start);
    }
    return result;
}

/** Like `times`, with an untimed `prepare` before each run (its result is passed to `work`). */
export async function timesWith<T>(runs: number, prepare: (run: number) => Promise<T> | T, work: (prepared: T, run: number) => unknown, warmup = 1): Promise<number[]> {
    const result: number[] = [];
    for (let run = -warmup; run < runs; run++) {
        const prepared = await prepare(run);
        const start = performance.now();
        await work(prepared, run);
        const elapsed = performance.now() - start;
        if (run >= 0) {
            result.push(elapsed);
        }
    }
    return result;
}

export function ms(value: number | undefined): string {
    if (value === undefined || Number.isNaN(value)) {
        return '–';
    }
    return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/**
 * One-character edits inside a label: each call returns the text with an `x` inserted right after
 * the first `marker` (which ends with the label's opening quote) at or after `from`, then the
 * original, and so on, so that every step changes one character and the text stays valid.
 */
export function oneCharEdits(text: string, marker = 'action "', from = Math.floor(text.length / 2)): () => string {
    const found = text.indexOf(marker, from);
    if (found < 0 || !marker.endsWith('"')) {
        throw new Error(`no ${marker} after ${from}`);
    }
    const at = found + marker.length;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    let insert = true;
    return () => {
        const next = insert ? edited : text;
        insert = !insert;
        return next;
    };
}
