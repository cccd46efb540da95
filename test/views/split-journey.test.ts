import { describe, expect, it } from 'vitest';
import { renderView } from '../../language/views/index.js';
import { wordsFor } from '../../language/views/map-words.js';
import { splitJourney } from '../../language/views/split-journey.js';
import { touchpointsOf } from '../../language/views/view-helpers.js';
import { readDiagram, type ReadJourney } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';
import { exampleFiles } from '../helpers/reference.js';

/** A map of three stages (4, 1 and 2 touchpoints), a pain in the first and last stage, an opportunity for each and one that fixes nothing. */
const MAP = `persona lan "Lan"

journey j "Long map" {
  persona lan
  stage a "Stage A" {
    touchpoint a1 { emotion 1 }
    touchpoint a2 { emotion 2 }
    touchpoint a3 {
      emotion 3
      pain pa "Pain A"
    }
    touchpoint a4 { emotion 4 }
  }
  stage b "Stage B" {
    touchpoint b1 { emotion 5 }
  }
  stage c "Stage C" {
    touchpoint c1 {
      emotion 2
      pain pc "Pain C"
    }
    touchpoint c2 { emotion 3 }
  }
  opportunity fix_a "Fix A" { fixes pa }
  opportunity fix_c "Fix C" { fixes pc }
  opportunity idea "An idea that fixes nothing"
}
`;

describe('splitting a journey into parts', () => {
    it('packs stages in order, cuts a long stage into pieces ("(continued)"), and numbers the touchpoints as the whole map', async () => {
        const model = await modelOf(MAP.replace(/\{ emotion (\d) \}/g, '{\n      emotion $1\n    }'));
        const journey = model.journeys[0];
        const parts = splitJourney(model, journey, { stages: Infinity, touchpoints: 3 });
        expect(parts.map(part => [part.journey.label, part.journey.stages.map(stage => stage.label), part.firstTouchpoint, part.lastTouchpoint])).toEqual([
            ['Part 1 of 3', ['Stage A'], 1, 3],
            ['Part 2 of 3', ['Stage A (continued)', 'Stage B'], 4, 5],
            ['Part 3 of 3', ['Stage C'], 6, 7]
        ]);
        // Every touchpoint is in exactly one part, in order.
        expect(parts.flatMap(part => touchpointsOf(part.journey))).toEqual(touchpointsOf(journey));
        // A part holds the opportunities fixing its pain points; the one fixing none goes with the last part.
        expect(parts.map(part => part.journey.opportunities.map(opportunity => opportunity.name))).toEqual([['fix_a'], [], ['fix_c', 'idea']]);
        // The views draw a part from the part's model, numbered as the whole.
        const emotion = renderView(parts[2].model, journey.name, 'emotion');
        expect(emotion).toContain('["6. c1", "7. c2"]');
        const first = await readDiagram(renderView(parts[0].model, journey.name, 'journey')) as ReadJourney;
        expect(first.tasks.map(task => task.task)).toEqual(['a1', 'a2', 'a3']);
    });

    it('keeps at most the stages asked side by side, and returns a map that fits as it is, whole', async () => {
        const model = await modelOf(MAP.replace(/\{ emotion (\d) \}/g, '{\n      emotion $1\n    }'));
        const journey = model.journeys[0];
        expect(splitJourney(model, journey, { stages: 2, touchpoints: Infinity }).map(part => part.journey.stages.map(stage => stage.name))).toEqual([['a', 'b'], ['c']]);
        const [whole] = splitJourney(model, journey, { stages: Infinity, touchpoints: Infinity });
        expect(whole).toMatchObject({ journey, model, index: 1, count: 1, firstTouchpoint: 1, lastTouchpoint: 7 });
    });

    it('gives a future map\'s part the part of the current map with the same touchpoints; a touchpoint it drops goes with the part of the one before it', async () => {
        const model = await modelOf(exampleFiles());
        const future = model.journeys.find(journey => journey.improves !== undefined)!;
        const parts = splitJourney(model, future, { stages: Infinity, touchpoints: 1 });
        // The example is Vietnamese (`language vi`): its removed touchpoints are in the section "Đã bỏ".
        const section = `section ${wordsFor(future).compareView.removedSection}\n`;
        const removed = (text: string) => (text.split(section)[1] ?? '').split('\n').filter(line => line.trim() !== '').length;
        const texts = parts.map(part => renderView(part.model, future.name, 'compare'));
        const whole = renderView(model, future.name, 'compare');
        // Every dropped touchpoint is drawn once, and no part gathers them all.
        expect(texts.map(removed).reduce((sum, count) => sum + count, 0)).toBe(removed(whole));
        expect(removed(whole)).toBeGreaterThan(1);
        expect(Math.max(...texts.map(removed))).toBeLessThan(removed(whole));
    });
});
