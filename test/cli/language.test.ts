// The command speaks its user's language (docs/languages.md): Vietnamese when the POSIX locale or
// `--lang vi` says so, with the same codes, places and exit status; English otherwise, as before.
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/cli.js';

const personas = 'persona lan "Chị Lan" {\n  description "Nhân viên văn phòng"\n}\n';
/** A Vietnamese BA's map with the usual mistakes: a misspelt keyword and channel, an unknown persona and mood (not one of the Vietnamese moods either), stages off the model. */
const mistakes = `journey mua_qua "Mua quà sinh nhật" {
  type current
  persona lan, minh
  model ACC

  stage nhan_biet "Nhận biết" {
    touchpoint xem_qc "Xem quảng cáo" {
      channel socail
      emotion 2 ngơ_ngác
    }
  }
  stage consideration "Cân nhắc" {
    touchpiont so_sanh "So sánh giá" {
      emotion 4 curious
    }
  }
  stage rong "Trống" {
  }
}
`;
const files = { 'personas.journey': personas, 'mua-qua.journey': mistakes };
/** Neither English nor Vietnamese from the machine running the tests. */
const NEUTRAL = { LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** English words no Vietnamese message should hold, outside `code` (keywords, names, codes) and the list of the language's mood keywords. */
const ENGLISH = /(?<![\p{L}\p{N}_])(the|is|not|no|in|of|a|an|and|or|with|to|at|this|that|named|declared|found|expected|did|you|mean|add|remove|errors?|warnings?|files?|stages?|touchpoints?|journeys?|model|score|mood|emotion|pain|points?|opportunit(?:y|ies)|channels?|workspace|unknown)(?![\p{L}\p{N}_])/giu;

function englishLeft(message: string): string[] {
    const prose = message.replace(/`[^`]*`/g, ' ').replace(/Các tâm trạng: .*$/, ' ');
    return prose.match(ENGLISH) ?? [];
}

/** `file:line:column: severity CODE message` → its parts. */
function parse(line: string) {
    const match = /^(\S+:\d+:\d+): (\S+(?: \S+)?) (JM\d{3}) (.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    return { place: match![1], severity: match![2], code: match![3], message: match![4] };
}

describe('journey-map in Vietnamese', { timeout: 60_000 }, () => {
    const folder = tempFolder(files);
    const english = runCli(['validate', '.'], folder, { ...NEUTRAL, LANG: 'en_US.UTF-8' });

    it('with LANG=vi_VN.UTF-8, says every problem and the summary in Vietnamese, with the same places, codes and exit status', () => {
        const result = runCli(['validate', '.'], folder, { ...NEUTRAL, LANG: 'vi_VN.UTF-8' });
        expect(result.status).toBe(1);
        expect(english.status).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        const englishLines = english.stdout.trimEnd().split('\n');
        expect(lines.length).toBe(englishLines.length);
        expect(lines.at(-1)).toBe('4 lỗi, 5 cảnh báo trong 2 tệp');
        expect(englishLines.at(-1)).toBe('4 errors, 5 warnings in 2 files');
        const problems = lines.slice(0, -1).map(parse);
        const englishProblems = englishLines.slice(0, -1).map(parse);
        expect(problems.map(p => [p.place, p.code])).toEqual(englishProblems.map(p => [p.place, p.code]));
        expect(new Set(englishProblems.map(p => p.code))).toEqual(new Set(['JM001', 'JM002', 'JM004', 'JM006', 'JM007', 'JM010']));
        expect(problems.map(p => p.severity)).toEqual(englishProblems.map(p => ({ error: 'lỗi', warning: 'cảnh báo' })[p.severity]));
        for (const problem of problems) {
            expect(englishLeft(problem.message), problem.message).toEqual([]);
        }
        expect(result.stdout).toContain('mua-qua.journey:8:15: lỗi JM002 Không có kênh nào tên `socail` trong không gian làm việc. Có phải ý bạn là `social`?');
        expect(result.stdout).toContain('mua-qua.journey:13:5: lỗi JM001 `touchpiont` không phải là từ khóa: có phải ý bạn là `touchpoint`?');
        // The user's names are left as written.
        expect(result.stdout).toContain("`ngơ_ngác`");
    });

    it('with --lang vi, whatever the locale, and LANGUAGE before LANG as gettext reads them', () => {
        const vietnamese = runCli(['validate', '.'], folder, { ...NEUTRAL, LANG: 'vi_VN.UTF-8' }).stdout;
        expect(vietnamese).toMatch(/\n4 lỗi, 5 cảnh báo trong 2 tệp\n$/);
        expect(runCli(['validate', '--lang', 'vi', '.'], folder, { ...NEUTRAL, LANG: 'en_US.UTF-8' }).stdout).toBe(vietnamese);
        expect(runCli(['--lang=vi', 'validate', '.'], folder, NEUTRAL).stdout).toBe(vietnamese);
        expect(runCli(['validate', '.'], folder, { ...NEUTRAL, LANGUAGE: 'vi:en', LANG: 'en_US.UTF-8' }).stdout).toBe(vietnamese);
        // --lang en and the C locale keep English for a Vietnamese user's CI log.
        expect(runCli(['validate', '.', '--lang', 'en'], folder, { ...NEUTRAL, LANG: 'vi_VN.UTF-8' }).stdout).toBe(english.stdout);
        expect(runCli(['validate', '.'], folder, { ...NEUTRAL, LANGUAGE: 'vi', LC_ALL: 'C' }).stdout).toBe(english.stdout);
    });

    it('says usage problems, summaries and --help in Vietnamese too', () => {
        const usage = runCli(['validate', '--lang', 'vi'], folder, NEUTRAL);
        expect(usage.status).toBe(2);
        expect(usage.stderr).toBe('journey-map: validate cần ít nhất một tệp hoặc thư mục, ví dụ `journey-map validate examples`\n');
        const help = runCli(['--help', '--lang', 'vi'], folder, NEUTRAL);
        expect(help.stdout).toContain('Cách dùng: journey-map COMMAND [tùy chọn]');
        expect(help.stdout).toContain('  validate  báo lỗi cú pháp và các vấn đề của bản đồ (thoát với mã 1 khi có lỗi)');
        expect(runCli(['format', '--help'], folder, { ...NEUTRAL, LANG: 'vi_VN.UTF-8' }).stdout).toMatch(/^Cách dùng: journey-map format PATH\.\.\. \[--check\] \[--diff\]\n\nViết lại các tệp \.journey/);
        const check = runCli(['format', '--check', 'personas.journey', '--lang', 'vi'], folder, NEUTRAL);
        expect(check.stdout).toBe('0 tệp sẽ được định dạng lại, 1 tệp đã đúng định dạng\n');
    });

    it('refuses a language it does not speak, in the language of the locale', () => {
        const result = runCli(['validate', '.', '--lang', 'fr'], folder, { ...NEUTRAL, LANG: 'vi_VN.UTF-8' });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe("journey-map: --lang 'fr' không hợp lệ: hãy dùng en hoặc vi\n");
        expect(runCli(['validate', '.', '--lang', 'fr'], folder, NEUTRAL).stderr).toBe("journey-map: unknown --lang 'fr': use en or vi\n");
    });
});
