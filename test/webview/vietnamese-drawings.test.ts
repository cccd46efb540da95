import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOOD_SCORES } from '../../language/domain/moods.js';
import { renderView } from '../../language/views/index.js';
import { MAP_WORDS } from '../../language/views/map-words.js';
import { chromiumAvailable } from '../helpers/chromium.js';
import { tempFolder } from '../helpers/cli.js';
import { MermaidColumn } from '../helpers/drawn-labels.js';
import { mermaidBlocks } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';

/**
 * Issue 17, part 2: a Vietnamese map's drawings speak Vietnamese. The Markdown of `journey-map render`
 * and `journey-map diff` of a Vietnamese map, every ```mermaid block drawn by the real Mermaid in
 * Chromium, hold none of the English fixed words (lanes, headings, axis titles, moods, levels, the
 * diff's verbs): whether the map says `language vi` (read by an English reader) or says nothing and
 * its reader is Vietnamese. A reader whose locale is English gets English where the map says nothing.
 */

const CLI = resolve('dist/cli.js');

function cli(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'].includes(key)));
    const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, NO_COLOR: '1', ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ENGLISH_READER = { LANG: 'C.UTF-8' };
const VIETNAMESE_READER = { LANG: 'vi_VN.UTF-8' };

/** Every English text of ours: the texts of the English table (a function's text around its arguments), the moods. */
function englishTexts(value: unknown): string[] {
    if (typeof value === 'function') {
        return String(value(...Array.from({ length: value.length }, () => '\u0000'))).split('\u0000');
    }
    if (Array.isArray(value)) {
        return value.flatMap(englishTexts);
    }
    if (value !== null && typeof value === 'object') {
        return Object.values(value).flatMap(englishTexts);
    }
    return typeof value === 'string' ? [value] : [];
}

/** The English words a Vietnamese drawing must not show: every word of 3 letters or more of our English texts that Vietnamese does not share. */
const vietnameseTexts = new Set(englishTexts(MAP_WORDS.vi).flatMap(text => text.split(/[^\p{L}]+/u)));
const ENGLISH_WORDS = [...new Set([...englishTexts(MAP_WORDS.en), ...MOOD_SCORES.keys()].flatMap(text => text.split(/[^\p{L}-]+/u)))]
    .filter(word => /^\p{L}/u.test(word) && word.length >= 3 && !vietnameseTexts.has(word) && word !== 'journey-map');

const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{M}_-])${word}(?![\\p{L}\\p{M}_-])`, 'iu');

/** The labels and texts the BAs wrote in the Vietnamese maps drawn: an English word there (`chat`, `Mobile banking`) is theirs, not ours. */
const WRITTEN = ['examples/gift-purchase.journey', 'examples/gift-purchase-future.journey', 'examples/channels.journey',
    ...readdirSync('test/fixtures/vi-workspace').map(name => join('test/fixtures/vi-workspace', name))]
    .flatMap(path => readFileSync(path, 'utf8').match(/"(\\.|[^"\\])*"/g) ?? []).join('\n');

/** The English words of ours found in a text (whole words, any case), but those the maps' own texts hold. */
function englishIn(text: string): string[] {
    return ENGLISH_WORDS.filter(word => wholeWord(word).test(text) && !wholeWord(word).test(WRITTEN));
}

/** The examples with the Vietnamese map changed as a BA would (an emotion, a metric, a stage label, a touchpoint added, an opportunity removed). */
function changedExamples(): Record<string, string> {
    const files = Object.fromEntries(readdirSync('examples').filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(join('examples', name), 'utf8')]));
    const text = files['gift-purchase.journey'];
    const changed = text
        .replace('emotion 2 impatient', 'emotion 4 hopeful')
        .replace('metric tỉ_lệ_bỏ_giỏ 38%', 'metric tỉ_lệ_bỏ_giỏ 25%')
        .replace('stage retention "Mua lại"', 'stage retention "Quay lại mua"')
        .replace(/ {2}opportunity đánh_giá_một_chạm[^}]*}\n/, '')
        .replace('      emotion 3 relieved\n    }\n  }', '      emotion 3 relieved\n    }\n    touchpoint nhận_xác_nhận "Nhận tin nhắn xác nhận đơn hàng" {\n      channel zalo\n      emotion 4 satisfied\n    }\n  }');
    expect(changed).not.toBe(text);
    return { ...files, 'gift-purchase.journey': changed };
}

/** What a reader sees of a Markdown document: its prose, and the text of each diagram as Mermaid draws it. */
async function seen(markdown: string, column: MermaidColumn): Promise<{ prose: string; drawn: string[] }> {
    const drawn: string[] = [];
    for (const block of mermaidBlocks(markdown)) {
        const diagram = await column.draw(block);
        expect(diagram.error, block.slice(0, 200)).toBeUndefined();
        drawn.push(diagram.allText);
    }
    return { prose: markdown.replace(/^(`{3,})mermaid\n[\s\S]*?^\1$/gm, ''), drawn };
}

describe.runIf(chromiumAvailable())('a Vietnamese map drawn by Mermaid in Chromium', () => {
    let column: MermaidColumn;
    beforeAll(async () => {
        column = await MermaidColumn.open('mermaid', 880);
    }, 60_000);
    afterAll(async () => {
        await column?.close();
    });

    it('`render --format markdown` of a map that says `language vi`, for an English reader: no English fixed word', async () => {
        const result = cli(['render', 'examples/gift-purchase.journey', '--format', 'markdown'], ENGLISH_READER);
        expect(result.status, result.stderr).toBe(0);
        const { prose, drawn } = await seen(result.stdout, column);
        expect(drawn.length).toBeGreaterThan(10);
        expect(englishIn(prose)).toEqual([]);
        expect(drawn.flatMap(englishIn)).toEqual([]);
        expect(prose).toContain('## Điểm đau và cơ hội');
        expect(drawn.join(' ')).toContain('Điểm chạm');
        expect(drawn.join(' ')).toContain('1 rất tiêu cực · 3 bình thường · 5 rất tích cực');
        expect(drawn.join(' ')).toContain('2/5 sốt ruột');
    }, 120_000);

    it('`render` of the future map: the compare view says trước/sau/Đã bỏ', async () => {
        const result = cli(['render', 'examples/gift-purchase-future.journey', '--view', 'compare', '--format', 'markdown'], ENGLISH_READER);
        expect(result.status, result.stderr).toBe(0);
        const { prose, drawn } = await seen(result.stdout, column);
        expect(englishIn(prose + drawn.join(' '))).toEqual([]);
        expect(drawn.join(' ')).toMatch(/\(trước\).*\(sau\)/);
        expect(drawn.join(' ')).toContain('Đã bỏ');
    }, 120_000);

    it('a map that says no language is drawn in its reader\'s: Vietnamese for LANG=vi_VN, English for LANG=C', async () => {
        const file = 'test/fixtures/vi-workspace/mo-so-tiet-kiem.journey';
        expect(readFileSync(file, 'utf8')).not.toMatch(/^\s*language /m);
        const vietnamese = cli(['render', file, '--format', 'markdown'], VIETNAMESE_READER);
        expect(vietnamese.status, vietnamese.stderr).toBe(0);
        const read = await seen(vietnamese.stdout, column);
        expect(englishIn(read.prose + read.drawn.join(' '))).toEqual([]);
        expect(read.drawn.join(' ')).toContain('Điểm chạm');

        const english = cli(['render', file, '--format', 'markdown'], ENGLISH_READER);
        expect(english.stdout).toContain('## Pain points and opportunities');
        expect(english.stdout).toContain('touchpoints_header["Touchpoints"]');
    }, 120_000);

    it('a Vietnamese service blueprint and day in the life: their lanes, line of visibility, day view and emotion curve in Vietnamese', async () => {
        const files = {
            'p.journey': 'persona bác_Hùng "Bác Hùng"\n',
            'b.journey': 'journey sửa_mạng "Báo mất mạng" {\n  type blueprint\n  language vi\n  persona bác_Hùng\n  stage báo "Báo hỏng" {\n' +
                '    touchpoint gọi "Gọi tổng đài" {\n      channel phone\n      action "Gọi 1800"\n      frontstage "Tổng đài viên nghe máy"\n      backstage "Mở phiếu sự cố"\n' +
                '      support "Hệ thống CRM"\n      evidence "Tin nhắn mã phiếu"\n      emotion 2 lo_lắng\n      pain chờ "Chờ lâu" severity high\n      metric thời_gian_chờ 11 phút\n    }\n  }\n' +
                '  opportunity gọi_lại "Gọi lại tự động" {\n    fixes chờ\n    impact medium\n  }\n}\n',
            'd.journey': 'journey một_ngày "Một ngày của bác Hùng" {\n  type day-in-the-life\n  language vi\n  persona bác_Hùng\n  stage sáng "Buổi sáng" {\n' +
                '    touchpoint dậy "Thức dậy" {\n      time "06:00"\n      emotion 3 neutral\n    }\n    touchpoint tin "Đọc tin" {\n      emotion 4\n    }\n  }\n}\n'
        };
        const model = await modelOf(files);
        const texts: string[] = [];
        for (const [journey, views] of [['sửa_mạng', ['map', 'journey', 'emotion']], ['một_ngày', ['map', 'journey', 'emotion', 'day']]] as const) {
            for (const view of views) {
                const diagram = await column.draw(renderView(model, journey, view, 'en'));
                expect(diagram.error, `${journey} ${view}`).toBeUndefined();
                texts.push(diagram.allText);
            }
        }
        const drawn = texts.join(' ');
        expect(englishIn(drawn)).toEqual([]);
        for (const word of ['Tiền cảnh', 'Hậu cảnh', 'Quy trình hỗ trợ', 'Bằng chứng', 'Đường ranh giới nhìn thấy', 'Điện thoại', '(cao)', 'tác động trung bình', '2/5 lo lắng', '3/5 bình thường', 'thời gian chờ 11 phút']) {
            expect(drawn, word).toContain(word);
        }
    }, 120_000);

    it('`diff --format markdown` of the Vietnamese map: Vietnamese words, elements named by their labels, the emotion chart in Vietnamese', async () => {
        const before = tempFolder(Object.fromEntries(readdirSync('examples').filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(join('examples', name), 'utf8')])));
        const after = tempFolder(changedExamples());
        const result = cli(['diff', before, after, '--format', 'markdown'], ENGLISH_READER);
        expect(result.status, result.stderr).toBe(0);
        const { prose, drawn } = await seen(result.stdout, column);
        expect(englishIn(prose)).toEqual([]);
        expect(drawn.flatMap(englishIn)).toEqual([]);
        expect(prose).toContain('## Thay đổi của bản đồ hành trình');
        expect(prose).toContain('✏️ giai đoạn “Quay lại mua”: nhãn “Mua lại” → “Quay lại mua”');
        expect(prose).toContain('✏️ điểm chạm “Nhắn Zalo OA hỏi có gói quà và thiệp không”: cảm xúc 2 (sốt ruột) → 4 (hy vọng)');
        expect(prose).toContain('➕ điểm chạm “Nhận tin nhắn xác nhận đơn hàng” (giai đoạn “Mua hàng”, cảm xúc 4 (hài lòng))');
        expect(prose).not.toMatch(/`(retention|purchase|hỏi_zalo)`/);
        const chart = drawn.find(text => text.includes('Cảm xúc trước và sau'));
        expect(chart).toBeDefined();
        expect(chart).toContain('Các điểm chạm, theo thứ tự');
        expect(chart).toMatch(/Trước.*Sau/);
    }, 120_000);

    it('`diff` as text of the Vietnamese map: Vietnamese words, elements named by their labels', () => {
        const before = tempFolder(Object.fromEntries(readdirSync('examples').filter(name => name.endsWith('.journey')).map(name => [name, readFileSync(join('examples', name), 'utf8')])));
        const after = tempFolder(changedExamples());
        const result = cli(['diff', before, after], ENGLISH_READER);
        expect(result.status, result.stderr).toBe(0);
        expect(englishIn(result.stdout)).toEqual([]);
        expect(result.stdout).toContain('  ! điểm đau "Phải tạo tài khoản và mật khẩu mới viết được đánh giá" không còn được khắc phục (trước đây được khắc phục bởi "Đánh giá một chạm, không cần đăng nhập")');
        expect(result.stdout).toContain('  Cảm xúc trung bình 3,1 → 3,2 · điểm đau 7 · chưa khắc phục 0 → 1');
        expect(result.stdout).toContain('Thay đổi: 1 hành trình thay đổi.');
    });
});
