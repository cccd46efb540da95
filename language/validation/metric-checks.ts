import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { MetricLine } from '../generated/ast.js';
import { isJourney } from '../generated/ast.js';
import { journeyLanguage } from '../ast-helpers.js';
import { readMetricNumber } from '../domain/metric-number.js';
import { report } from './report.js';

/** JM018: a metric's number that can be read two ways (`85.000`, `1,400` in a map that says no language), or not at all. */
export class MetricChecks {
    checkMetricNumber(line: MetricLine, accept: ValidationAcceptor): void {
        if (line.value === undefined) {
            return;
        }
        const journey = AstUtils.getContainerOfType(line, isJourney);
        const { doubt } = readMetricNumber(line.value, journey && journeyLanguage(journey));
        if (!doubt) {
            return;
        }
        const message = doubt.how === 'unclear'
            ? `\`${doubt.written}\` mixes \`.\` and \`,\` in a way that does not say which groups thousands: it is read as ${plain(doubt.read)}. Write it without grouping, e.g. \`${plain(doubt.read)}\`.`
            : doubt.how === 'decimal point'
                ? `\`${doubt.written}\` can be read two ways: it is read as ${plain(doubt.read)} (\`.\` as the decimal point). For ${plain(doubt.other)}, write \`${plain(doubt.other)}\`, or add \`language vi\` to the journey (then \`.\` groups thousands and \`,\` is the decimal comma).`
                : `\`${doubt.written}\` can be read two ways: it is read as ${plain(doubt.read)} (\`,\` grouping thousands). For ${plain(doubt.other)}, write \`${plain(doubt.other)}\`, or add \`language vi\` to the journey (then \`,\` is the decimal comma).`;
        report(accept, 'JM018', message, { node: line, property: 'value' });
    }
}

/** A number as the language writes it without grouping: `85000`, `1.4`. */
function plain(value: number): string {
    return String(value);
}
