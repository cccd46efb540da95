import type { Language } from '../locale.js';

/**
 * How the number of a metric is read (docs/language.md, "Numbers and units"). A number is digits with
 * `.` or `,` between them. English writes `1,234.5`, Vietnamese `1.234,5`; most numbers tell which:
 * - no separator (`12000`): a whole number;
 * - both (`1.234,5`, `1,234.5`): the last one is the decimal mark, the other groups thousands;
 * - one kind several times (`1.234.567`): groups of thousands;
 * - one separator not followed by exactly three digits (`1,4`, `1.8`, `2,75`): the decimal mark: no one
 *   groups thousands so, and a decimal comma cannot be misread;
 * - one separator followed by exactly three digits (`85.000`, `1,400`) can be read two ways: a map
 *   that says `language vi` reads it the Vietnamese way (`.` groups thousands, `,` is the decimal
 *   comma), any other the English way, as before (`.` decimal point, `,` groups thousands), and one
 *   that says no language is warned (JM018) with what was understood.
 */
export interface MetricNumber {
    value: number;
    /** Set when the reading is a guess: the number written, the value read, the other value it could be. */
    doubt?: { written: string; read: number; other: number; how: 'decimal point' | 'thousands' | 'unclear' };
}

const GROUPED = /^\d{1,3}$/;

export function readMetricNumber(written: string, language: Language | undefined): MetricNumber {
    const negative = written.startsWith('-');
    const digits = written.replace(/^-/, '').replace(/%$/, '');
    const sign = negative ? -1 : 1;
    const separators = digits.replace(/\d/g, '');
    const groups = digits.split(/[.,]/);
    const read = (decimalMark: string | undefined) => {
        const [whole, fraction] = decimalMark === undefined ? [digits, undefined] : [digits.slice(0, digits.lastIndexOf(decimalMark)), digits.slice(digits.lastIndexOf(decimalMark) + 1)];
        return sign * Number(`${whole.replace(/[.,]/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
    };
    if (separators === '') {
        return { value: read(undefined) };
    }
    const kinds = new Set(separators);
    const last = separators.at(-1)!;
    const wellGrouped = (upTo: number) => GROUPED.test(groups[0]) && groups.slice(1, upTo).every(group => group.length === 3);
    if (kinds.size === 2) {
        // `1.234,5`: the last separator, once, is the decimal mark; the other kind groups thousands.
        const value = read(last);
        const once = separators.indexOf(last) === separators.length - 1;
        return once && wellGrouped(groups.length - 1) ? { value } : { value, doubt: { written, read: value, other: value, how: 'unclear' } };
    }
    if (separators.length > 1) {
        const value = read(undefined);
        return wellGrouped(groups.length) ? { value } : { value, doubt: { written, read: value, other: value, how: 'unclear' } };
    }
    if (groups[1].length !== 3) {
        return { value: read(last) };
    }
    // One separator and three digits after it: `85.000`, `1,400`.
    const vietnamese = language === 'vi';
    const decimal = vietnamese ? last === ',' : last === '.';
    const value = read(decimal ? last : undefined);
    const other = read(decimal ? undefined : last);
    return language === undefined ? { value, doubt: { written, read: value, other, how: decimal ? 'decimal point' : 'thousands' } } : { value };
}
