import { describe, expect, it } from 'vitest';
import { formatJourneyText } from '../../language/format/format-journey-text.js';
import { applyEdits } from '../../language/format/journey-format.js';

/** The canonical text of a document that must format. */
function format(text: string): string {
    const outcome = formatJourneyText(text);
    if (!outcome.ok) {
        throw new Error(`expected a formatted document, got ${outcome.reason} on line ${outcome.line}`);
    }
    expect(applyEdits(text, outcome.edits)).toBe(outcome.text);
    return outcome.text;
}

/** Lines joined with "\n", plus the final newline. */
const lines = (...all: string[]) => all.join('\n') + '\n';

interface Pair {
    rule: string;
    before: string;
    after: string;
}

const pairs: Pair[] = [
    // ---- one statement per line, indentation, braces
    {
        rule: 'a one-line touchpoint becomes a block with one line per statement',
        before: 'journey j { persona lan stage s { touchpoint t "T" { channel web emotion 3 } } }',
        after: lines('journey j {', '  persona lan', '', '  stage s {', '    touchpoint t "T" {', '      channel web', '      emotion 3', '    }', '  }', '}')
    },
    {
        rule: 'a persona body with its fields, two-space indentation',
        before: 'persona lan "Lan" {\ndescription "28"\n\t\tgoal "Gift"   need "Price" }',
        after: lines('persona lan "Lan" {', '  description "28"', '  goal "Gift"', '  need "Price"', '}')
    },
    {
        rule: '`{` moves up to the line of its declaration',
        before: 'persona lan "Lan"\n{\n  goal "g"\n}\n',
        after: lines('persona lan "Lan" {', '  goal "g"', '}')
    },
    {
        rule: 'a statement written over several lines is joined',
        before: 'channel\n  zalo\n  "Zalo OA"\n  chat\n',
        after: lines('channel zalo "Zalo OA" chat')
    },
    {
        rule: 'single spaces between words, no trailing spaces, a final newline',
        before: 'channel   zalo\t"Zalo OA"    chat   ',
        after: lines('channel zalo "Zalo OA" chat')
    },
    {
        rule: 'words written without a space between them get one',
        before: 'channel zalo"Zalo"chat',
        after: lines('channel zalo "Zalo" chat')
    },
    {
        rule: 'lists: no space before a comma, one after',
        before: 'journey j {\n  persona lan ,minh ,  hoa\n  opportunity o { fixes a,b , c }\n}\n',
        after: lines('journey j {', '  persona lan, minh, hoa', '', '  opportunity o {', '    fixes a, b, c', '  }', '}')
    },
    {
        rule: 'a persona, touchpoint or opportunity without braces stays without braces',
        before: 'persona minh "Minh"\njourney j { persona minh stage s { touchpoint a touchpoint b "B" } opportunity o "O" }',
        after: lines('persona minh "Minh"', '', 'journey j {', '  persona minh', '', '  stage s {', '    touchpoint a', '    touchpoint b "B"', '  }', '', '  opportunity o "O"', '}')
    },
    {
        rule: 'an empty body is written `{}`',
        before: 'journey j {\n  stage s "S" {\n\n  }\n  stage t { }\n}\npersona p {   }\n',
        after: lines('journey j {', '  stage s "S" {}', '', '  stage t {}', '}', '', 'persona p {}')
    },
    // ---- numbers, labels
    {
        rule: 'numbers and % as written; `38 %` becomes `38%`',
        before: 'journey j { stage s { touchpoint t { metric drop_off 38 % metric visits 12000 metric rate -0.5% emotion 2 } } }',
        after: lines('journey j {', '  stage s {', '    touchpoint t {', '      metric drop_off 38%', '      metric visits 12000', '      metric rate -0.5%', '      emotion 2', '    }', '  }', '}')
    },
    {
        rule: 'labels exactly as written, escapes and spaces kept',
        before: 'persona lan   "Lan  \\"the\\" \\\\ buyer\\n2nd line\\tand \\q"',
        after: lines('persona lan "Lan  \\"the\\" \\\\ buyer\\n2nd line\\tand \\q"')
    },
    {
        rule: 'Vietnamese names and emoji labels',
        before: 'persona   chị_Lan "Chị Lan, nhân viên văn phòng 👩‍💼"{goal "Quà đẹp 🎁"}\njourney mua_quà { persona chị_Lan stage nhận_biết "Nhận biết 👀" { touchpoint xem_tiktok { channel social emotion 4 tò_mò } } }',
        after: lines('persona chị_Lan "Chị Lan, nhân viên văn phòng 👩‍💼" {', '  goal "Quà đẹp 🎁"', '}', '', 'journey mua_quà {', '  persona chị_Lan', '',
            '  stage nhận_biết "Nhận biết 👀" {', '    touchpoint xem_tiktok {', '      channel social', '      emotion 4 tò_mò', '    }', '  }', '}')
    },
    {
        rule: 'keywords used as names stay names',
        before: 'journey journey "J" { model AIDA stage action "Action" { touchpoint touchpoint { channel web } } }',
        after: lines('journey journey "J" {', '  model AIDA', '', '  stage action "Action" {', '    touchpoint touchpoint {', '      channel web', '    }', '  }', '}')
    },
    // ---- blank lines
    {
        rule: 'one blank line between top-level declarations (added, or many reduced to one)',
        before: 'persona a\npersona b\n\n\n\nchannel c "C" chat\njourney j { persona a }',
        after: lines('persona a', '', 'persona b', '', 'channel c "C" chat', '', 'journey j {', '  persona a', '}')
    },
    {
        rule: 'a blank line before the first stage, between stages, before the first opportunity',
        before: 'journey j {\n  persona a\n  stage s1 { touchpoint t1 }\n  stage s2 { touchpoint t2 }\n  opportunity o1\n  opportunity o2\n}\n',
        after: lines('journey j {', '  persona a', '', '  stage s1 {', '    touchpoint t1', '  }', '', '  stage s2 {', '    touchpoint t2', '  }', '', '  opportunity o1', '  opportunity o2', '}')
    },
    {
        rule: 'no blank line right after `{` or before `}`, nor at the start or the end of the file',
        before: '\n\n\njourney j {\n\n  stage s {\n\n    touchpoint t {\n\n      emotion 3\n\n    }\n\n  }\n\n}\n\n\n',
        after: lines('journey j {', '  stage s {', '    touchpoint t {', '      emotion 3', '    }', '  }', '}')
    },
    {
        rule: 'blank lines the author put inside a block are kept, at most one',
        before: 'journey j {\n  persona a\n  model ACC\n\n\n\n  goal "g"\n  stage s {\n    touchpoint t1\n\n    touchpoint t2\n    touchpoint t3\n  }\n  opportunity o1\n\n\n  opportunity o2\n}\n',
        after: lines('journey j {', '  persona a', '  model ACC', '', '  goal "g"', '', '  stage s {', '    touchpoint t1', '', '    touchpoint t2', '    touchpoint t3', '  }', '', '  opportunity o1', '', '  opportunity o2', '}')
    },
    {
        rule: 'a stage after an opportunity gets its blank line',
        before: 'journey j {\n  opportunity o\n  stage s {}\n  opportunity p\n}\n',
        after: lines('journey j {', '  opportunity o', '', '  stage s {}', '', '  opportunity p', '}')
    },
    // ---- comments
    {
        rule: 'a comment at the end of a line stays at the end of that statement',
        before: 'journey j { // the map\n  persona a    // who\n  stage s { touchpoint t { channel web /* where */ emotion 3 } }   // end of stage\n}\n',
        after: lines('journey j { // the map', '  persona a // who', '', '  stage s {', '    touchpoint t {', '      channel web /* where */', '      emotion 3', '    }', '  } // end of stage', '}')
    },
    {
        rule: 'a comment on its own line stays on its own line, at the indentation of what follows',
        before: 'journey j {\n// who\n        persona a\n          // the first stage\nstage s {\n    // first step\n  touchpoint t\n}\n}\n',
        after: lines('journey j {', '  // who', '  persona a', '', '  // the first stage', '  stage s {', '    // first step', '    touchpoint t', '  }', '}')
    },
    {
        rule: 'leading comments of the file, between declarations, and at the end of the file',
        before: '// file header\n\n\npersona a\n// about b\npersona b\n/* about c */\n\nchannel c\n\n\n// the end\n// really\n',
        // `/* about c */` has a blank line after it, none before: it stays with `persona b` (see the next rule).
        after: lines('// file header', '', 'persona a', '', '// about b', 'persona b', '/* about c */', '', 'channel c', '', '// the end', '// really')
    },
    {
        rule: 'a comment after the last statement of a block stays inside the block, indented as its content',
        before: 'journey j {\n  stage s {\n    touchpoint t\n// todo: more steps\n  }\n        // todo: opportunities\n}\n',
        after: lines('journey j {', '  stage s {', '    touchpoint t', '    // todo: more steps', '  }', '  // todo: opportunities', '}')
    },
    {
        rule: 'a comment in an empty body makes it a block',
        before: 'journey j {\n  stage s { // nothing yet\n  }\n  stage t {\n// later\n}\n}\n',
        after: lines('journey j {', '  stage s { // nothing yet', '  }', '', '  stage t {', '    // later', '  }', '}')
    },
    {
        rule: 'a block comment before a statement on the same line stays on that line',
        before: 'journey j {\n  /* new */ persona a\n  stage s { /* first */ touchpoint t }\n}\n',
        after: lines('journey j {', '  /* new */ persona a', '', '  stage s { /* first */', '    touchpoint t', '  }', '}')
    },
    {
        rule: 'a multi-line block comment keeps its inner lines as written (only trailing spaces go)',
        before: 'journey j {\n      /* Research:   \n   - 12 interviews\n       - survey   */\n  persona a\n}\n',
        after: lines('journey j {', '  /* Research:', '   - 12 interviews', '       - survey   */', '  persona a', '}')
    },
    {
        rule: 'trailing spaces of line comments go',
        before: 'persona a // note   \t\n',
        after: lines('persona a // note')
    },
    {
        rule: 'comments inside a statement stay between the same words',
        before: 'journey j {\n  persona a, /* and */ b,\n    // the third\n    c\n  stage s {}\n}\n',
        after: lines('journey j {', '  persona a, /* and */ b,', '    // the third', '    c', '', '  stage s {}', '}')
    },
    {
        rule: 'a line comment between a declaration and its `{` keeps `{` on its own line',
        before: 'persona a "A" // the buyer\n{\ngoal "g"\n}\n',
        after: lines('persona a "A" // the buyer', '{', '  goal "g"', '}')
    },
    {
        rule: 'the required blank line goes before the comments of the next statement',
        before: 'journey j {\n  persona a // who\n  // stages start here\n  stage s {}\n}\n',
        after: lines('journey j {', '  persona a // who', '', '  // stages start here', '  stage s {}', '}')
    },
    {
        rule: 'a blank line the author put between comments is kept (no second blank line added)',
        before: 'persona a\n// end of a\n\n// about b\npersona b\n',
        after: lines('persona a', '// end of a', '', '// about b', 'persona b')
    },
    {
        rule: 'a file of comments only',
        before: '\n  // just a note   \n\n\n/* and another */  ',
        after: lines('// just a note', '', '/* and another */')
    }
];

describe('the canonical format, rule by rule', () => {
    for (const pair of pairs) {
        it(pair.rule, () => {
            expect(format(pair.before)).toBe(pair.after);
            expect(format(pair.after)).toBe(pair.after);
        });
    }
});

describe('the canonical format, edge cases', () => {
    it('an empty document stays empty', () => {
        expect(format('')).toBe('');
        expect(format('\n\n   \n')).toBe('');
    });

    it('keeps Windows line breaks when the file uses them', () => {
        const text = 'persona a {\r\n goal "g"   \r\n}\r\n\r\n\r\n/* one\r\n   two */\r\npersona b';
        expect(format(text)).toBe('persona a {\r\n  goal "g"\r\n}\r\n\r\n/* one\r\n   two */\r\npersona b\r\n');
    });

    it('keeps a byte-order mark', () => {
        expect(format('\uFEFF\n\npersona  a')).toBe('\uFEFFpersona a\n');
    });

    it('reports no change for a canonical document, with no edits', () => {
        const outcome = formatJourneyText('persona a "A"\n');
        expect(outcome).toMatchObject({ ok: true, changed: false, edits: [] });
    });

    it('does not format a document with a syntax error (JM001), and says on which line', () => {
        expect(formatJourneyText('persona a {\n  goal\n}\n')).toMatchObject({ ok: false, reason: 'syntax-error', line: 3 });
        expect(formatJourneyText('persona a\n\njourney j {\n  stage s { touchpoint t { colour "red" } }\n}\n')).toMatchObject({ ok: false, reason: 'syntax-error', line: 4 });
        expect(formatJourneyText('persona a "unclosed\n')).toMatchObject({ ok: false, reason: 'syntax-error', line: 1 });
        expect(formatJourneyText('journey j {\n  stage s {\n')).toMatchObject({ ok: false, reason: 'syntax-error' });
    });

    it('formats a large document quickly (linear in its size)', () => {
        const touchpoint = (i: number) => `touchpoint t${i} "Step ${i}" { channel web action "Does ${i}" emotion 3 pain p${i} severity low }`;
        const stage = (s: number) => `stage s${s} { ${Array.from({ length: 20 }, (_, i) => touchpoint(s * 20 + i)).join(' ')} }`;
        const text = `journey big { persona a ${Array.from({ length: 100 }, (_, s) => stage(s)).join('\n')} }`;
        const started = performance.now();
        const formatted = format(text);
        expect(performance.now() - started).toBeLessThan(5000);
        expect(formatted.split('\n').length).toBeGreaterThan(2000 * 6);
        expect(format(formatted)).toBe(formatted);
    });
});
