import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_NOBODY, runCli, runCliUnder, tempFolder } from '../helpers/cli.js';

/** These tests run dist/cli.js: `npm test` builds it first (`pretest`). */

const workingDay = readFileSync(join(import.meta.dirname, '../import/diagrams/mermaid-docs-working-day.mmd'), 'utf8');
const markdown = readFileSync(join(import.meta.dirname, '../import/diagrams/several.md'), 'utf8');

describe('journey-map import', () => {
    it('prints the .journey text of a Mermaid file, which validate and format --check accept', () => {
        const folder = tempFolder({ 'day.mmd': workingDay });
        const imported = runCli(['import', 'day.mmd'], folder);
        expect(imported.status).toBe(0);
        expect(imported.stdout).toMatch(/^persona me "Me"\n\npersona cat "Cat"\n\njourney my_working_day "My working day" \{\n/);
        expect(imported.stderr).toBe('journey-map: imported 1 journey from day.mmd\n');

        const written = runCli(['import', 'day.mmd', '-o', 'day.journey'], folder);
        expect(written.status).toBe(0);
        expect(written.stdout).toBe('');
        expect(readFileSync(join(folder, 'day.journey'), 'utf8')).toBe(imported.stdout);
        expect(runCli(['validate', 'day.journey'], folder).status).toBe(0);
        expect(runCli(['format', '--check', 'day.journey'], folder)).toMatchObject({ status: 0 });
    });

    it('imports every journey block of a Markdown document and counts the other diagrams', () => {
        const folder = tempFolder({ 'docs/journeys.md': markdown });
        const result = runCli(['import', 'docs/journeys.md'], folder);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('journey checkout "Checkout" {');
        expect(result.stdout).toContain('journey support_call "Support call" {');
        expect(result.stderr).toBe('journey-map: imported 2 journeys from docs/journeys.md; 1 other Mermaid diagram left out\n');
    });

    it('warns with the file and line, on standard error, its control characters escaped', () => {
        const folder = tempFolder({ 'scores.mmd': 'journey\n  section A\n    Pay\u001b[31m: X: Me\n    Wait: 9: Me\n' });
        const result = runCli(['import', 'scores.mmd'], folder);
        expect(result.status).toBe(0);
        // The escape sequence of the task reaches neither the map printed nor the warnings.
        expect(result.stdout).toContain('touchpoint pay_31m "Pay␛[31m"\n');
        expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
        expect(result.stderr.split('\n')).toEqual([
            'scores.mmd:1: warning: journey "scores": scores 9 read as a 0–10 scale and rescaled to 1–5: 5',
            'scores.mmd:3: warning: the score "X" of "Pay␛[31m" is not a number: the touchpoint has no emotion',
            'journey-map: imported 1 journey from scores.mmd',
            ''
        ]);
    });

    it('refuses a diagram Mermaid refuses, naming its line, and a file with no journey diagram, with exit 1 and no stack trace', () => {
        const folder = tempFolder({
            'bad.md': '# Notes\n\n```mermaid\njourney\n  section A\n    Pay; now: 2: Me\n```\n',
            'flow.mmd': 'flowchart LR\n  A --> B\n'
        });
        const bad = runCli(['import', 'bad.md', '-o', 'bad.journey'], folder);
        expect(bad).toMatchObject({ status: 1, stdout: '' });
        expect(bad.stderr).toBe('bad.md:6: error: Mermaid cannot read this journey diagram: "Pay" is read as a task, but it is followed by ";", which Mermaid refuses (write ";" as #59; and "#" as #35;)\n');
        expect(readdirSync(folder).sort()).toEqual(['bad.md', 'flow.mmd']);
        const flow = runCli(['import', 'flow.mmd'], folder);
        expect(flow).toMatchObject({ status: 1, stdout: '', stderr: 'flow.mmd:1: error: no Mermaid journey diagram found (the diagram starts with "flowchart", not "journey")\n' });
    });

    it('says what is wrong with the command line or the paths, with exit 2', () => {
        const folder = tempFolder({ 'day.mmd': workingDay, 'locked/.keep': '' });
        expect(runCli(['import'], folder)).toMatchObject({ status: 2, stderr: 'journey-map: import needs a Mermaid or Markdown file, e.g. `journey-map import docs/onboarding.md`\n' });
        expect(runCli(['import', 'missing.mmd'], folder)).toMatchObject({ status: 2, stderr: "journey-map: cannot read 'missing.mmd': no such file\n" });
        expect(runCli(['import', 'locked'], folder)).toMatchObject({ status: 2, stderr: "journey-map: cannot read 'locked': it is a folder\n" });
        expect(runCli(['import', 'day.mmd', '-o', 'day.mmd'], folder).status).toBe(2);
        expect(readFileSync(join(folder, 'day.mmd'), 'utf8')).toBe(workingDay);
        chmodSync(folder, 0o755);
        chmodSync(join(folder, 'locked'), 0o555);
        const unwritable = runCliUnder(AS_NOBODY, ['import', join(folder, 'day.mmd'), '-o', join(folder, 'locked', 'day.journey')], folder);
        expect(unwritable.status).toBe(2);
        expect(unwritable.stderr).toMatch(/^journey-map: cannot write '.*locked\/day\.journey': .*\(nothing was changed\)\n$/);
        expect(readdirSync(join(folder, 'locked'))).toEqual(['.keep']);
        expect(statSync(join(folder, 'locked')).isDirectory()).toBe(true);
    });

    it('is listed in --help and has its own', () => {
        expect(runCli(['--help']).stdout).toMatch(/\n {2}import +turn the Mermaid journey diagrams/);
        const help = runCli(['import', '--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toMatch(/^Usage: journey-map import FILE \[-o FILE\]/);
    });
});

describe('journey-map import in Vietnamese (docs/languages.md)', { timeout: 60_000 }, () => {
    const VIETNAMESE = { LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'vi_VN.UTF-8' };
    const ENGLISH = { ...VIETNAMESE, LANG: 'C.UTF-8' };
    const folder = tempFolder({
        'scores.mmd': 'journey\n  title Đi làm\n  section Sáng\n    Pay: X: Me\n    Wait: 9: Me,,\n    Login: enter: 4: Me\n',
        'bad.md': '# Notes\n\n```mermaid\njourney\n  section A\n    Pay; now: 2: Me\n```\n',
        'flow.mmd': 'flowchart LR\n  A --> B\n',
        'flows.md': '```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\npie\n  "A": 1\n```\n'
    });
    /** `FILE:LINE: ` of each message line, the place a reader or an editor jumps to. */
    const places = (stderr: string) => stderr.split('\n').map(line => /^[^:\s]+:\d+: /.exec(line)?.[0]);

    it('with LANG=vi_VN.UTF-8, says the warnings and the summary in Vietnamese, on the same lines, and prints the same map', () => {
        const english = runCli(['import', 'scores.mmd'], folder, ENGLISH);
        const vietnamese = runCli(['import', 'scores.mmd'], folder, VIETNAMESE);
        expect(english.stderr.split('\n')).toEqual([
            'scores.mmd:1: warning: journey "Đi làm": scores 9 read as a 0–10 scale and rescaled to 1–5: 5',
            'scores.mmd:1: warning: journey "Đi làm": empty actors (",," or a trailing ",") left out',
            'scores.mmd:4: warning: the score "X" of "Pay" is not a number: the touchpoint has no emotion',
            'scores.mmd:6: warning: the score "enter" of "Login" is not a number: the touchpoint has no emotion (Mermaid ends a task\'s text at its first ":", so "enter" is read as the score; write a ":" in a task as #58;)',
            'journey-map: imported 1 journey from scores.mmd',
            ''
        ]);
        expect(vietnamese.stderr.split('\n')).toEqual([
            'scores.mmd:1: cảnh báo: hành trình "Đi làm": các điểm 9 được hiểu theo thang 0–10 và quy đổi về thang 1–5: 5',
            'scores.mmd:1: cảnh báo: hành trình "Đi làm": đã bỏ qua các tác nhân rỗng (",," hoặc dấu "," ở cuối)',
            'scores.mmd:4: cảnh báo: điểm "X" của "Pay" không phải là số: điểm chạm này không có cảm xúc',
            'scores.mmd:6: cảnh báo: điểm "enter" của "Login" không phải là số: điểm chạm này không có cảm xúc (Mermaid kết thúc văn bản của một tác vụ ở dấu ":" đầu tiên, nên "enter" được đọc là điểm; hãy viết dấu ":" trong tác vụ thành #58;)',
            'journey-map: đã nhập 1 hành trình từ scores.mmd',
            ''
        ]);
        expect(places(vietnamese.stderr)).toEqual(places(english.stderr));
        // The map itself is the same file whoever imports it: keywords, names, comments and research line.
        expect(vietnamese).toMatchObject({ status: 0, stdout: english.stdout });
        expect(runCli(['import', 'scores.mmd', '-o', 'scores.journey'], folder, VIETNAMESE).stderr).toMatch(/\njourney-map: đã nhập 1 hành trình từ scores\.mmd vào scores\.journey\n$/);
    });

    it('refuses in Vietnamese, with the same lines and exit status', () => {
        const cases: Array<[string[], number, string]> = [
            [['import', 'bad.md'], 1, 'bad.md:6: lỗi: Mermaid không đọc được sơ đồ hành trình này: "Pay" được đọc là một tác vụ, nhưng theo sau nó là ";", thứ Mermaid không chấp nhận (hãy viết ";" thành #59; và "#" thành #35;)\n'],
            [['import', 'flow.mmd'], 1, 'flow.mmd:1: lỗi: không tìm thấy sơ đồ hành trình Mermaid nào (sơ đồ bắt đầu bằng "flowchart", không phải "journey")\n'],
            [['import', 'flows.md'], 1, 'flows.md:1: lỗi: không tìm thấy sơ đồ hành trình Mermaid nào (bỏ qua 2 sơ đồ Mermaid loại khác)\n'],
            [['import'], 2, 'journey-map: import cần một tệp Mermaid hoặc Markdown, ví dụ `journey-map import docs/onboarding.md`\n'],
            [['import', 'flow.mmd', 'bad.md'], 2, 'journey-map: import chỉ nhận một tệp, không phải 2 tệp\n'],
            [['import', 'missing.mmd'], 2, "journey-map: không đọc được 'missing.mmd': không có tệp này\n"],
            [['import', 'flow.mmd', '-o', 'flow.mmd'], 2, "journey-map: không ghi 'flow.mmd': đây là chính tệp được đọc (hãy chọn tệp --output khác)\n"]
        ];
        for (const [args, status, stderr] of cases) {
            const english = runCli(args, folder, ENGLISH);
            expect(runCli(args, folder, VIETNAMESE), args.join(' ')).toEqual({ status, stdout: '', stderr });
            expect(english.status, args.join(' ')).toBe(status);
            expect(places(stderr)).toEqual(places(english.stderr));
        }
        expect(readFileSync(join(folder, 'flow.mmd'), 'utf8')).toBe('flowchart LR\n  A --> B\n');
    });

    it('gives its --help and its line of journey-map --help in Vietnamese', () => {
        expect(runCli(['--help'], folder, VIETNAMESE).stdout).toMatch(/\n {2}import +chuyển các sơ đồ hành trình Mermaid của một tệp \.mmd hoặc Markdown thành bản đồ\n/);
        const help = runCli(['import', '--help'], folder, VIETNAMESE);
        expect(help.status).toBe(0);
        expect(help.stdout).toMatch(/^Cách dùng: journey-map import FILE \[-o FILE\]\n\nĐọc các sơ đồ hành trình Mermaid của FILE/);
        expect(help.stdout).toContain('"FILE:LINE: cảnh báo: ..."');
        expect(runCli(['import', '--help', '--lang', 'en'], folder, VIETNAMESE).stdout).toMatch(/^Usage: journey-map import FILE \[-o FILE\]\n\nReads the Mermaid/);
    });
});
