import { describe, expect, it } from 'vitest';
import { buildJourneyModel } from '../../language/model/build-model.js';
import { referenceBlocks } from '../helpers/reference.js';
import { workspaceOf } from '../helpers/workspace.js';

describe('the plain JourneyModel', async () => {
    const ws = await workspaceOf(referenceBlocks());
    const model = buildJourneyModel(Object.values(ws.documents));
    const gift = model.journeys.find(journey => journey.name === 'gift_purchase')!;
    const touchpoint = (name: string) => gift.stages.flatMap(stage => stage.touchpoints).find(t => t.name === name)!;

    it('holds the personas with every field', () => {
        expect(model.personas[0]).toMatchObject({
            name: 'lan', label: 'Lan Nguyen', description: '28, office worker in Hanoi, shops on her phone',
            goals: ['Buy a birthday gift in under ten minutes'], needs: ['See the full price before paying'],
            frustrations: ['Surprise fees at checkout'], quotes: ['Just tell me what it costs.']
        });
    });

    it('holds the journey header', () => {
        expect(gift).toMatchObject({
            label: 'Buying a birthday gift online', type: 'current', personas: ['lan'], model: 'ACCSR',
            goals: ['Lift checkout completion from 62% to 75%'], research: ['Exit survey, October 2026, n=412']
        });
        expect(gift.stages.map(stage => stage.name)).toEqual(['awareness', 'consideration', 'conversion', 'service', 'retention']);
    });

    it('resolves emotion scores from the score or the mood', () => {
        expect(touchpoint('see_ad').emotion).toEqual({ score: 4, mood: 'curious' });
        expect(touchpoint('compare').emotion).toEqual({ score: 3 });
        expect(touchpoint('checkout').emotion).toEqual({ score: 1, mood: 'anxious' });
    });

    it('gives every touchpoint its personas (all of the journey when none is written) and its stage', () => {
        expect(touchpoint('track')).toMatchObject({ personas: ['lan'], stage: 'service', channel: 'email' });
    });

    it('holds pains, barriers, metrics and the blueprint lanes', () => {
        expect(touchpoint('checkout')).toMatchObject({
            actions: ['Enters card details'], thoughts: ['Why is it more expensive now?'],
            pains: [{ name: 'surprise_fee', label: 'A shipping fee appears only at the last step', severity: 'high' }],
            barriers: ['Cost'], metrics: [{ name: 'drop_off', value: 38, unit: '%', text: '38%' }],
            lanes: { frontstage: ['Checkout page shows the order total'], backstage: ['Pricing service computes shipping'], support: ['Payment gateway'], evidence: [] }
        });
    });

    it('holds opportunities with the pains they fix', () => {
        expect(gift.opportunities).toMatchObject([{ name: 'show_shipping', fixes: ['no_price', 'surprise_fee'], owner: 'E-commerce team', impact: 'high', resources: [] }]);
    });

    it('gives each element its source range', () => {
        const checkout = touchpoint('checkout');
        expect(checkout.source.uri).toMatch(/^memory:\/block\d\.journey$/);
        const block = Object.values(referenceBlocks()).find(text => text.includes('touchpoint checkout'))!;
        expect(block.split('\n')[checkout.source.start.line].trim()).toBe('touchpoint checkout "Checks out" {');
    });

    it('lists declared and built-in channels, a declaration replacing the built-in of its name', async () => {
        const names = model.channels.map(channel => channel.name);
        expect(names).toEqual(expect.arrayContaining(['shop_web', 'zalo', 'web', 'word-of-mouth']));
        expect(model.channels.find(channel => channel.name === 'web')?.builtin).toBe(true);
        const replaced = await workspaceOf({ 'c.journey': 'channel web "Our shop" web\n' });
        const channels = buildJourneyModel([replaced.documents['c.journey']]).channels;
        expect(channels.filter(channel => channel.name === 'web')).toEqual([expect.objectContaining({ label: 'Our shop', builtin: false })]);
    });

    it('is plain data: JSON round-trips it unchanged', () => {
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });
});
