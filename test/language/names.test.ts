import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { JourneyMapGrammar } from '../../language/ast.js';
import { buildJourneyModel } from '../../language/model/build-model.js';
import { single } from '../helpers/workspace.js';

const grammar = JourneyMapGrammar();
const wordKeywords = [...new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value).filter(v => /^[\p{L}]/u.test(v)))].sort();

/** Every kind of declaration named `name`, referring to each other. */
function everythingNamed(name: string): string {
    return `persona ${name} "P"
channel ${name} "C" web
journey ${name} "J" {
  persona ${name}
  stage ${name} {
    touchpoint ${name} {
      channel ${name}
      persona ${name}
      emotion 2
      pain ${name} "Pain"
      metric ${name} 3
    }
  }
  opportunity ${name} {
    fixes ${name}
  }
}
`;
}

describe('names', () => {
    it('lists every keyword of the grammar as a possible name (the Name rule)', () => {
        const nameRule = grammar.rules.find(rule => rule.name === 'Name')!;
        const inName = AstUtils.streamAllContents(nameRule).filter(GrammarAST.isKeyword).map(k => k.value).toArray().sort();
        expect(inName).toEqual(wordKeywords);
        expect(wordKeywords.length).toBeGreaterThan(50);
    });

    for (const keyword of wordKeywords) {
        it(`accepts the keyword \`${keyword}\` as the name of every kind of element`, async () => {
            const ws = await single(everythingNamed(keyword));
            expect(ws.diagnostics().map(d => `${d.code} ${d.message}`)).toEqual([]);
        });
    }

    it.each(['webinar_fan', 'pain0', 'ACCSR_2026', 'persona-x', 'stage2', 'actionable', 'high_value', 'word-of-mouth-2', 'journeys'])(
        'lexes %s as one name, not a keyword and the rest', async name => {
            const ws = await single(everythingNamed(name));
            expect(ws.diagnostics()).toEqual([]);
            const model = buildJourneyModel([ws.documents['map.journey']]);
            expect(model.journeys[0].stages[0].touchpoints[0].name).toBe(name);
        });

    it.each(['chị_Lan', 'Đặt_hàng', 'thanh_toán', 'ลูกค้า', 'клиент', '顧客', 'عميل', '_private'])('accepts the Unicode name %s', async name => {
        const ws = await single(everythingNamed(name));
        expect(ws.diagnostics()).toEqual([]);
    });

    it.each(['2fast', '-dash'])('rejects %s, which starts with a digit or a dash', async name => {
        const ws = await single(`persona ${name} "P"\n`);
        expect(ws.codes()).toContain('JM001');
    });
});

describe('labels', () => {
    it('keeps Unicode and emoji, and resolves the escapes \\" \\\\ \\n \\t (other backslashes stay)', async () => {
        const ws = await single(String.raw`persona lan "Chị Lan 🎁 \"VIP\" C:\path\go \\ end\nnext\tcol \d"` + '\n');
        const model = buildJourneyModel([ws.documents['map.journey']]);
        expect(model.personas[0].label).toBe('Chị Lan 🎁 "VIP" C:\\path\\go \\ end\nnext\tcol \\d');
    });

    it('shows the name where a label is missing', async () => {
        const ws = await single('persona minh\n');
        expect(buildJourneyModel([ws.documents['map.journey']]).personas[0].label).toBe('minh');
    });

    it('accepts numbers with decimals, negatives and percentages', async () => {
        const ws = await single('persona p\njourney j { persona p\n stage s { touchpoint t { metric a 38% metric b -1.5 metric c 12000 metric d 7 % } } }\n');
        expect(ws.diagnostics()).toEqual([]);
        const metrics = buildJourneyModel([ws.documents['map.journey']]).journeys[0].stages[0].touchpoints[0].metrics;
        expect(metrics).toEqual([
            { name: 'a', value: 38, unit: '%', text: '38%' },
            { name: 'b', value: -1.5, text: '-1.5' },
            { name: 'c', value: 12000, text: '12000' },
            { name: 'd', value: 7, unit: '%', text: '7%' }
        ]);
    });

    it('accepts both kinds of comments anywhere between statements', async () => {
        const ws = await single('// top\npersona p /* inline */ "P" { // trailing\n  /* block\n  over lines */ goal "g"\n}\n');
        expect(ws.diagnostics()).toEqual([]);
    });
});
