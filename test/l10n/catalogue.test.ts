// One catalogue per language (docs/languages.md): the English text in the sources is the key, and the
// Vietnamese catalogue must translate every key the server, the CLI and the extension use, and only
// those; the same for the manifest's `%key%` strings and package.nls.json / package.nls.vi.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeSpans, messageKeys, placeholders } from '../helpers/l10n-keys.js';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the Vietnamese message catalogue (l10n/bundle.l10n.vi.json)', () => {
    const { keys, dynamic } = messageKeys('.');
    const vietnamese = readJson('l10n/bundle.l10n.vi.json') as Record<string, string>;

    it('is checked against every message: each l10n.t call is given its English text in place', () => {
        expect(dynamic).toEqual([]);
        // The server's diagnostics, the CLI's help and the extension's notifications are all there.
        expect(keys.size).toBeGreaterThan(250);
    });

    it('translates every message of the sources, and nothing else', () => {
        expect([...keys].filter(key => !(key in vietnamese)), 'keys with no translation').toEqual([]);
        expect(Object.keys(vietnamese).filter(key => !keys.has(key)), 'translations no source uses').toEqual([]);
    });

    it('keeps each message\'s placeholders and its keywords, codes and names in backquotes', () => {
        const damaged = Object.entries(vietnamese).filter(([key, translation]) =>
            typeof translation !== 'string' || translation.trim() === ''
            || placeholders(translation).join() !== placeholders(key).join()
            || codeSpans(translation).join() !== codeSpans(key).join());
        expect(damaged).toEqual([]);
    });
});

describe('the manifest catalogues (package.nls.json, package.nls.vi.json)', () => {
    const manifest = readFileSync('package.json', 'utf8');
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map(match => match[1]));
    const english = readJson('package.nls.json');
    const vietnamese = readJson('package.nls.vi.json');

    it('hold exactly the keys package.json uses, in both languages', () => {
        expect(used.size).toBeGreaterThan(10);
        expect(Object.keys(english).sort()).toEqual([...used].sort());
        expect(Object.keys(vietnamese).sort()).toEqual([...used].sort());
    });

    it('translate every title and description into Vietnamese', () => {
        expect(Object.entries(vietnamese).filter(([key, text]) => typeof text !== 'string' || text === '' || text === english[key])).toEqual([]);
    });
});
