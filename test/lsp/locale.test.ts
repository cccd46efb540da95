// The server speaks the editor's display language (docs/languages.md): VS Code sends it as `locale` at
// `initialize`. With `vi`, diagnostics (same codes), hovers, completion details and quick-fix titles are
// Vietnamese; without it, English as before.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest, CompletionRequest, DidOpenTextDocumentNotification, HoverRequest, type CodeAction, type CompletionList, type Diagnostic, type Hover
} from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/cli.js';
import { startServer, type ServerSession } from '../helpers/lsp-client.js';

const people = 'persona lan "Chị Lan" {\n  goal "Mua quà kịp sinh nhật"\n}\n';
const map = `journey mua_qua "Mua quà" {
  persona lan

  stage s "Tìm quà" {
    touchpoint xem "Xem quảng cáo" {
      channel socail
      emotion 2 curious
    }
    touchpoint mua "Mua" {
      channel phone
      emotion 4 excited
    }
  }
}
`;

/** A server on its own copy of the folder, with the document open, and its first diagnostics. */
async function serverIn(locale: string | undefined): Promise<{ server: ServerSession; uri: string; diagnostics: Diagnostic[] }> {
    const folder = tempFolder({ 'people.journey': people, 'map.journey': map });
    const uri = pathToFileURL(join(folder, 'map.journey')).toString();
    const server = await startServer(folder, { locale });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: map } });
    return { server, uri, diagnostics: await server.diagnostics(uri, d => d.length >= 3) };
}

const hoverText = async (session: { server: ServerSession; uri: string }, line: number, character: number) =>
    JSON.stringify(((await session.server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri }, position: { line, character } })) as Hover).contents);

describe('the language server in the display language the client sends at initialize', { timeout: 60_000 }, () => {
    let vi: Awaited<ReturnType<typeof serverIn>>;
    let en: Awaited<ReturnType<typeof serverIn>>;

    beforeAll(async () => {
        [vi, en] = await Promise.all([serverIn('vi'), serverIn(undefined)]);
    }, 60_000);

    afterAll(async () => {
        await Promise.all([vi?.server.stop(), en?.server.stop()]);
    });

    it('publishes Vietnamese diagnostics with the same codes and ranges as in English', () => {
        const shape = (diagnostics: Diagnostic[]) => diagnostics.map(d => [d.code, d.severity, d.range.start.line, d.range.start.character]);
        expect(shape(vi.diagnostics)).toEqual(shape(en.diagnostics));
        const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.find(d => d.code === code)?.message;
        expect(byCode(vi.diagnostics, 'JM002')).toBe('Không có kênh nào tên `socail` trong không gian làm việc. Có phải ý bạn là `social`?');
        expect(byCode(en.diagnostics, 'JM002')).toBe('No channel named `socail` in the workspace. Did you mean `social`?');
        expect(byCode(vi.diagnostics, 'JM007')).toBe('Cảm xúc 2 nhưng không có điểm đau: cảm xúc tiêu cực luôn có một điểm đau gây ra nó. Hãy thêm `pain NAME "…"`.');
        expect(byCode(vi.diagnostics, 'JM013')).toBe('Điểm 2 và tâm trạng `curious` (4) không khớp nhau: hãy chỉnh cho thống nhất.');
    });

    it('hovers in Vietnamese: a mood, a score, a persona card', async () => {
        expect(await hoverText(vi, 10, 17)).toContain('Tâm trạng **excited**: điểm 5 (rất tích cực)');
        expect(await hoverText(en, 10, 17)).toContain('Mood **excited**: score 5 (very positive)');
        expect(await hoverText(vi, 10, 15)).toContain('Điểm 4: tích cực');
        const persona = await hoverText(vi, 1, 11);
        expect(persona).toContain('Chị Lan** · persona `lan`');
        expect(persona).toContain('**Mục tiêu**');
        // A built-in channel is named in the reader's language.
        expect(await hoverText(vi, 9, 15)).toContain('**Điện thoại** · kênh `phone`');
        expect(await hoverText(en, 9, 15)).toContain('**Phone** · channel `phone`');
    });

    it('gives completion details in Vietnamese', async () => {
        const complete = async (session: typeof vi, line: number, character: number) =>
            ((await session.server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri }, position: { line, character } })) as CompletionList).items;
        const moods = await complete(vi, 10, 16);
        // A Vietnamese reader is offered the Vietnamese moods (docs/language.md), detailed in Vietnamese.
        expect(moods.find(item => item.label === 'nhẹ_nhõm')?.detail).toBe('điểm 4 (tích cực)');
        expect((await complete(en, 10, 16)).find(item => item.label === 'relieved')?.detail).toBe('score 4 (positive)');
        const channels = await complete(vi, 9, 14);
        expect(channels.find(item => item.label === 'email')?.detail).toMatch(/^kênh email có sẵn · /);
    });

    it('titles quick fixes in Vietnamese', async () => {
        const titles = async (session: typeof vi, code: string) => {
            const diagnostics = session.diagnostics.filter(d => d.code === code);
            const actions = await session.server.connection.sendRequest(CodeActionRequest.type, {
                textDocument: { uri: session.uri }, range: diagnostics[0].range, context: { diagnostics }
            }) as CodeAction[];
            return actions.map(action => action.title);
        };
        expect(await titles(vi, 'JM002')).toEqual(['Thay `socail` bằng `social`', 'Khai báo kênh `socail`']);
        expect(await titles(en, 'JM002')).toEqual(['Replace `socail` with `social`', 'Declare channel `socail`']);
        expect(await titles(vi, 'JM007')).toEqual(['Thêm điểm đau `xem_pain`']);
        expect(await titles(vi, 'JM013')).toEqual(['Đổi điểm thành 4 (điểm của `curious`)', 'Đổi tâm trạng thành `bored` (điểm 2)']);
    });
});
