import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importMermaidJourneys } from '../../language/import/import-journeys.js';
import { fuzzParams, LONG_FUZZ } from '../fuzz/config.js';
import { parseMermaid, readDiagram, type ReadJourney } from '../helpers/mermaid.js';
import { expectSameDiagram, importChecked } from './round-trip.js';

/**
 * Generated journey diagrams, written as people write them (any line kind, indentation with spaces or
 * tabs, CRLF, comments, Unicode) and with the characters that trip Mermaid up (`:`, `;`, `#`, `%`,
 * `,`, entity codes, `<br>`): the import refuses exactly the diagrams the real Mermaid refuses, and
 * every diagram Mermaid accepts makes a valid map whose journey view Mermaid reads as the same diagram.
 */

const word = fc.constantFrom('Make', 'tea', 'Đặt', 'hàng', 'Chị', 'Lan', 'sign-up', '50%', 'x', 'Go', 'section', 'title', 'journey', 'style', 'classDef', 'Me');
const oddity = fc.constantFrom(':', ';', '#', '%%', ',', '#quot;', '#35;', '<br>', '"', '\\', '{', '}', '&', '  ', '\t');
const text = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: oddity }), { minLength: 1, maxLength: 5 })
    .map(parts => parts.join(' '));
const score = fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), fc.constantFrom('X', '2.5', '-1', '10', ' 4 ', ''));
const actors = fc.array(fc.constantFrom('Me', 'Cat', 'Chị Lan', 'Anh Minh', ''), { maxLength: 3 }).map(list => list.join(', '));
const task = fc.tuple(text, score, fc.option(actors, { nil: undefined }))
    .map(([name, value, people]) => `${name}: ${value}${people === undefined ? '' : `: ${people}`}`);

const line = fc.oneof(
    { weight: 6, arbitrary: task },
    { weight: 3, arbitrary: text.map(title => `section ${title}`) },
    { weight: 1, arbitrary: text.map(title => `title ${title}`) },
    { weight: 1, arbitrary: text.map(title => `accTitle: ${title}`) },
    { weight: 1, arbitrary: text.map(title => `accDescr: ${title}`) },
    { weight: 1, arbitrary: text.map(title => `accDescr {\n${title}\n}`) },
    { weight: 1, arbitrary: text.map(comment => `%% ${comment}`) },
    { weight: 1, arbitrary: fc.constant('') }
);
const diagram = fc.tuple(fc.array(fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), line), { minLength: 1, maxLength: 8 }), fc.boolean())
    .map(([lines, crlf]) => ['journey', ...lines.map(([indent, statement]) => indent + statement)].join(crlf ? '\r\n' : '\n') + '\n');

async function mermaidAccepts(text: string): Promise<boolean> {
    try {
        await parseMermaid(text);
        return true;
    } catch {
        return false;
    }
}

describe('journey-map import: generated diagrams', () => {
    it('refuses what Mermaid refuses, and round-trips what it accepts', async () => {
        let accepted = 0;
        let refused = 0;
        await fc.assert(fc.asyncProperty(diagram, async text => {
            const source = { text, kind: 'mermaid' as const, name: 'generated.mmd', fallbackTitle: 'generated' };
            if (!await mermaidAccepts(text)) {
                refused++;
                const result = importMermaidJourneys(source);
                expect(result.text).toBeUndefined();
                expect(result.messages.map(message => message.severity)).toEqual(['error']);
                return;
            }
            accepted++;
            const { model } = await importChecked(source);
            const original = await readDiagram(text) as ReadJourney;
            const largest = Math.max(...original.tasks.map(task => task.score).filter(Number.isFinite));
            await expectSameDiagram(text, model, model.journeys[0].name, { untitled: model.journeys[0].label, rescaled: largest > 5 && largest <= 100 });
        }), fuzzParams(100, 18));
        // Both kinds were generated.
        expect(accepted).toBeGreaterThan(20);
        expect(refused).toBeGreaterThan(20);
    }, LONG_FUZZ ? 3_600_000 : 120_000);
});
