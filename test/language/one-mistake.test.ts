import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../helpers/workspace.js';

/*
 * Issue 16: one mistake, one clear message. A realistic Vietnamese workspace (test/fixtures/vi-workspace:
 * personas and channels in a shared file, a current map, a future map that improves it), with each usual
 * mistake made once: how many problems, in which files, on which line, in which words, and what the
 * quick fix does (for a typo: it gives back the file as it was).
 */

const FIXTURE = 'test/fixtures/vi-workspace';
const original: Record<string, string> = Object.fromEntries(readdirSync(FIXTURE).sort().map(name => [name, readFileSync(join(FIXTURE, name), 'utf8')]));
const MAP = 'mo-so-tiet-kiem.journey';

interface Problem {
    file: string;
    line: number;
    code: string;
    message: string;
    diagnostic: Diagnostic;
}

/** The workspace with one file changed: its problems (file, 1-based line, code, message), in file and line order. */
async function withMistake(file: string, change: (text: string) => string) {
    const text = change(original[file]);
    expect(text, 'the mistake must change the file').not.toBe(original[file]);
    const ws = await workspaceOf({ ...original, [file]: text });
    const problems: Problem[] = Object.keys(original).flatMap(name => ws.diagnostics(name).map(diagnostic => ({
        file: name, line: diagnostic.range.start.line + 1, code: String(diagnostic.code), message: String(diagnostic.message), diagnostic
    })));
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    /** The quick fixes of a problem, and the file's text after one of them. */
    const fixes = async (problem: Problem) => {
        const document = ws.documents[problem.file];
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: problem.diagnostic.range, context: { diagnostics: [problem.diagnostic] }
        }) ?? []) as CodeAction[];
        const apply = (action: CodeAction) => TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? []);
        return { titles: actions.map(action => action.title), apply, actions };
    };
    return { text, problems, fixes };
}

/**
 * The mistake (`meant` written as `written` in `file`) makes exactly one problem, on its line, with
 * this code and message; the first quick fix has this title and gives back the file as it was.
 */
async function expectOneProblemFixed(file: string, meant: string, written: string, code: string, message: string, fixTitle: string): Promise<string[]> {
    const { text, problems, fixes } = await withMistake(file, text => text.replace(meant, written));
    expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([[file, lineOf(text, written), code, message]]);
    const { titles, apply, actions } = await fixes(problems[0]);
    expect(titles[0]).toBe(fixTitle);
    expect(apply(actions[0])).toBe(original[file]);
    return titles;
}

function lineOf(text: string, words: string): number {
    const index = text.indexOf(words);
    expect(index, `"${words}" in the text`).toBeGreaterThanOrEqual(0);
    return text.slice(0, index).split('\n').length;
}

describe('the Vietnamese fixture workspace', () => {
    it('has no problem as it is', async () => {
        const ws = await workspaceOf(original);
        expect(ws.diagnostics().map(d => d.message)).toEqual([]);
    });
});

describe('a misspelt keyword costs one message, in its own file, that says which keyword was meant', () => {
    const typos: Array<{ what: string; file: string; meant: string; written: string; wrong: string; right: string }> = [
        { what: 'touchpoint (14 problems in two files before)', file: MAP, meant: 'touchpoint đọc_biểu_phí', written: 'touchpiont đọc_biểu_phí', wrong: 'touchpiont', right: 'touchpoint' },
        { what: 'a touchpoint line', file: MAP, meant: 'action "Tìm phí rút trước hạn"', written: 'acton "Tìm phí rút trước hạn"', wrong: 'acton', right: 'action' },
        { what: 'a journey setting', file: MAP, meant: 'type current', written: 'tpye current', wrong: 'tpye', right: 'type' },
        { what: 'a stage', file: MAP, meant: 'stage consideration', written: 'stag consideration', wrong: 'stag', right: 'stage' },
        { what: 'a declaration in the shared file', file: 'personas.journey', meant: 'persona anh_Đức', written: 'presona anh_Đức', wrong: 'presona', right: 'persona' },
        { what: 'a channel kind, in capitals', file: 'personas.journey', meant: '"Ứng dụng BNM Mobile" mobile', written: '"Ứng dụng BNM Mobile" Mobile', wrong: 'Mobile', right: 'mobile' }
    ];
    for (const { what, file, meant, written, wrong, right } of typos) {
        it(what, async () => {
            const titles = await expectOneProblemFixed(file, meant, written, 'JM001', `\`${wrong}\` is not a keyword: did you mean \`${right}\`?`, `Replace \`${wrong}\` with \`${right}\``);
            expect(titles).toHaveLength(1);
        });
    }

    it('two typos on one line: a message each', async () => {
        const { problems } = await withMistake('personas.journey', text => text.replace('channel tổng_đài "Tổng đài 1900 5555" phone', 'chanel tổng_đài "Tổng đài 1900 5555" Phone'));
        expect(problems.map(p => p.message)).toEqual(['`chanel` is not a keyword: did you mean `channel`?', '`Phone` is not a keyword: did you mean `phone`?']);
    });
});

describe('a mood of several words typed with spaces, as the drawings show it', () => {
    it('costs one message that says how it is written; its quick fix writes the `_` (before: an unknown mood `lo` and a stray `lắng`)', async () => {
        const { text, problems, fixes } = await withMistake(MAP, text => text.replace('emotion 2 anxious', 'emotion 2 lo lắng'));
        expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([[MAP, lineOf(text, 'lo lắng'), 'JM001',
            'The mood `lo lắng` is written with `_` between its words: `lo_lắng`.']]);
        const { titles, apply, actions } = await fixes(problems[0]);
        expect(titles[0]).toBe('Replace `lo lắng` with `lo_lắng`');
        expect(apply(actions[0])).toBe(original[MAP].replace('emotion 2 anxious', 'emotion 2 lo_lắng'));
    });

    it('leaves two words that make no mood to the usual messages', async () => {
        const { problems } = await withMistake(MAP, text => text.replace('emotion 2 anxious', 'emotion 2 lo lo'));
        expect(problems.map(p => p.code).sort()).toEqual(['JM001', 'JM004']);
    });
});

describe('a line the parser does not understand costs one message and stays in its block', () => {
    it('a touchpoint written with a word that is no keyword: its lines are not read as declarations (no JM003 in personas.journey)', async () => {
        const { text, problems } = await withMistake(MAP, text => text.replace('touchpoint đọc_biểu_phí', 'điểm_chạm đọc_biểu_phí'));
        // The block is skipped whole: the stage is left empty and its pain point unknown, all in this file.
        expect(problems.map(p => [p.file, p.line, p.code])).toEqual([
            [MAP, lineOf(text, 'stage consideration'), 'JM010'],
            [MAP, lineOf(text, 'điểm_chạm'), 'JM001'],
            [MAP, lineOf(text, 'fixes phí_bất_ngờ'), 'JM002']
        ]);
        expect(problems[1].message).toBe('Expected a `touchpoint` or `}` to close the stage here, but found `điểm_chạm`.');
    });

    it('a persona written with a word that is no keyword: the maps that follow it get no JM002', async () => {
        const { text, problems } = await withMistake('personas.journey', text => text.replace('persona chị_Mai', 'nhân_vật chị_Mai'));
        expect(problems.map(p => [p.file, p.line, p.code])).toEqual([['personas.journey', lineOf(text, 'nhân_vật'), 'JM001']]);
    });

    it('a } too many closes the journey early: what follows is not held against personas.journey (no JM003 there)', async () => {
        const { problems } = await withMistake(MAP, text => text.replace('  type current\n', '  type current\n}\n'));
        expect(problems.filter(p => p.file !== MAP)).toEqual([]);
        // The journey's `persona` line, now at the top level, reads as a declaration: reported in this file only.
        expect(problems.map(p => p.code)).toEqual(['JM016', 'JM003', 'JM001']);
    });

    it('an unknown line inside a touchpoint', async () => {
        const { text, problems } = await withMistake(MAP, text => text.replace('      emotion 2 confused', '      màu "đỏ"\n      emotion 2 confused'));
        expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([[MAP, lineOf(text, 'màu'), 'JM001',
            'Expected a touchpoint line (`channel`, `persona`, `action`, `thought`, `emotion`, `pain`, `barrier`, `metric`, `frontstage`, `backstage`, `support`, `evidence`, `time`) or `}` here, but found `màu`.']]);
    });
});

describe('"did you mean" for every reference, with diacritics and case folded', () => {
    const references: Array<{ what: string; file: string; meant: string; written: string; kind: string; scope: string }> = [
        { what: 'a persona without its accents', file: MAP, meant: '  persona chị_Mai', written: '  persona chi_Mai', kind: 'persona', scope: 'in the workspace' },
        { what: 'a pain point without its accents', file: MAP, meant: 'fixes phí_bất_ngờ', written: 'fixes phi_bat_ngo', kind: 'pain point', scope: 'in this journey' },
        { what: 'a channel in another case, without đ', file: 'mo-so-tuong-lai.journey', meant: 'channel tổng_đài', written: 'channel Tong_dai', kind: 'channel', scope: 'in the workspace' },
        { what: 'a journey with a typo', file: 'mo-so-tuong-lai.journey', meant: 'improves mở_sổ_tiết_kiệm', written: 'improves mở_số_tiết_kiêm', kind: 'journey', scope: 'in the workspace' }
    ];
    for (const { what, file, meant, written, kind, scope } of references) {
        it(what, async () => {
            const [wrong, right] = [written.trim().split(' ')[1], meant.trim().split(' ')[1]];
            await expectOneProblemFixed(file, meant, written, 'JM002', `No ${kind} named \`${wrong}\` ${scope}. Did you mean \`${right}\`?`, `Replace \`${wrong}\` with \`${right}\``);
        });
    }

    it('a mood (the same matcher)', async () => {
        const { problems, fixes } = await withMistake(MAP, text => text.replace('emotion 4 curious', 'emotion 4 curios'));
        expect(problems.map(p => p.code)).toEqual(['JM004']);
        expect(problems[0].message).toMatch(/^Unknown mood `curios`\. Did you mean `curious`\? Moods: /);
        const { apply, actions } = await fixes(problems[0]);
        expect(apply(actions[0])).toBe(original[MAP]);
    });

    it('a name close to none gets the advice to declare it, and no suggestion', async () => {
        const { problems } = await withMistake(MAP, text => text.replace('  persona chị_Mai', '  persona bà_Tư'));
        expect(problems.map(p => p.message)).toEqual(['No persona named `bà_Tư` in the workspace. Declare it with `persona NAME "Label"` in any file of the workspace.']);
    });
});

describe('curly quotes', () => {
    it('a label in “…” gets one message and a quick fix to straight quotes', async () => {
        const { text, problems, fixes } = await withMistake(MAP, text => text.replace('action "Tìm phí rút trước hạn"', 'action “Tìm phí rút trước hạn”'));
        expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([
            [MAP, lineOf(text, '“'), 'JM001', 'Curly quotes `“…”`: a label is written between straight double quotes, `"…"`.']
        ]);
        const { titles, apply, actions } = await fixes(problems[0]);
        expect(titles).toEqual(['Use straight quotes `"`']);
        expect(apply(actions[0])).toBe(original[MAP]);
    });

    it('‘…’ and a label closed with ” too, each with its message; the quick fix escapes a straight quote inside', async () => {
        const { problems, fixes } = await withMistake(MAP, text => text
            .replace('"Nhận biết"', '‘Nhận "biết"’').replace('"Cân nhắc"', '"Cân nhắc”'));
        expect(problems.map(p => p.message)).toEqual([
            'Curly quotes `‘…’`: a label is written between straight double quotes, `"…"`.',
            'Curly quotes `"…”`: a label is written between straight double quotes, `"…"`.'
        ]);
        const { apply, actions } = await fixes(problems[0]);
        expect(apply(actions[0])).toContain('stage awareness "Nhận \\"biết\\"" {');
    });

    it('curly quotes inside a straight-quoted label are just characters', async () => {
        const ws = await workspaceOf({ ...original, [MAP]: original[MAP].replace('"Nhận biết"', '"Nhận “biết” ‘x’"') });
        expect(ws.diagnostics()).toEqual([]);
    });
});

describe('a forgotten } is reported at the block it leaves open', () => {
    it('names the block, the line where it began and the line after which its } goes', async () => {
        // The `}` of the touchpoint hỏi_đồng_nghiệp (the one after `emotion 4 hopeful`).
        const { text, problems } = await withMistake(MAP, text => text.replace('      emotion 4 hopeful\n    }\n', '      emotion 4 hopeful\n'));
        const begins = lineOf(text, 'touchpoint hỏi_đồng_nghiệp');
        expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([
            [MAP, begins, 'JM001', `Touchpoint \`hỏi_đồng_nghiệp\` (line ${begins}) is never closed: add its \`}\` after line ${begins + 2}.`]
        ]);
    });

    it('at the end of the file: the journey', async () => {
        const { problems } = await withMistake('mo-so-tuong-lai.journey', text => text.replace(/\}\n$/, ''));
        expect(problems.map(p => [p.line, p.message])).toEqual([[3, 'Journey `mở_sổ_tương_lai` (line 3) is never closed: add its `}` after line 18.']]);
    });
});

describe('a } too many', () => {
    it('on a line of its own, before lines that still belong to its block: one error, and a quick fix that removes it', async () => {
        // The first touchpoint's `}` doubled: without it, the stage awareness would end there.
        const { text, problems, fixes } = await withMistake(MAP, text => text.replace('      emotion 4 curious\n    }\n', '      emotion 4 curious\n    }\n  }\n'));
        expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([[MAP, lineOf(text, '      emotion 4 curious') + 2, 'JM001',
            'This `}` is one too many: the lines after it still belong to the block it would close. Remove it.']]);
        const { titles, apply, actions } = await fixes(problems[0]);
        expect(titles).toEqual(['Remove this `}`']);
        expect(apply(actions[0])).toBe(original[MAP]);
    });
});

describe('every line shows somewhere (JM017)', () => {
    it('frontstage in a current map: a warning that says which map type draws it, with two quick fixes', async () => {
        const { text, problems, fixes } = await withMistake(MAP, text => text.replace('      action "Xin nghỉ một tiết để ra quầy"\n', '      action "Xin nghỉ một tiết để ra quầy"\n      frontstage "Giao dịch viên kiểm tra căn cước"\n'));
        expect(problems.map(p => [p.file, p.line, p.code, p.message])).toEqual([[MAP, lineOf(text, 'frontstage'), 'JM017',
            '`frontstage` is drawn only on a service blueprint (`type blueprint`); this is a current-state map, so no view shows it. Change the map\'s type, or remove the line.']]);
        const { titles, apply, actions } = await fixes(problems[0]);
        expect(titles).toEqual(['Change the map\'s type to `blueprint`', 'Remove the `frontstage` line']);
        expect(apply(actions[0])).toBe(text.replace('  type current', '  type blueprint'));
        expect(apply(actions[1])).toBe(original[MAP]);
    });

    it('time in a future map: drawn only on a day in the life', async () => {
        const { problems } = await withMistake('mo-so-tuong-lai.journey', text => text.replace('      emotion 4 satisfied', '      time "12:00"\n      emotion 4 satisfied'));
        expect(problems.map(p => [p.code, p.message])).toEqual([['JM017',
            '`time` is drawn only on a day-in-the-life map (`type day-in-the-life`); this is a future-state map, so no view shows it. Change the map\'s type, or remove the line.']]);
    });
});

describe('a stage name the model does not know', () => {
    it('one warning that names the model stage meant, and a quick fix', async () => {
        await expectOneProblemFixed(MAP, 'stage consideration', 'stage considration', 'JM006',
            'Stage `considration` is not a stage of the ACC model (awareness, consideration, conversion). Did you mean `consideration`?',
            'Replace `considration` with `consideration`');
    });
});
