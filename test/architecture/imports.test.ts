import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import rules between the rooms (.dependency-cruiser.cjs, docs/architecture.md), checked by
 * dependency-cruiser on the real source: protocol/ imports no room, everything outside language/
 * enters it through language/index.ts, nothing outside it imports language/generated, the browser
 * rooms import neither Node nor the language, and the server, extension and CLI stay apart.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROOMS = ['language', 'protocol', 'server', 'client', 'cli', 'bench', 'scripts', 'test', 'esbuild.mjs'];

interface Cruise {
    modules: Array<{ source: string; dependencies: Array<{ resolved: string }> }>;
    summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> };
}

function cruise(): Cruise {
    const bin = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
    const output = execFileSync(process.execPath, [bin, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...ROOMS],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 200_000_000 });
    return JSON.parse(output) as Cruise;
}

describe('import rules', () => {
    const result = cruise();

    it('reads the imports as TypeScript resolves them (a .js specifier is its .ts file)', () => {
        const cli = result.modules.find(module => module.source === 'cli/main.ts');
        expect(cli?.dependencies.map(dependency => dependency.resolved)).toContain('language/index.ts');
        const page = result.modules.find(module => module.source === 'client/webview/main.ts');
        expect(page?.dependencies.map(dependency => dependency.resolved)).toContain('protocol/page-messages.ts');
    });

    it('holds every rule', () => {
        expect(result.summary.violations.map(violation => `${violation.rule.name}: ${violation.from} → ${violation.to}`)).toEqual([]);
    });
});
