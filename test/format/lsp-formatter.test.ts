import type { LangiumDocument } from 'langium';
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import { formatJourneyText } from '../../language/format/format-journey-text.js';
import { JourneyFormatter } from '../../language/lsp/journey-formatter.js';
import { createJourneyServices } from '../../language/journey-module.js';
import { single } from '../helpers/workspace.js';

const options = { tabSize: 4, insertSpaces: false };

async function documentOf(text: string): Promise<LangiumDocument> {
    return (await single(text)).documents['map.journey'];
}

function formatter(): JourneyFormatter {
    const formatter = createJourneyServices().journeyLanguage.lsp.Formatter;
    expect(formatter).toBeInstanceOf(JourneyFormatter);
    return formatter as JourneyFormatter;
}

async function formatDocument(text: string): Promise<TextEdit[]> {
    const document = await documentOf(text);
    return formatter().formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
}

async function formatRange(text: string, range: Range): Promise<TextEdit[]> {
    const document = await documentOf(text);
    return formatter().formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options });
}

function apply(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('memory:///map.journey', 'journey', 1, text), edits);
}

const canonical = `// Gift purchase
persona lan "Lan" {
  goal "A gift in ten minutes"
}

journey gift "Gift" {
  persona lan

  stage awareness "Awareness" {
    touchpoint see_ad "Sees an ad" {
      channel social
      emotion 4 curious
    }
    touchpoint ask {
      channel chat
    }
  }

  stage conversion "Conversion" {
    touchpoint checkout {
      channel web
      emotion 2 anxious
      pain fee "A fee at the last step" severity high // found in the exit survey
    }
  }

  opportunity show_fee {
    fixes fee
  }
}
`;

describe('the editor formatter (lsp.Formatter)', () => {
    it('is registered as the language\'s formatter, with no format-on-type', () => {
        expect(formatter().formatOnTypeOptions).toBeUndefined();
    });

    it('formatDocument gives edits that turn a document into its canonical text', async () => {
        const messy = canonical
            .replace('persona lan "Lan" {\n  goal', 'persona  lan "Lan"{ goal')
            .replace(/\n {6}emotion 4 curious\n {4}\}/, ' emotion 4 curious }')
            .replace('\n\n  stage conversion', '\n  stage conversion')
            .replace('fixes fee', 'fixes   fee')
            .replace(/\n$/, '\n\n\n');
        expect(messy).not.toBe(canonical);
        const edits = await formatDocument(messy);
        expect(edits.length).toBeGreaterThan(0);
        expect(apply(messy, edits)).toBe(canonical);
        expect(apply(messy, edits)).toBe(formatJourneyText(messy).ok && (formatJourneyText(messy) as { text: string }).text);
    });

    it('gives minimal edits: none for a canonical document, and only whitespace is replaced', async () => {
        expect(await formatDocument(canonical)).toEqual([]);
        const edits = await formatDocument(canonical.replace('channel chat', 'channel    chat'));
        expect(edits).toEqual([{ range: { start: { line: 14, character: 13 }, end: { line: 14, character: 17 } }, newText: ' ' }]);
    });

    it('ignores the editor\'s tab settings (the layout is canonical)', async () => {
        const edits = await formatDocument('persona lan {\n\tgoal "g"\n}\n');
        expect(apply('persona lan {\n\tgoal "g"\n}\n', edits)).toBe('persona lan {\n  goal "g"\n}\n');
    });

    it('gives no edits for a document with a syntax error (JM001)', async () => {
        const broken = canonical.replace('emotion 4 curious', 'emotion 4 curious colour "red"');
        const document = await documentOf(broken);
        expect(document.diagnostics?.some(d => d.code === 'JM001')).toBe(true);
        expect(await formatDocument(broken)).toEqual([]);
        expect(await formatRange(broken, { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } })).toEqual([]);
    });

    it('formatDocumentRange formats the statements on the selected lines and nothing else', async () => {
        // Line 10 (`channel social`) and line 21 (the pain point) are messed up; only line 10 is selected.
        const messy = canonical
            .replace('      channel social', '   channel    social')
            .replace('      pain fee "A fee at the last step" severity high', '  pain  fee "A fee at the last step"  severity high');
        const edits = await formatRange(messy, { start: { line: 10, character: 2 }, end: { line: 10, character: 5 } });
        const result = apply(messy, edits);
        const before = messy.split('\n');
        const after = result.split('\n');
        expect(after[10]).toBe('      channel social');
        expect(after.length).toBe(before.length);
        after.forEach((line, i) => {
            if (i !== 10) {
                expect(line, `line ${i}`).toBe(before[i]);
            }
        });
    });

    it('formatDocumentRange expands a one-line touchpoint on the selected line, whole', async () => {
        const messy = canonical.replace(/ {4}touchpoint ask \{\n {6}channel chat\n {4}\}/, '        touchpoint ask {  channel chat }');
        const lines = messy.split('\n');
        const line = lines.findIndex(text => text.includes('touchpoint ask'));
        // A selection of whole lines ends at the start of the next line, which is not formatted.
        const edits = await formatRange(messy, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        expect(apply(messy, edits)).toBe(canonical);
    });

    it('formatDocumentRange leaves blank lines above the selection alone', async () => {
        const messy = canonical.replace('  persona lan\n\n  stage awareness', '  persona lan\n\n\n\n      stage awareness');
        const line = messy.split('\n').findIndex(text => text.includes('stage awareness'));
        const edits = await formatRange(messy, { start: { line, character: 0 }, end: { line, character: 3 } });
        const result = apply(messy, edits);
        // The stage's own line is re-indented (the stage is formatted whole); the blank lines before it stay.
        expect(result).toBe(canonical.replace('  persona lan\n\n  stage awareness', '  persona lan\n\n\n\n  stage awareness'));
    });
});
