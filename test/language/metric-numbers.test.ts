import { describe, expect, it } from 'vitest';
import { readMetricNumber } from '../../language/domain/metric-number.js';
import { formatJourneyText } from '../../language/index.js';
import { modelOf, workspaceOf } from '../helpers/workspace.js';

/**
 * Issue 17, part 4: a metric as a Vietnamese BA writes it: a unit after the number (`11 giờ`,
 * `85.000 đ`), a decimal comma (`1,4%`), read where it cannot be misread and explained where it could.
 */

const map = (metrics: string, header = '') => `persona lan "Lan"\njourney j {\n  persona lan\n${header}  stage s {\n    touchpoint t {\n${metrics}\n    }\n  }\n}\n`;

async function metricsOf(lines: string, header = '') {
    const model = await modelOf(map(lines, header));
    return model.journeys[0].stages[0].touchpoints[0].metrics.map(({ name, value, unit, text }) => ({ name, value, unit, text }));
}

describe('metrics with units and decimal commas', () => {
    it('reads a unit after the number, and a decimal comma, as the issue writes them', async () => {
        const lines = '      metric thời_gian_phản_hồi 11 giờ\n      metric thời_gian_giao 2 ngày\n      metric phí_ship 85.000 đ\n      metric tỉ_lệ_nhấp 1,4%';
        expect(await metricsOf(lines, '  language vi\n')).toEqual([
            { name: 'thời_gian_phản_hồi', value: 11, unit: 'giờ', text: '11 giờ' },
            { name: 'thời_gian_giao', value: 2, unit: 'ngày', text: '2 ngày' },
            { name: 'phí_ship', value: 85000, unit: 'đ', text: '85.000 đ' },
            { name: 'tỉ_lệ_nhấp', value: 1.4, unit: '%', text: '1,4%' }
        ]);
        expect((await workspaceOf({ 'map.journey': map(lines, '  language vi\n') })).diagnostics()).toEqual([]);
    });

    it('keeps English metrics as they were: `38%`, `38 %`, `12000`, `1.8%`, with no message', async () => {
        const lines = '      metric drop_off 38%\n      metric bounce 38 %\n      metric visits 12000\n      metric ctr 1.8%';
        expect(await metricsOf(lines)).toEqual([
            { name: 'drop_off', value: 38, unit: '%', text: '38%' },
            { name: 'bounce', value: 38, unit: '%', text: '38%' },
            { name: 'visits', value: 12000, unit: undefined, text: '12000' },
            { name: 'ctr', value: 1.8, unit: '%', text: '1.8%' }
        ]);
        expect((await workspaceOf({ 'map.journey': map(lines) })).diagnostics()).toEqual([]);
    });

    it('reads the numbers that cannot be misread the same in every map', () => {
        for (const language of [undefined, 'en', 'vi'] as const) {
            expect([readMetricNumber('1,4', language), readMetricNumber('2,75%', language), readMetricNumber('1.234.567', language),
                readMetricNumber('1,234,567', language), readMetricNumber('1.234,5', language), readMetricNumber('1,234.5', language), readMetricNumber('-3,5', language)])
                .toEqual([{ value: 1.4 }, { value: 2.75 }, { value: 1234567 }, { value: 1234567 }, { value: 1234.5 }, { value: 1234.5 }, { value: -3.5 }]);
        }
    });

    it('reads `85.000` and `1,400` by the map\'s language, and explains the reading where the map says none', async () => {
        expect(readMetricNumber('85.000', 'vi').value).toBe(85000);
        expect(readMetricNumber('1,400', 'vi').value).toBe(1.4);
        expect(readMetricNumber('85.000', 'en').value).toBe(85);
        expect(readMetricNumber('1,400', 'en').value).toBe(1400);

        const workspace = await workspaceOf({ 'map.journey': map('      metric phí_ship 85.000 đ\n      metric lượt_xem 1,400') });
        expect(workspace.diagnostics().map(d => [d.code, d.severity, d.message])).toEqual([
            ['JM018', 2, '`85.000` can be read two ways: it is read as 85 (`.` as the decimal point). For 85000, write `85000`, or add `language vi` to the journey (then `.` groups thousands and `,` is the decimal comma).'],
            ['JM018', 2, '`1,400` can be read two ways: it is read as 1400 (`,` grouping thousands). For 1.4, write `1.4`, or add `language vi` to the journey (then `,` is the decimal comma).']
        ]);
    });

    it('says what it understood of a number whose separators do not say which groups thousands', async () => {
        const workspace = await workspaceOf({ 'map.journey': map('      metric x 1.2,3.4') });
        expect(workspace.diagnostics().map(d => [d.code, d.message])).toEqual([
            ['JM018', '`1.2,3.4` mixes `.` and `,` in a way that does not say which groups thousands: it is read as 123.4. Write it without grouping, e.g. `123.4`.']
        ]);
    });

    it('formats a metric with a unit and a decimal comma as written, one space before the unit', async () => {
        const text = map('      metric  phí_ship   85.000    đ\n      metric tỉ_lệ_nhấp 1,4 %', '  language vi\n');
        const formatted = formatJourneyText(text);
        expect(formatted.ok && formatted.text).toContain('      metric phí_ship 85.000 đ\n      metric tỉ_lệ_nhấp 1,4%\n');
    });
});
