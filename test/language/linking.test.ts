import { describe, expect, it } from 'vitest';
import type { ChannelLine, PersonaLine } from '../../language/ast.js';
import { isChannelLine, isJourney, isPersonaLine } from '../../language/ast.js';
import { workspaceOf } from '../helpers/workspace.js';

const personas = 'persona lan "Lan Nguyen" {\n  goal "Buy a gift"\n}\n';
const channels = 'channel zalo "Zalo OA" chat\n';
const gift = `journey gift "Gift" {
  persona lan
  stage s {
    touchpoint ask {
      channel zalo
    }
    touchpoint pay {
      channel web
    }
  }
}
`;

/** The header and touchpoint lines of the journeys of a document that pass `is`. */
function journeyLines<T>(document: { parseResult: { value: unknown } }, is: (node: unknown) => node is T): T[] {
    const workspace = document.parseResult.value as { declarations: unknown[] };
    const lines: unknown[] = workspace.declarations.filter(isJourney).flatMap(journey =>
        [...journey.headers, ...journey.stages.flatMap(stage => stage.touchpoints.flatMap(t => t.lines))]);
    return lines.filter(is);
}

describe('linking across the workspace', () => {
    it('resolves a persona and a channel declared in other files', async () => {
        const ws = await workspaceOf({ 'personas.journey': personas, 'channels.journey': channels, 'gift.journey': gift });
        expect(ws.diagnostics()).toEqual([]);
        const [personaLine]: PersonaLine[] = journeyLines(ws.documents['gift.journey'], isPersonaLine);
        expect(personaLine.personas[0].ref?.label).toBe('Lan Nguyen');
        const [zalo, web]: ChannelLine[] = journeyLines(ws.documents['gift.journey'], isChannelLine);
        expect(zalo.channel.ref?.kind).toBe('chat');
        expect(web.channel.ref?.label).toBe('Website');
    });

    it('finds every built-in channel without a declaration', async () => {
        const kinds = ['web', 'mobile', 'social', 'email', 'chat', 'phone', 'store', 'ads', 'event', 'review', 'word-of-mouth', 'other'];
        const touchpoints = kinds.map((kind, i) => `touchpoint t${i} { channel ${kind} }`).join('\n');
        const ws = await workspaceOf({ 'p.journey': personas, 'j.journey': `journey j { persona lan\n stage s { ${touchpoints} } }` });
        expect(ws.codes().filter(code => code === 'JM002')).toEqual([]);
    });

    it('lets a declared channel replace the built-in one of the same name, without a duplicate error', async () => {
        const ws = await workspaceOf({ 'p.journey': personas, 'c.journey': 'channel web "Our shop website" web\n', 'g.journey': gift.replace('channel zalo', 'channel web') });
        expect(ws.diagnostics()).toEqual([]);
        const lines: ChannelLine[] = journeyLines(ws.documents['g.journey'], isChannelLine);
        expect(lines.map(line => line.channel.ref?.label)).toEqual(['Our shop website', 'Our shop website']);
    });

    it('reports a persona declared in two files in both files', async () => {
        const ws = await workspaceOf({ 'a.journey': personas, 'b.journey': 'persona lan "Lan again"\n' });
        expect(ws.diagnostics('a.journey').map(d => [d.code, d.message])).toEqual([['JM003', 'Persona `lan` is declared more than once in the workspace (also at b.journey:1).']]);
        expect(ws.diagnostics('b.journey').map(d => d.code)).toEqual(['JM003']);
    });

    it('keeps kinds apart: a persona and a channel may share a name', async () => {
        const ws = await workspaceOf({ 'a.journey': 'persona lan\nchannel lan "Lan\'s blog" web\njourney lan { persona lan\n stage s { touchpoint t { channel lan } } }\n' });
        expect(ws.diagnostics()).toEqual([]);
    });

    it('resolves pain points within their own journey only', async () => {
        const text = `${personas}
journey a { persona lan
  stage s { touchpoint t { pain slow } }
  opportunity faster { fixes slow }
}
journey b { persona lan
  stage s { touchpoint t { emotion 3 } }
  opportunity faster { fixes slow }
}
`;
        const ws = await workspaceOf({ 'map.journey': text });
        const unresolved = ws.diagnostics().filter(d => d.code === 'JM002');
        expect(unresolved).toHaveLength(1);
        // The `fixes slow` of journey b, which has no pain point `slow` of its own.
        expect(unresolved[0].range.start.line).toBe(text.split('\n').lastIndexOf('  opportunity faster { fixes slow }'));
    });

    it('resolves `improves` to a journey in another file', async () => {
        const future = 'journey gift_next "Gift, next" {\n  type future\n  persona lan\n  improves gift\n  stage s { touchpoint pay }\n}\n';
        const ws = await workspaceOf({ 'p.journey': personas, 'c.journey': channels, 'g.journey': gift, 'f.journey': future });
        expect(ws.diagnostics()).toEqual([]);
    });

    it('compares names after Unicode NFC normalisation', async () => {
        const composed = 'chị_Lan'.normalize('NFC');
        const decomposed = 'chị_Lan'.normalize('NFD');
        expect(composed).not.toBe(decomposed);
        const ws = await workspaceOf({
            'p.journey': `persona ${decomposed} "Chị Lan"\n`,
            'j.journey': `journey j { persona ${composed}\n stage s { touchpoint t } }\n`
        });
        expect(ws.diagnostics()).toEqual([]);
    });

    it('treats a decomposed and a composed spelling as the same name for uniqueness', async () => {
        const ws = await workspaceOf({ 'a.journey': `persona ${'Hoà'.normalize('NFD')}\npersona ${'Hoà'.normalize('NFC')}\n` });
        expect(ws.codes()).toEqual(['JM003', 'JM003']);
    });
});
