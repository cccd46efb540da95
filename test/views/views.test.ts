import { describe, expect, it } from 'vitest';
import { LINE_COLOURS } from '../../language/views/emotion-view.js';
import { EMOTION_STYLES } from '../../language/views/map-view.js';
import {
    drawView, MERMAID_DEFAULT_MAX_TEXT_SIZE, renderView, requiredMaxTextSize, VIEW_DIAGRAMS, viewNamed, viewsFor, ViewError
} from '../../language/views/index.js';
import { readDiagram, renderMermaid, type ReadBlock, type ReadJourney, type ReadTimeline, type ReadXyChart } from '../helpers/mermaid.js';
import { modelOf } from '../helpers/workspace.js';
import { GIFT, renderAll } from './fixtures.js';

const PERSONAS = 'persona lan "Lan"\npersona minh "Minh"\n';

function journeyText(body: string, header = 'persona lan'): string {
    return `journey j "J" {\n  ${header}\n${body}\n}\n`;
}

describe('which views fit a journey', () => {
    it('map, journey and emotion always, the map first; day and compare by type', async () => {
        const model = await modelOf({
            'p.journey': PERSONAS,
            'maps.journey': ['current', 'blueprint', 'day-in-the-life', 'future'].map(type =>
                `journey ${type.replace(/-/g, '_')} {\n  type ${type}\n  persona lan\n  stage s {\n    touchpoint t {\n      emotion 3\n      frontstage "f"\n    }\n  }\n}\n`).join('\n') +
                'journey better {\n  type future\n  improves current\n  persona lan\n  stage s {\n    touchpoint t\n  }\n}\n'
        });
        expect(Object.fromEntries(model.journeys.map(journey => [journey.name, viewsFor(journey)]))).toEqual({
            current: ['map', 'journey', 'emotion'],
            blueprint: ['map', 'journey', 'emotion'],
            day_in_the_life: ['map', 'journey', 'emotion', 'day'],
            future: ['map', 'journey', 'emotion'],
            better: ['map', 'journey', 'emotion', 'compare']
        });
    });

    it('refuses a view that does not fit, and an unknown journey, with a clear ViewError', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        expect(() => renderView(model, 'gift_purchase', 'day')).toThrow(ViewError);
        expect(() => renderView(model, 'gift_purchase', 'day')).toThrow(/day view is for day-in-the-life maps.*'gift_purchase' is a current-state map/);
        expect(() => renderView(model, 'gift_purchase', 'compare')).toThrow(/compare view is for future maps that improve a current map/);
        expect(() => renderView(model, 'nope', 'journey')).toThrow(/no journey named 'nope'; journeys: gift_purchase/);
    });

    it('reads the old names of the map view (lanes, blueprint) as the map view', () => {
        expect(['map', 'lanes', 'blueprint', 'journey', 'nope'].map(viewNamed)).toEqual(['map', 'map', 'map', 'journey', undefined]);
    });

    it('writes each view as its Mermaid diagram type', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        for (const { view, text } of renderAll(model)) {
            // The diagram's keyword (the emotion view's chart is `xychart-beta horizontal`).
            expect(text.split('\n').find(line => !line.startsWith('%%'))?.split(' ')[0]).toBe(VIEW_DIAGRAMS[view]);
        }
    });
});

describe('journey view', () => {
    it('a section per stage, a task per touchpoint with its score, accessible title and description', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        const read = await readDiagram(renderView(model, 'gift_purchase', 'journey')) as ReadJourney;
        expect(read.title).toBe('Buying a birthday gift online');
        expect(read.accTitle).toBe('Journey view of Buying a birthday gift online');
        expect(read.accDescr).toBe('A current-state map following Lan Nguyen: 5 stages, 5 touchpoints, each scored from 1 (very negative) to 5 (very positive).');
        expect(read.sections).toEqual(['Awareness', 'Consideration', 'Conversion', 'Service', 'Retention']);
        expect(read.tasks.map(task => [task.section, task.task, task.score, task.people])).toEqual([
            ['Awareness', 'Sees a gift ad\nwhile scrolling', 4, []],
            ['Consideration', 'Compares three\ngifts', 3, []],
            ['Conversion', 'Checks out', 1, []],
            ['Service', 'Tracks the\nparcel', 4, []],
            ['Retention', 'Buys again for\nanother\nbirthday', 5, []]
        ]);
    });

    it('draws a touchpoint with no emotion as neutral (3), marked "(no emotion recorded)"; persona dots only on the steps some of the personas take', async () => {
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText('  stage s {\n    touchpoint quiet "Reads the FAQ"\n    touchpoint minh_only {\n      persona minh\n      emotion happy\n    }\n  }', 'persona lan, minh') });
        const read = await readDiagram(renderView(model, 'j', 'journey')) as ReadJourney;
        expect(read.tasks.map(task => [task.task, task.score, task.people])).toEqual([
            ['Reads the FAQ\n(no emotion\nrecorded)', 3, []],
            ['minh_only', 5, ['Minh']]
        ]);
        expect(read.title).toBe('J');
        expect(read.accDescr).toContain('(1 touchpoint with no emotion recorded, drawn as 3)');
    });

    it('widens the boxes until every text fits in a box at most 70 px high, clear of its edges and of the persona dots', async () => {
        const box = (text: string) => /"journey": \{"textPlacement": "tspan"(?:, "width": (\d+))?(?:, "height": (\d+))?\}/.exec(text)!.slice(1).map(n => Number(n ?? 0));
        const journeyOf = async (label: string, persona = '') => renderView(await modelOf({
            'p.journey': PERSONAS,
            'j.journey': journeyText(`  stage s {\n    touchpoint t "${label}" {\n      emotion 3\n${persona}    }\n    touchpoint u\n  }`, 'persona lan, minh')
        }), 'j', 'journey');
        // Three lines of 15 units fit Mermaid's own box (150 × 50 px).
        expect(box(await journeyOf('one two three four five six seven eight'))).toEqual([0, 0]);
        // Four lines: 64 px high.
        expect(box(await journeyOf('one two three four five six seven eight nine ten'))).toEqual([0, 64]);
        // A step with persona dots keeps its text 10 px below the top edge: four lines need 76 px, so the boxes widen.
        const [width, height] = box(await journeyOf('one two three four five six seven eight nine ten', '      persona minh\n'));
        expect(width).toBe(200);
        expect(height).toBeLessThanOrEqual(70);
        // A long text widens the boxes and keeps every word.
        const long = 'Reads the whole terms and conditions page twice because the fee table and the footnotes disagree about the monthly charge';
        const text = await journeyOf(long);
        expect(box(text)[0]).toBeGreaterThan(200);
        expect(box(text)[1]).toBeLessThanOrEqual(70);
        const read = await readDiagram(text) as ReadJourney;
        expect(read.tasks[0].task.replace(/\n/g, ' ')).toBe(long);
    });
});

describe('emotion view', () => {
    it('one curve when every persona takes every touchpoint: touchpoints down the chart, labels whole, scores across, whole numbers 1 to 5 with their meaning', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        const text = renderView(model, 'gift_purchase', 'emotion');
        expect(text).toContain('xychart-beta horizontal\n');
        // Mermaid ticks every half point: the half points' labels and ticks are hidden, the axis reaches past 1 and 5 to keep their labels inside.
        expect(text).toContain('"themeCSS": ".top-axis .label text:nth-child(even), .top-axis .ticks path:nth-child(even) { display: none; }"');
        expect(text).toContain('y-axis "1 very negative · 3 neutral · 5 very positive" 0.6 --> 5.4');
        const read = await readDiagram(text) as ReadXyChart;
        expect(read.title).toBe('Emotion curve: Buying a birthday gift online');
        expect(read.yRange).toEqual([0.6, 5.4]);
        const full = ['1. Sees a gift ad while scrolling', '2. Compares three gifts', '3. Checks out', '4. Tracks the parcel', '5. Buys again for another birthday'];
        expect(read.categories).toEqual(full);
        expect(text).toContain(`Touchpoints#58; ${full.join('#59; ')}.`);
        // One line: no legend, the axis title names whose curve it is.
        expect(read.lines).toEqual([{ title: 'Lan Nguyen', values: [4, 3, 1, 4, 5], colour: LINE_COLOURS[0] }]);
        expect(read.xTitle).toBe('Touchpoints of Lan Nguyen, in order');
        expect(text).toContain('"showLegend": false');
    });

    it('keeps a long touchpoint label whole and makes the chart wide enough for it and a row tall for each touchpoint', async () => {
        const long = 'Gọi tổng đài lần thứ ba trong ngày vì kỹ thuật viên vẫn chưa đến, chờ mười lăm phút rồi mới gặp được người trả lời';
        const stage = (count: number) => `  stage s {\n${Array.from({ length: count }, (_, i) => `    touchpoint t${i} "${i === 0 ? long : `Bước ${i}`}" {\n      emotion ${(i % 5) + 1}\n    }\n`).join('')}  }`;
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(stage(20)) });
        const text = renderView(model, 'j', 'emotion');
        const read = await readDiagram(text) as ReadXyChart;
        expect(read.categories[0]).toBe(`1. ${long}`);
        const size = (key: string) => Number(new RegExp(`"${key}": (\\d+)`).exec(text)?.[1]);
        // 117 units at about 7.5 px, beside a plot of at least 280 px; 20 rows of 34 px.
        expect(size('width')).toBeGreaterThanOrEqual(117 * 7.5 + 280);
        expect(size('height')).toBeGreaterThanOrEqual(20 * 34);
        expect(text).not.toContain('…');
    });

    it('one curve per persona when personas take different touchpoints; a curve stays level where its persona is absent; unscored touchpoints are left out', async () => {
        const body = `  stage s {
    touchpoint both {
      emotion 4
    }
    touchpoint lan_only {
      persona lan
      emotion 1
    }
    touchpoint none
    touchpoint minh_only {
      persona minh
      emotion 5
    }
    touchpoint both_again {
      emotion 2
    }
  }`;
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(body, 'persona lan, minh') });
        const read = await readDiagram(renderView(model, 'j', 'emotion')) as ReadXyChart;
        expect(read.categories).toEqual(['1. both', '2. lan_only', '4. minh_only', '5. both_again']);
        expect(read.lines).toEqual([
            { title: 'Lan', values: [4, 1, 1, 2], colour: LINE_COLOURS[0] },
            { title: 'Minh', values: [4, 4, 5, 2], colour: LINE_COLOURS[1] }
        ]);
        expect(read.accDescr).toContain('one line per persona: Lan (blue) and Minh (vermillion); 1 touchpoint with no emotion recorded left out.');
        expect(read.xTitle).toBe('Touchpoints, in order');
        expect(renderView(model, 'j', 'emotion')).toContain('"showLegend": true');
    });

    it('uses line colours with a contrast of 3:1 or more on light, dark and high-contrast backgrounds', () => {
        const luminance = (hex: string) => {
            const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
                .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => {
            const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
            return (x + 0.05) / (y + 0.05);
        };
        for (const colour of LINE_COLOURS) {
            for (const background of ['#ffffff', '#1e1e1e', '#000000']) {
                expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
            }
        }
    });

    it('still draws a valid chart when no touchpoint has an emotion', async () => {
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText('  stage s {\n    touchpoint t\n  }') });
        const read = await readDiagram(renderView(model, 'j', 'emotion')) as ReadXyChart;
        expect(read.categories).toEqual(['(no emotion recorded)']);
    });
});

describe('map view (the classic journey map)', () => {
    it('a header column, then a column per touchpoint under its stage; a row per lane, the emotion coloured by score', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        const text = renderView(model, 'gift_purchase', 'map');
        const read = await readDiagram(text) as ReadBlock;
        expect(read.columns).toBe(6);
        const headers = read.blocks.filter(block => block.id.endsWith('_header')).map(block => block.label);
        expect(headers).toEqual(['Touchpoints', 'Emotion\n(1 very negative,\n5 very positive)', 'Thoughts', 'Actions', 'Pain points', 'Barriers', 'Metrics', 'Opportunities']);
        const label = (id: string) => read.blocks.find(block => block.id === id)?.label;
        expect(label('map_gift_purchase')).toBe('Buying a birthday gift\nonline\n(Lan Nguyen)');
        expect(label('stage_conversion')).toBe('Conversion');
        expect(label('touchpoints_see_ad')).toBe('1. Sees a gift ad while\nscrolling\n(Social media)');
        expect(label('emotion_checkout')).toBe('1/5 anxious');
        expect(label('emotion_compare')).toBe('3/5');
        expect(label('pains_checkout')).toBe('A shipping fee appears only\nat the last step (high)');
        expect(label('opportunities_compare')).toBe('Show a shipping estimate on\nevery product page (impact\nhigh)');
        expect(label('opportunities_checkout')).toBe(label('opportunities_compare'));
        expect(label('metrics_checkout')).toBe('drop off 38%');
        expect(text).toContain('  style emotion_checkout fill:#f8c9c4,stroke:#b3261e,color:#000000');
        expect(text).toContain('  style emotion_reorder fill:#b2e0a8,stroke:#1b5e20,color:#000000');
        // The thoughts row has cells for two touchpoints: empty cells keep the grid.
        expect(text).toMatch(/ {2}thoughts_header\["Thoughts"\]\n {2}thoughts_see_ad\["“That would suit my sister”"\]\n {2}space\n/);
        // A current map draws no blueprint lanes.
        expect(read.blocks.some(block => /^(frontstage|backstage|support|visibility)_/.test(block.id))).toBe(false);
    });

    it('a stage spans its touchpoints; a stage with none gets one empty column', async () => {
        const body = '  stage a "A" {\n    touchpoint t1\n    touchpoint t2\n  }\n  stage b "B" {\n  }\n  stage c "C" {\n    touchpoint t3\n  }';
        const read = await readDiagram(renderView(await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(body) }), 'j', 'map')) as ReadBlock;
        expect(read.columns).toBe(5);
        expect(read.blocks.filter(block => block.id.startsWith('stage_')).map(block => [block.label, block.width])).toEqual([['A', 2], ['B', 1], ['C', 1]]);
    });

    it('groups the touchpoints of a journey longer than 24 into a column per stage, each item numbered, the emotion cell coloured by its lowest score', async () => {
        const touchpoints = (stage: number) => Array.from({ length: 13 }, (_, i) =>
            `    touchpoint t${stage}_${i} "Step ${stage}.${i}" {\n      action "Does ${stage}.${i}"\n      emotion ${(i % 5) + 1}\n    }\n`).join('');
        const body = `  stage a "A" {\n${touchpoints(1)}  }\n  stage b "B" {\n${touchpoints(2)}  }`;
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(body) });
        const { mermaid, elements } = drawView(model, 'j', 'map');
        const read = await readDiagram(mermaid) as ReadBlock;
        expect(read.columns).toBe(3);
        const label = (id: string) => read.blocks.find(block => block.id === id)?.label;
        expect(label('touchpoints_a')?.split('\n').slice(0, 2)).toEqual(['• 1. Step 1.0', '• 2. Step 1.1']);
        expect(label('actions_b')?.split('\n')[0]).toBe('• 14. Does 2.0');
        expect(label('emotion_a')?.split('\n')[0]).toBe('• 1. 1/5');
        expect(mermaid).toContain(`  style emotion_a ${EMOTION_STYLES[1]}`);
        expect(elements.find(element => 'id' in element.at && element.at.id === 'actions_b')?.element).toEqual({ kind: 'touchpoint', name: 't2_0', part: 'action' });
    });

    it('gives each block the identity of what it shows: journey, stages, touchpoints and the line of each cell', async () => {
        const model = await modelOf({ 'gift.journey': GIFT });
        const { elements } = drawView(model, 'gift_purchase', 'map');
        const at = (id: string) => elements.find(element => 'id' in element.at && element.at.id === id)?.element;
        expect(at('map_gift_purchase')).toEqual({ kind: 'journey', name: 'gift_purchase' });
        expect(at('stage_conversion')).toEqual({ kind: 'stage', name: 'conversion' });
        expect(at('touchpoints_checkout')).toEqual({ kind: 'touchpoint', name: 'checkout' });
        expect(at('actions_checkout')).toEqual({ kind: 'touchpoint', name: 'checkout', part: 'action' });
        expect(at('pains_checkout')).toEqual({ kind: 'touchpoint', name: 'checkout', part: 'pain' });
        expect(at('opportunities_checkout')).toEqual({ kind: 'opportunity', name: 'show_shipping' });
        // Row headers and empty cells stand for nothing.
        expect(at('actions_header')).toBeUndefined();
    });

    it('leaves out empty rows and lists opportunities that fix no pain point in a last row across the map', async () => {
        const model = await modelOf({
            'p.journey': PERSONAS,
            'j.journey': journeyText('  stage a {\n    touchpoint t\n  }\n  stage b {\n    touchpoint u\n  }\n  opportunity idea "A loyalty card"\n')
        }, 'nothing');
        const read = await readDiagram(renderView(model, 'j', 'map')) as ReadBlock;
        expect(read.blocks.filter(block => block.id.endsWith('_header')).map(block => block.label)).toEqual(['Touchpoints', 'Other opportunities']);
        expect(read.blocks.find(block => block.id === 'other_opportunities_all')).toMatchObject({ label: '• A loyalty card', width: 2 });
    });

    it('of a service blueprint: customer actions, frontstage, line of visibility, backstage, support (and evidence when present)', async () => {
        const body = `  stage order "Order" {
    touchpoint pay "Pays" {
      action "Taps Pay"
      frontstage "Payment screen"
      backstage "Fraud check"
      support "Payment gateway"
    }
    touchpoint wait "Waits" {
      frontstage "Spinner"
      evidence "Receipt e-mail"
    }
  }
  stage deliver "Delivery" {
    touchpoint ring {
      backstage "Courier app"
    }
  }`;
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(body, 'type blueprint\n  persona lan') });
        const read = await readDiagram(renderView(model, 'j', 'map')) as ReadBlock;
        expect(read.columns).toBe(4);
        expect(read.blocks.filter(block => block.id.endsWith('_header')).map(block => block.label))
            .toEqual(['Touchpoints', 'Customer actions', 'Frontstage', 'Backstage', 'Support processes', 'Evidence']);
        const label = (id: string) => read.blocks.find(block => block.id === id)?.label;
        expect(label('actions_pay')).toBe('Taps Pay');
        expect(label('frontstage_pay')).toBe('Payment screen');
        expect(label('frontstage_wait')).toBe('Spinner');
        expect(label('evidence_wait')).toBe('Receipt e-mail');
        expect(label('backstage_ring')).toBe('Courier app');
        // The line of visibility runs across the map between frontstage and backstage.
        const ids = read.blocks.map(block => block.id);
        expect(read.blocks.find(block => block.id === 'visibility_all')).toMatchObject({ width: 4 });
        expect(ids.indexOf('frontstage_header')).toBeLessThan(ids.indexOf('visibility_all'));
        expect(ids.indexOf('visibility_all')).toBeLessThan(ids.indexOf('backstage_header'));
    });
});

describe('day view', () => {
    it('a section per part of the day, a time slot per time with its touchpoints; no time: "—"', async () => {
        const body = `  stage morning "Morning" {
    touchpoint wake "Checks Instagram in bed" {
      time "06:30"
    }
    touchpoint news "Reads the news" {
      time "06:30"
    }
    touchpoint commute "Commutes"
    touchpoint coffee "Buys coffee"
  }
  stage work "Work" {
    touchpoint meeting "Stand-up" {
      time "09:00"
    }
  }`;
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(body, 'type day-in-the-life\n  persona lan') });
        const text = renderView(model, 'j', 'day');
        expect(text).toContain('    06#58;30: Checks Instagram in bed: Reads the news\n');
        const read = await readDiagram(text) as ReadTimeline;
        expect(read.title).toBe('J');
        expect(read.sections).toEqual(['Morning', 'Work']);
        expect(read.periods.map(period => [period.section, period.period, period.events])).toEqual([
            ['Morning', '06:30', ['Checks Instagram in bed', 'Reads the news']],
            ['Morning', '—', ['Commutes', 'Buys coffee']],
            ['Work', '09:00', ['Stand-up']]
        ]);
    });
});

describe('compare view', () => {
    it('touchpoints matched by name: before and after; new ones marked; removed ones last', async () => {
        const current = `journey today "Today" {
  persona lan
  stage buy "Buy" {
    touchpoint cart "Fills the cart" {
      emotion 3
    }
    touchpoint fee "Sees a surprise fee" {
      emotion 1
      pain surprise "Surprise fee"
    }
    touchpoint pay "Pays" {
      emotion 2
    }
  }
}
`;
        const future = `journey tomorrow "Tomorrow" {
  type future
  improves today
  persona lan
  stage buy "Buy" {
    touchpoint cart "Fills the cart, price shown" {
      emotion 4
    }
    touchpoint pay "Pays in one tap"
    touchpoint thanks "Gets a thank-you note" {
      emotion 5
    }
  }
}
`;
        const model = await modelOf({ 'p.journey': PERSONAS, 'today.journey': current, 'tomorrow.journey': future });
        const read = await readDiagram(renderView(model, 'tomorrow', 'compare')) as ReadJourney;
        expect(read.title).toBe('Tomorrow');
        expect(read.sections).toEqual(['Buy', 'Removed']);
        // Each task says in its text which map it is from: no persona dots, no legend.
        expect(read.tasks.map(task => [task.task.replace(/\n/g, ' '), task.score, task.people])).toEqual([
            ['Fills the cart (before)', 3, []],
            ['Fills the cart, price shown (after)', 4, []],
            ['Pays (before)', 2, []],
            ['Pays in one tap (after) (no emotion recorded)', 3, []],
            ['Gets a thank-you note (new)', 5, []],
            ['Sees a surprise fee (removed)', 1, []]
        ]);
        expect(read.accDescr).toBe('Emotion per touchpoint before (current map) and after (future map): 2 touchpoints in both maps (1 feeling better), 1 new, 1 removed.');
    });
});

describe('maps with little in them', () => {
    it('every view of an empty or nearly empty map still parses', async () => {
        const model = await modelOf({
            'p.journey': PERSONAS,
            'maps.journey': `journey empty {
  persona lan
}

journey no_personas "No personas" {
  type day-in-the-life

  stage s
  {
  }
}

journey tomorrow {
  type future
  improves empty
  persona lan, minh

  stage s {
    touchpoint t
  }
}

journey bp {
  type blueprint
  persona lan

  stage s {
    touchpoint t
  }
}
`
        }, 'nothing');
        for (const { journey, view, text } of renderAll(model)) {
            await expect(readDiagram(text), `${journey} ${view}`).resolves.toBeDefined();
        }
    });
});

describe('stable output', () => {
    it('renders the same text twice, and from a fresh parse of the same files', async () => {
        const first = renderAll(await modelOf({ 'gift.journey': GIFT }));
        const again = renderAll(await modelOf({ 'gift.journey': GIFT }));
        expect(again).toEqual(first);
        const model = await modelOf({ 'gift.journey': GIFT });
        expect(renderAll(model)).toEqual(renderAll(model));
    });

    it('derives ids from names: letters without accents, digits and _, made unique in order', async () => {
        const body = '  stage mua_hàng "A" {\n    touchpoint t1\n  }\n  stage mua-hang "B" {\n    touchpoint t2\n  }\n  stage đặt "C" {\n    touchpoint t3\n  }\n  stage 日本 "D" {\n    touchpoint t4\n  }';
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(body) });
        const read = await readDiagram(renderView(model, 'j', 'map')) as ReadBlock;
        expect(read.blocks.filter(block => block.id.startsWith('stage_')).map(block => [block.id, block.label]))
            .toEqual([['stage_mua_hang', 'A'], ['stage_mua_hang_2', 'B'], ['stage_dat', 'C'], ['stage_x', 'D']]);
        expect(read.blocks.every(block => /^[A-Za-z0-9_]+$/.test(block.id))).toBe(true);
    });
});

describe("Mermaid's maxTextSize", () => {
    it('a map too big for the default still renders when the renderer raises the limit (never a silent blank)', async () => {
        const stages = Array.from({ length: 10 }, (_, s) => `  stage s${s} "Stage ${s}" {\n` + Array.from({ length: 60 }, (_, t) =>
            `    touchpoint t${s}_${t} "Touchpoint ${s}.${t}: the customer reads a long explanation of the offer" {\n      emotion ${(t % 5) + 1}\n    }\n`).join('') + '  }').join('\n');
        const model = await modelOf({ 'p.journey': PERSONAS, 'j.journey': journeyText(stages) });
        const text = renderView(model, 'j', 'journey');
        expect(text.length).toBeGreaterThan(MERMAID_DEFAULT_MAX_TEXT_SIZE);
        const read = await readDiagram(text) as ReadJourney;
        expect(read.tasks.length).toBe(600);
        const blank = await renderMermaid(text);
        expect(blank).toContain('Maximum text size in diagram exceeded');
        const drawn = await renderMermaid(text, { maxTextSize: requiredMaxTextSize([text]) });
        expect(drawn).not.toContain('Maximum text size in diagram exceeded');
        expect(drawn).toContain('Stage 9');
    }, 60_000);
});
