// The part of mocha's API the extension-host suite uses (mocha ships no types; @types/mocha is not a
// dependency, and its global describe/it would clash with vitest's). Tests import these from 'mocha'.
declare module 'mocha' {
    export type Done = (error?: unknown) => void;
    export type Body = (this: Context) => void | Promise<unknown>;
    export interface Context {
        timeout(ms: number): this;
        skip(): never;
    }
    export interface Runner {
        on(event: string, listener: (...args: any[]) => void): this;
    }
    export interface MochaOptions {
        ui?: 'bdd' | 'tdd';
        timeout?: number;
        color?: boolean;
        reporter?: string | (new (runner: Runner, options?: unknown) => unknown);
        grep?: string | RegExp;
    }
    class Mocha {
        constructor(options?: MochaOptions);
        suite: { emit(event: 'pre-require', context: object, file: string, mocha: Mocha): boolean };
        run(done?: (failures: number) => void): Runner;
    }
    export default Mocha;
    export function describe(title: string, body: (this: unknown) => void): void;
    export function it(title: string, body: Body | ((done: Done) => void)): void;
    export function before(body: Body): void;
    export function after(body: Body): void;
    export function beforeEach(body: Body): void;
    export function afterEach(body: Body): void;
}
