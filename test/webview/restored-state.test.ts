import { describe, expect, it } from 'vitest';
import { restoredPreviewState } from '../../client/preview/restored-state.js';

// VS Code hands a restored preview the state its page saved: anything a script in the page wrote.

describe('a restored preview checks the state it is given', () => {
    const uri = 'file:///home/lan/maps/mua%20qu%C3%A0.journey';

    it('keeps a valid state as it is', () => {
        const state = { uri, journey: 'mua_quà', view: 'emotion', locked: true, zoom: { scale: 1.5, x: -20, y: 30 } };
        expect(restoredPreviewState(state)).toEqual(state);
    });

    it('refuses a state that names no .journey file by a file: URI', () => {
        for (const bad of [undefined, null, 'file:///a.journey', {}, { uri: 42 }, { uri: { toString: () => uri } },
            { uri: 'https://example.com/a.journey' }, { uri: 'command:workbench.action.terminal.new?x.journey' },
            { uri: 'untitled:a.journey' }, { uri: 'file:///etc/passwd' }, { uri: 'file:///maps/a.journey.md' }, { uri: 'not a uri' }]) {
            expect(restoredPreviewState(bad), JSON.stringify(bad)).toBeUndefined();
        }
    });

    it('drops a journey name, a view or a zoom that is not one', () => {
        expect(restoredPreviewState({ uri, journey: 'a"; alert(1)', view: 'blueprint<script>', locked: 'yes', zoom: { scale: 'NaN', x: 0, y: 0 } }))
            .toEqual({ uri, journey: undefined, view: undefined, locked: false, zoom: undefined });
        expect(restoredPreviewState({ uri, journey: 42, view: ['journey'], zoom: { scale: -1, x: 0, y: 0 } }))
            .toEqual({ uri, journey: undefined, view: undefined, locked: false, zoom: undefined });
    });
});
