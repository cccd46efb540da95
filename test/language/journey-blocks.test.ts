import { describe, expect, it } from 'vitest';
import { renderJourneyBlock } from '../../language/index.js';
import { modelOf } from '../helpers/workspace.js';

// A ```journey block of a Markdown document, read in the blocks' own workspace beside the editor's
// workspace model: it may name the team's personas, it never changes the workspace.

const block = (persona: string, label = 'Pays') => [`journey spec "Spec" {`, `  persona ${persona}`, '  stage s "Pay" {',
    `    touchpoint t "${label}" {`, '      emotion 4', '    }', '  }', '}', ''].join('\n');

describe('a ```journey block', () => {
    it('names a persona the workspace declares: no error, the diagram shows its label', async () => {
        const workspace = await modelOf({ 'people.journey': 'persona lan "Chị Lan, nhân viên văn phòng"\n' });
        const rendering = await renderJourneyBlock(block('lan'), workspace, { view: 'journey' });
        expect(rendering.errors).toEqual([]);
        expect(rendering.mermaid).toContain('Chị Lan');
    });

    it('names a persona nobody declares: the block says so, at its line', async () => {
        const workspace = await modelOf({ 'people.journey': 'persona lan "Lan"\n' });
        const rendering = await renderJourneyBlock(block('lam'), workspace);
        expect(rendering.mermaid).toBeUndefined();
        expect(rendering.errors).toEqual([expect.objectContaining({ line: 2, code: 'JM002', message: expect.stringContaining('lam') })]);
    });

    it('draws each of several blocks asked for at once from its own text', async () => {
        const workspace = await modelOf({ 'people.journey': 'persona lan "Lan"\n' });
        const renderings = await Promise.all(['Pays first', 'Pays second', 'Pays third'].map(label => renderJourneyBlock(block('lan', label), workspace, { view: 'journey' })));
        expect(renderings.map(rendering => /Pays \w+/.exec(rendering.mermaid ?? '')?.[0])).toEqual(['Pays first', 'Pays second', 'Pays third']);
    });
});
