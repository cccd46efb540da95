/**
 * How much fuzzing a run does. `npm test` runs a bounded, reproducible share (fixed seeds, modest
 * case counts); `npm run fuzz` sets FUZZ_RUNS (default there: 2000) for many more cases, with a seed
 * that changes each run unless FUZZ_SEED is set. fast-check prints the seed and path of a failure:
 * rerun it with FUZZ_SEED=<seed> (and the same FUZZ_RUNS).
 */

/** The number of cases the long run asks for, or undefined in `npm test`. */
const longRuns = process.env.FUZZ_RUNS ? Math.max(1, Number.parseInt(process.env.FUZZ_RUNS, 10) || 0) : undefined;

/** Whether this is `npm run fuzz` (FUZZ_RUNS set). */
export const LONG_FUZZ = longRuns !== undefined;

const seedFromEnv = process.env.FUZZ_SEED ? Number.parseInt(process.env.FUZZ_SEED, 10) : undefined;

/**
 * fast-check parameters for a property: `bounded` cases with a fixed seed in `npm test`;
 * `scale` × FUZZ_RUNS cases under `npm run fuzz` (scale < 1 for the costlier properties).
 */
export function fuzzParams(bounded: number, seed: number, scale = 1): { seed: number; numRuns: number } {
    const numRuns = longRuns === undefined ? bounded : Math.max(bounded, Math.round(longRuns * scale));
    const runSeed = seedFromEnv ?? (LONG_FUZZ ? Date.now() ^ seed : seed);
    return { seed: runSeed, numRuns };
}

/** A test timeout for `cases` cases that each take up to `perCase` ms, at least a minute. */
export function fuzzTimeout(cases: number, perCase: number): number {
    return Math.max(60_000, cases * perCase);
}
