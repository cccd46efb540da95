import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../helpers/workspace.js';

const text = `persona action "A persona named like a keyword"
/* a block comment
   over three
   lines */
journey j {
  persona action
  model AIDA

  stage action {
    touchpoint t {
      channel web
      emotion 4 relieved
      metric visits 38%
      pain slow severity high
    }
    touchpoint u {
      emotion curious
      pain p
    }
  }

  opportunity o {
    fixes slow, p
  }
}
`;

async function loaded() {
    const ws = await workspaceOf({ 'map.journey': text });
    return { ws, document: ws.documents['map.journey'], services: ws.services };
}

describe('semantic tokens', () => {
    it('colours names as names even when they are keywords, references by their kind, moods and scores', async () => {
        const { document, services } = await loaded();
        const provider = services.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const decoded = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document)
            .map(token => `${text.slice(token.offset, token.offset + token.text.length)}:${token.tokenType}`);
        expect(decoded).toEqual(expect.arrayContaining([
            'action:class', 'j:namespace', 'AIDA:enum', 'action:namespace', 't:event', 'web:interface',
            '4:number', 'relieved:enumMember', 'visits:property', '38%:number', 'slow:enumMember', 'high:enum',
            'curious:enumMember', 'o:function', 'p:enumMember'
        ]));
        // `persona action` in the journey: the second `action` is a persona reference.
        expect(decoded.filter(token => token === 'action:class')).toHaveLength(2);
    });
});

describe('inlay hints', () => {
    it('shows the score a bare mood stands for, and nothing where a score is written', async () => {
        const { document, services } = await loaded();
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }
        });
        expect(hints?.map(hint => [hint.position.line, hint.label])).toEqual([[16, '(4)']]);
    });
});

describe('folding', () => {
    it('folds every block and block comment of three lines or more', async () => {
        const { document, services } = await loaded();
        const ranges = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const starts = ranges.map(range => text.split('\n')[range.startLine].trim()).sort();
        expect(starts).toEqual(['/* a block comment', 'journey j {', 'opportunity o {', 'stage action {', 'touchpoint t {', 'touchpoint u {']);
    });
});
