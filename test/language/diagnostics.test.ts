import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, type DiagnosticCode } from '../../language/validation/diagnostic-codes.js';
import { rangeText, workspaceOf } from '../helpers/workspace.js';

/** A journey with one persona and everything JM007/JM008 want, around the lines a case puts in. */
function journey(body: string, header = 'persona lan'): string {
    return `persona lan "Lan"\npersona minh "Minh"\npersona hoa "Hoa"\n\njourney j "J" {\n  ${header}\n${body}\n}\n`;
}

interface Case {
    code: DiagnosticCode;
    what: string;
    /** A document that must raise the code... */
    raises: string;
    /** ...on exactly this text. */
    on: string;
    /** A close variant that must not raise it. */
    clean: string;
}

const cases: Case[] = [
    { code: 'JM001', what: 'a line a touchpoint cannot hold', raises: journey('  stage s { touchpoint t { colour "red" } }'), on: 'colour', clean: journey('  stage s { touchpoint t { action "red" } }') },
    { code: 'JM001', what: 'an unclosed label', raises: journey('  stage s { touchpoint t "Checks out { } }'), on: '"', clean: journey('  stage s { touchpoint t "Checks out" { } }') },
    { code: 'JM002', what: 'an unknown persona', raises: journey('  stage s { touchpoint t }', 'persona nobody'), on: 'nobody', clean: journey('  stage s { touchpoint t }', 'persona minh') },
    { code: 'JM002', what: 'an unknown channel', raises: journey('  stage s { touchpoint t { channel fax } }'), on: 'fax', clean: journey('  stage s { touchpoint t { channel phone } }') },
    { code: 'JM002', what: 'an unknown pain point', raises: journey('  stage s { touchpoint t { pain slow } }\n  opportunity o { fixes slow, fast }'), on: 'fast', clean: journey('  stage s { touchpoint t { pain slow } }\n  opportunity o { fixes slow }') },
    { code: 'JM002', what: 'an unknown journey', raises: journey('  stage s { touchpoint t }', 'persona lan\n  type future\n  improves old'), on: 'old', clean: journey('  stage s { touchpoint t }', 'persona lan\n  type future') },
    { code: 'JM003', what: 'a persona declared twice', raises: journey('  stage s { touchpoint t }') + 'persona lan "Lan again"\n', on: 'lan', clean: journey('  stage s { touchpoint t }') + 'persona lan2 "Lan again"\n' },
    { code: 'JM003', what: 'a touchpoint declared twice across stages', raises: journey('  stage a { touchpoint t }\n  stage b { touchpoint t }'), on: 't', clean: journey('  stage a { touchpoint t }\n  stage b { touchpoint u }') },
    { code: 'JM003', what: 'a stage declared twice', raises: journey('  stage a { touchpoint t }\n  stage a { touchpoint u }'), on: 'a', clean: journey('  stage a { touchpoint t }\n  stage b { touchpoint u }') },
    { code: 'JM004', what: 'a score above 5', raises: journey('  stage s { touchpoint t { emotion 7 } }'), on: '7', clean: journey('  stage s { touchpoint t { emotion 5 } }') },
    { code: 'JM004', what: 'a score that is not whole', raises: journey('  stage s { touchpoint t { emotion 3.5 } }'), on: '3.5', clean: journey('  stage s { touchpoint t { emotion 3 } }') },
    { code: 'JM004', what: 'an unknown mood', raises: journey('  stage s { touchpoint t { emotion 4 curios } }'), on: 'curios', clean: journey('  stage s { touchpoint t { emotion 4 curious } }') },
    { code: 'JM005', what: "a touchpoint persona the journey does not follow", raises: journey('  stage s { touchpoint t { persona minh } }'), on: 'minh', clean: journey('  stage s { touchpoint t { persona lan } }') },
    { code: 'JM006', what: 'a stage out of the model order', raises: journey('  stage consideration { touchpoint t }\n  stage awareness { touchpoint u }\n  stage conversion { touchpoint v }', 'persona lan\n  model ACC'), on: 'awareness', clean: journey('  stage awareness { touchpoint u }\n  stage consideration { touchpoint t }\n  stage conversion { touchpoint v }', 'persona lan\n  model ACC') },
    { code: 'JM006', what: 'a stage missing from the model', raises: journey('  stage awareness { touchpoint u }\n  stage consideration { touchpoint t }', 'persona lan\n  model ACC'), on: 'ACC', clean: journey('  stage Awareness { touchpoint u }\n  stage Consideration { touchpoint t }\n  stage CONVERSION { touchpoint v }', 'persona lan\n  model ACC') },
    { code: 'JM006', what: 'a stage not in the model', raises: journey('  stage awareness { touchpoint u }\n  stage consideration { touchpoint t }\n  stage conversion { touchpoint v }\n  stage loyalty { touchpoint w }', 'persona lan\n  model ACC'), on: 'loyalty', clean: journey('  stage awareness { touchpoint u }\n  stage consideration { touchpoint t }\n  stage conversion { touchpoint v }\n  stage loyalty { touchpoint w }') },
    { code: 'JM007', what: 'a negative emotion without a pain point', raises: journey('  stage s { touchpoint t { emotion 2 } }'), on: 'emotion 2', clean: journey('  stage s { touchpoint t { emotion 2 pain p } }\n  opportunity o { fixes p }') },
    { code: 'JM007', what: 'a negative mood without a pain point', raises: journey('  stage s { touchpoint t { emotion frustrated } }'), on: 'emotion frustrated', clean: journey('  stage s { touchpoint t { emotion unsure } }') },
    { code: 'JM008', what: 'a pain point no opportunity fixes', raises: journey('  stage s { touchpoint t { pain slow "Slow" } }'), on: 'slow', clean: journey('  stage s { touchpoint t { pain slow "Slow" } }\n  opportunity faster { fixes slow }') },
    { code: 'JM009', what: 'three personas on one journey', raises: journey('  stage s { touchpoint t }', 'persona lan, minh, hoa'), on: 'hoa', clean: journey('  stage s { touchpoint t }', 'persona lan, minh') },
    { code: 'JM010', what: 'an empty stage', raises: journey('  stage empty { }'), on: 'empty', clean: journey('  stage empty { touchpoint t }') },
    { code: 'JM011', what: 'a blueprint touchpoint without frontstage or backstage', raises: journey('  stage s { touchpoint t { support "CRM" } }', 'persona lan\n  type blueprint'), on: 't', clean: journey('  stage s { touchpoint t { backstage "Warehouse picks the order" } }', 'persona lan\n  type blueprint') },
    { code: 'JM012', what: '`improves` on a current map', raises: journey('  stage s { touchpoint t }', 'persona lan\n  improves j'), on: 'improves', clean: journey('  stage s { touchpoint t }', 'persona lan') },
    { code: 'JM012', what: '`improves` naming a future map', raises: journey('  stage s { touchpoint t }', 'persona lan\n  type future\n  improves j'), on: 'j', clean: journey('  stage s { touchpoint t }', 'persona lan\n  type future') + 'journey old { persona lan stage s { touchpoint t } }\n' },
    { code: 'JM013', what: 'a score and a mood that disagree', raises: journey('  stage s { touchpoint t { emotion 5 angry } }'), on: 'angry', clean: journey('  stage s { touchpoint t { emotion 5 excited } }') },
    { code: 'JM014', what: 'a stage with eight touchpoints', raises: journey('  stage long { ' + 'abcdefgh'.split('').map(n => `touchpoint ${n}`).join(' ') + ' }'), on: 'long', clean: journey('  stage long { ' + 'abcdefg'.split('').map(n => `touchpoint ${n}`).join(' ') + ' }') },
    { code: 'JM015', what: 'a second emotion line', raises: journey('  stage s { touchpoint t { emotion 3\n emotion 4 } }'), on: 'emotion 4', clean: journey('  stage s { touchpoint t { emotion 4 } }') },
    { code: 'JM015', what: 'a second description', raises: 'persona p "P" {\n  description "a"\n  description "b"\n}\n', on: 'description "b"', clean: 'persona p "P" {\n  description "a"\n  goal "b"\n}\n' },
    { code: 'JM017', what: 'a blueprint lane in a current map', raises: journey('  stage s { touchpoint t { evidence "Receipt" } }'), on: 'evidence', clean: journey('  stage s { touchpoint t { frontstage "Cashier" evidence "Receipt" } }', 'persona lan\n  type blueprint') },
    { code: 'JM017', what: 'a time outside a day in the life', raises: journey('  stage s { touchpoint t { time "07:30" } }', 'persona lan\n  type blueprint'), on: 'time', clean: journey('  stage s { touchpoint t { time "07:30" } }', 'persona lan\n  type day-in-the-life') },
    { code: 'JM018', what: 'a number that can be read two ways', raises: journey('  stage s { touchpoint t { metric phí_ship 85.000 đ } }'), on: '85.000', clean: journey('  stage s { touchpoint t { metric phí_ship 85.000 đ } }', 'persona lan\n  language vi') },
    { code: 'JM015', what: 'a second language line', raises: journey('  stage s { touchpoint t }', 'persona lan\n  language vi\n  language en'), on: 'language en', clean: journey('  stage s { touchpoint t }', 'persona lan\n  language vi') },
    { code: 'JM016', what: 'a journey with no persona', raises: 'journey lonely { stage s { touchpoint t } }\n', on: 'lonely', clean: 'persona p\njourney lonely { persona p stage s { touchpoint t } }\n' }
];

describe('diagnostics', () => {
    for (const { code, what, raises, on, clean } of cases) {
        it(`${code} for ${what}, on the offending text, with its severity`, async () => {
            const raised = await workspaceOf({ 'map.journey': raises });
            const found = raised.diagnostics().filter(d => d.code === code);
            expect(found.length, `diagnostics: ${JSON.stringify(raised.diagnostics().map(d => [d.code, d.message]))}`).toBeGreaterThan(0);
            expect(found.map(d => rangeText(raises, d))).toContain(on);
            const severity = { error: 1, warning: 2, info: 3 }[DIAGNOSTICS[code].severity];
            expect(found.every(d => d.severity === severity)).toBe(true);
        });
        it(`no ${code} for a close variant of ${what}`, async () => {
            const variant = await workspaceOf({ 'map.journey': clean });
            expect(variant.codes()).not.toContain(code);
        });
    }

    it('every code of the catalogue is covered here', () => {
        expect(new Set(cases.map(c => c.code))).toEqual(new Set(Object.keys(DIAGNOSTICS)));
    });

    it('says what was expected in words, never token names', async () => {
        const text = journey('  stage s { touchpoint t { colour "red" } }');
        const [error] = (await workspaceOf({ 'map.journey': text })).diagnostics().filter(d => d.code === 'JM001');
        expect(error.message).toMatch(/^Expected a touchpoint line \(`channel`, .*\) or `}` here, but found `colour`\.$/);
        expect(error.message).not.toMatch(/token|:KW|ID|STRING/);
    });

    it('tells a BA that journey settings go before the first stage', async () => {
        const text = journey('  stage s { touchpoint t }\n  model ACC');
        const [error] = (await workspaceOf({ 'map.journey': text })).diagnostics().filter(d => d.code === 'JM001');
        expect(error.message).toBe('Journey settings such as `model` go before the first stage: move this line up.');
    });

    it('suggests the closest mood for a misspelt one', async () => {
        const text = journey('  stage s { touchpoint t { emotion anxous } }');
        const [error] = (await workspaceOf({ 'map.journey': text })).diagnostics().filter(d => d.code === 'JM004');
        expect(error.message).toContain('Did you mean `anxious`?');
    });

    it('reports one error for an unclosed label, not a cascade', async () => {
        const text = 'persona p "unterminated\njourney j { persona p stage s { touchpoint t } }\n';
        const diagnostics = (await workspaceOf({ 'map.journey': text })).diagnostics().filter(d => d.code === 'JM001');
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toContain('no closing `"`');
    });

    it('reports an unclosed block comment in words', async () => {
        const text = 'persona p "P"\n/* a note that never ends\n';
        const [error] = (await workspaceOf({ 'map.journey': text })).diagnostics().filter(d => d.code === 'JM001');
        expect(error.message).toContain('comment is never closed');
    });
});
