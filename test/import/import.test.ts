import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMermaidJourneys } from '../../language/import/import-journeys.js';
import { mermaidBlocks } from '../../language/import/markdown-mermaid-blocks.js';
import { parseMermaid } from '../helpers/mermaid.js';
import { expectSameDiagram, importChecked } from './round-trip.js';

const FOLDER = join(import.meta.dirname, 'diagrams');
const diagrams = readdirSync(FOLDER).filter(file => file.endsWith('.mmd')).sort();
const read = (file: string) => readFileSync(join(FOLDER, file), 'utf8');
const source = (text: string, file = 'diagram.mmd') => ({ text, kind: 'mermaid' as const, name: file, fallbackTitle: file.replace(/\.mmd$/, '') });

/** The diagram with CRLF line ends and its indentation as tabs (but not in its YAML front matter, where YAML forbids tabs). */
function withCrlfAndTabs(text: string): string {
    const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    const tabbed = frontMatter + text.slice(frontMatter.length).replace(/^( {2})+/gm, indent => '\t'.repeat(indent.length / 2));
    return tabbed.replace(/\n/g, '\r\n');
}

/** How each diagram's round trip is compared (docs/import.md). */
const EXPECTATIONS: Record<string, { untitled?: string; rescaled?: boolean }> = {
    'mermaid-docs-accessibility.mmd': { untitled: 'My day' },
    'no-title-long-actor.mmd': { untitled: 'no-title-long-actor' },
    'progress-scale.mmd': { rescaled: true }
};

describe('journey-map import: the round trip through the real Mermaid', () => {
    it('covers the diagrams of the test folder', () => {
        expect(diagrams.length).toBeGreaterThanOrEqual(8);
    });

    for (const file of diagrams) {
        for (const variant of ['as written', 'with CRLF line ends and tabs'] as const) {
            it(`${file} (${variant}): imports with no error, validates, and Mermaid reads its journey view as the same diagram`, async () => {
                const written = read(file);
                const text = variant === 'as written' ? written : withCrlfAndTabs(written);
                const { model } = await importChecked(source(text, file));
                expect(model.journeys).toHaveLength(1);
                await expectSameDiagram(text, model, model.journeys[0].name, EXPECTATIONS[file]);
            }, 30_000);
        }
    }

    it('imports every journey block of a Markdown document, leaves out other diagrams and blocks inside other fences', async () => {
        const markdown = read('several.md');
        const { result, model } = await importChecked({ text: markdown, kind: 'markdown', name: 'several.md', fallbackTitle: 'several' });
        expect(result).toMatchObject({ journeys: 2, skipped: 1 });
        expect(model.journeys.map(journey => journey.label)).toEqual(['Checkout', 'Support call']);
        // One persona per actor across the journeys of the file.
        expect(model.personas.map(persona => persona.label)).toEqual(['Shopper', 'Caller', 'Agent']);
        const blocks = mermaidBlocks(markdown).filter(block => block.text.startsWith('journey'));
        await expectSameDiagram(blocks[0].text, model, model.journeys[0].name);
        // The untitled block takes the heading it sits under.
        await expectSameDiagram(blocks[1].text, model, model.journeys[1].name, { untitled: 'Support call' });
        expect(result.text).toContain('research "Imported from the Mermaid journey diagram at line 25 of several.md"');
    }, 30_000);
});

describe('journey-map import: what it makes of the diagrams', () => {
    it('keeps labels as Mermaid reads them and derives Unicode names, unique and stable', async () => {
        const { result } = await importChecked(source(read('vietnamese.mmd')));
        expect(result.text).toContain('persona chị_lan "Chị Lan"');
        expect(result.text).toContain('journey mua_quà_sinh_nhật_trên_mạng "Mua quà sinh nhật trên mạng" {');
        expect(result.text).toContain('touchpoint thấy_quảng_cáo_quà_tặng "Thấy quảng cáo quà tặng" {');
        // Labels in Vietnamese: the map says so, and is drawn in Vietnamese for every reader.
        expect(result.text).toContain('journey mua_quà_sinh_nhật_trên_mạng "Mua quà sinh nhật trên mạng" {\n  language vi\n');
        expect(importMermaidJourneys(source(read('vietnamese.mmd'))).text).toBe(result.text);

        const quirks = await importChecked(source(read('failures-and-quirks.mmd')));
        expect(quirks.result.text).not.toContain('language');
        // Two sections and two tasks of the same name: the second of each gets `_2`.
        expect(quirks.result.text).toContain('stage browse_2 "Browse" {');
        expect(quirks.result.text).toContain('touchpoint track_parcel_2 "Track parcel" {');
        // Entity codes as their characters, <br> as a line break; a name never starts with a digit.
        expect(quirks.result.text).toContain('touchpoint pay_now_or_later "Pay \\"now\\"\\nor later" {');
        expect(quirks.result.text).toContain('touchpoint step_50_discount "50% discount" {');
    });

    it('brings scores into 1–5 and says so once per journey, with the values written', () => {
        const scale = importMermaidJourneys(source(read('progress-scale.mmd')));
        expect(scale.text).toMatch(/touchpoint write_code "Write code" \{\n\s+persona dev\n\s+emotion 3\n/);
        expect(scale.messages).toEqual([{ severity: 'warning', line: 1, message: 'journey "Release progress": scores 4, 6, 9, 10 read as a 0–10 scale and rescaled to 1–5: 3, 3, 5, 5' }]);
        const quirks = importMermaidJourneys(source(read('failures-and-quirks.mmd')));
        expect(quirks.messages.map(message => `${message.line}: ${message.message}`)).toEqual([
            '1: journey "Checkout quirks": scores 5, 0, 3.6, -2 brought into 1–5 (clamped): 5, 1, 4, 1',
            '1: journey "Checkout quirks": empty actors (",," or a trailing ",") left out',
            // Mermaid ends a task's text at its first colon: "enter password" is the score.
            '5: the score "enter password" of "Login" is not a number: the touchpoint has no emotion (Mermaid ends a task\'s text at its first ":", so "enter password" is read as the score; write a ":" in a task as #58;)',
            '7: the score "X" of "Track parcel" is not a number: the touchpoint has no emotion'
        ]);
    });

    it('keeps comments, accTitle and accDescr as comments and notes the display settings left out', async () => {
        const { result } = await importChecked(source(read('front-matter-directive-comments.mmd')));
        expect(result.text).toBe(`persona customer "Customer"

persona admin "Admin"

journey onboarding_first_week "Onboarding: first week" {
  // accDescr: How a new customer
  // gets going
  // The Mermaid display settings (directive, front matter config) were not imported
  // Written by the support team, October 2026
  // phases follow the sales playbook
  persona customer, admin
  research "Imported from the Mermaid journey diagram at line 8 of diagram.mmd"

  stage sign_up "Sign up" {
    touchpoint fill_in_the_form "Fill in the form" {
      persona customer
      emotion 4
    }
    // the long form
    touchpoint confirm_the_e_mail "Confirm the e-mail" {
      persona customer
      emotion 2
    }
  }

  // the second week is not mapped yet
  stage first_use "First use" {
    touchpoint import_contacts "Import contacts" {
      emotion 3
    }
  }
}
`);
    });
});

describe('journey-map import: docs/import.md', () => {
    it('shows what the import makes of its example', async () => {
        const doc = readFileSync(join(import.meta.dirname, '../../docs/import.md'), 'utf8');
        const [diagram] = mermaidBlocks(doc);
        const expected = /```journey\n([\s\S]*?)```/.exec(doc)![1];
        const { result, model } = await importChecked(source(diagram.text, 'onboarding.mmd'));
        expect(result.text).toBe(expected);
        await expectSameDiagram(diagram.text, model, model.journeys[0].name, { rescaled: true });
    });
});

describe('journey-map import: diagrams Mermaid refuses', () => {
    const refused: Array<[string, number, RegExp]> = [
        ['journey\n  title T\n  section A\n    Do work; twice: 5: Me\n', 4, /"Do work" is read as a task, but it is followed by ";"/],
        ['journey\n  section A\n    Task #1: 5: Me\n', 3, /"Task" is read as a task, but it has no ":" and score/],
        ['journey\n  section A\n    Make tea\n    Go: 5\n', 3, /"Make tea" is read as a task, but it has no ":" and score/],
        ['journey\n  section Phase: one\n    Go: 5\n', 2, /has no task text before its ":"/],
        ['journey\n  section A\n    Go:\n', 3, /nothing follows its ":"/],
        ['journey\n  section A\n    journey planning: 4: Me\n', 3, /a second `journey`/],
        ['journey\n  section A\n\n\n    : 4: Me\n', 5, /has no task text/]
    ];
    for (const [diagram, line, message] of refused) {
        it(`names line ${line} of ${JSON.stringify(diagram.split('\n').slice(1).join(' ').trim())}, which the real Mermaid refuses too`, async () => {
            await expect(parseMermaid(diagram)).rejects.toThrow();
            const result = importMermaidJourneys(source(diagram));
            expect(result.text).toBeUndefined();
            expect(result.messages).toHaveLength(1);
            expect(result.messages[0]).toMatchObject({ severity: 'error', line });
            expect(result.messages[0].message).toMatch(message);
        });
    }

    it('names the line in the Markdown document and refuses a document with no journey diagram', () => {
        const markdown = '# Notes\n\n```mermaid\njourney\n  section A\n    Pay; now: 2: Me\n```\n';
        expect(importMermaidJourneys({ text: markdown, kind: 'markdown', name: 'notes.md', fallbackTitle: 'notes' }).messages[0]).toMatchObject({ severity: 'error', line: 6 });
        const none = importMermaidJourneys({ text: '```mermaid\nflowchart LR\n  A --> B\n```\n', kind: 'markdown', name: 'flow.md', fallbackTitle: 'flow' });
        expect(none.text).toBeUndefined();
        expect(none.messages).toEqual([{ severity: 'error', line: 1, message: 'no Mermaid journey diagram found (1 other Mermaid diagram left out)' }]);
    });
});
