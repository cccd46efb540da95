import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/cli.js';

/** These tests run dist/cli.js: `npm test` builds it first (`pretest`). */

const personas = 'persona lan "Lan Nguyen" {\n  goal "Buy fast"\n}\n';
const gift = `journey gift "Gift" {
  persona lan

  stage buy "Buy" {
    touchpoint checkout "Checks out" {
      channel web
      emotion 2 anxious
      pain fee "Surprise fee" severity high
      metric drop_off 38%
    }
  }

  opportunity show_fee "Show the fee early" {
    fixes fee
    impact high
  }
}
`;

/** The types of docs/export-schema.json, checked by hand: every required key present, no key the schema does not know. */
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; $ref?: string; enum?: unknown[]; additionalProperties?: boolean };

function check(value: unknown, schema: Schema, root: { $defs: Record<string, Schema> }, path: string): string[] {
    const resolved = schema.$ref ? root.$defs[schema.$ref.replace('#/$defs/', '')] : schema;
    const problems: string[] = [];
    if (resolved.enum && !resolved.enum.includes(value)) {
        problems.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(resolved.enum)}`);
    }
    const types = [resolved.type ?? []].flat();
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
    if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
        problems.push(`${path}: ${actual} is not ${types.join('|')}`);
    }
    if (actual === 'object' && resolved.properties) {
        const object = value as Record<string, unknown>;
        for (const key of resolved.required ?? []) {
            if (!(key in object)) {
                problems.push(`${path}: missing ${key}`);
            }
        }
        for (const [key, item] of Object.entries(object)) {
            const property = resolved.properties[key];
            if (!property) {
                if (resolved.additionalProperties === false) {
                    problems.push(`${path}: unknown key ${key}`);
                }
            } else {
                problems.push(...check(item, property, root, `${path}.${key}`));
            }
        }
    }
    if (actual === 'array' && resolved.items) {
        (value as unknown[]).forEach((item, i) => problems.push(...check(item, resolved.items!, root, `${path}[${i}]`)));
    }
    return problems;
}

describe('journey-map export', () => {
    it('prints the JourneyModel as JSON, with source ranges holding file URIs', () => {
        const folder = tempFolder({ 'personas.journey': personas, 'maps/gift.journey': gift });
        const result = runCli(['export', '.', '--format', 'json'], folder);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(Object.keys(json)).toEqual(['version', 'personas', 'channels', 'journeys']);
        expect(json.version).toBe(1);
        expect(json.personas).toEqual([{
            name: 'lan', label: 'Lan Nguyen', goals: ['Buy fast'], needs: [], frustrations: [], quotes: [],
            source: { uri: pathToFileURL(join(folder, 'personas.journey')).href, start: { line: 0, character: 0 }, end: { line: 2, character: 1 } }
        }]);
        expect(json.channels.find((channel: { name: string }) => channel.name === 'web')).toEqual({ name: 'web', label: 'Website', kind: 'web', builtin: true });
        const [journey] = json.journeys;
        expect(journey).toMatchObject({ name: 'gift', label: 'Gift', type: 'current', personas: ['lan'] });
        expect(journey.source.uri).toBe(pathToFileURL(join(folder, 'maps', 'gift.journey')).href);
        expect(journey.stages[0].touchpoints[0]).toMatchObject({
            name: 'checkout', stage: 'buy', channel: 'web', personas: ['lan'],
            emotion: { score: 2, mood: 'anxious' },
            pains: [{ name: 'fee', label: 'Surprise fee', severity: 'high' }],
            metrics: [{ name: 'drop_off', value: 38, unit: '%', text: '38%' }]
        });
        expect(journey.opportunities[0]).toMatchObject({ name: 'show_fee', fixes: ['fee'], impact: 'high', resources: [] });
    });

    it('matches the documented schema (docs/export-schema.json)', () => {
        const schema = JSON.parse(readFileSync('docs/export-schema.json', 'utf8'));
        const result = runCli(['export', 'examples']);
        expect(result.status).toBe(0);
        expect(check(JSON.parse(result.stdout), schema, schema, '$')).toEqual([]);
    });

    it('is stable: the same files give the same JSON', () => {
        const first = runCli(['export', 'examples']).stdout;
        expect(runCli(['export', 'examples']).stdout).toBe(first);
    });

    it('writes to a file with -o', () => {
        const folder = tempFolder({ 'personas.journey': personas, 'gift.journey': gift });
        const result = runCli(['export', '.', '-o', 'model.json'], folder);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('');
        expect(JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')).journeys[0].name).toBe('gift');
    });

    it('exports nothing and exits 1 with the diagnostics when a file has an error', () => {
        const folder = tempFolder({ 'gift.journey': gift });
        const result = runCli(['export', '.'], folder);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^gift\.journey:2:11: error JM002 /);
        expect(result.stderr).toContain('journey-map: nothing exported: fix the errors above first\n');
    });

    it('reports usage problems with exit 2', () => {
        expect(runCli(['export']).status).toBe(2);
        const yaml = runCli(['export', 'examples', '--format', 'yaml']);
        expect(yaml.status).toBe(2);
        expect(yaml.stderr).toBe("journey-map: unknown --format 'yaml': use json\n");
    });
});
