import { normalizeText } from './escape.js';

/**
 * Line breaking for boxes that Mermaid does not wrap (journey tasks and sections). Widths are
 * counted in "units": one for most characters, two for wide ones (CJK, Hangul, emoji), none for
 * combining marks; a grapheme cluster (a letter with its accents, an emoji sequence) is never split.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function isWide(codePoint: number): boolean {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
        || (codePoint >= 0x2600 && codePoint <= 0x27BF)
        || codePoint >= 0x20000;
}

function graphemes(text: string): string[] {
    return [...segmenter.segment(text)].map(segment => segment.segment);
}

function graphemeUnits(grapheme: string): number {
    const first = grapheme.codePointAt(0) ?? 0;
    if (grapheme.length === 1 && first >= 0x20 && first < 0x300 && first !== 0xAD && (first < 0x7F || first >= 0xA0)) {
        return 1;
    }
    if (/^[\p{Cf}\p{Mn}\p{Me}]+$/u.test(grapheme)) {
        return 0;
    }
    return isWide(first) ? 2 : 1;
}

/**
 * Whether every code unit of the text is a grapheme cluster of its own, one unit wide: ASCII and
 * Latin-1 (control characters too, but CR), Latin Extended, IPA and spacing modifiers, Greek and Cyrillic without their
 * combining marks, and precomposed Latin and Greek (Vietnamese in NFC: `ạ ế ữ`). Such text needs no
 * grapheme segmentation, which costs about a microsecond a word (profiled: 40% of all views).
 */
function isSimple(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x0530) {
            // Control characters are clusters of their own (one unit), but for CR LF; U+00AD is invisible.
            if (c === 0x0D || c === 0xAD || (c >= 0x300 && c < 0x370) || (c >= 0x483 && c < 0x48A)) {
                return false;
            }
        } else if (!((c >= 0x1E00 && c < 0x2000) || (c >= 0x2010 && c < 0x2028) || (c >= 0x2030 && c < 0x205F) || (c >= 0x2070 && c < 0x20D0) || (c >= 0x2100 && c < 0x2600))) {
            return false;
        }
    }
    return true;
}

/** The grapheme clusters of a text (its code units when it is simple). */
function clusters(text: string): string[] {
    return isSimple(text) ? text.split('') : graphemes(text);
}

/** The width of a text in units. */
export function textUnits(text: string): number {
    if (isSimple(text)) {
        return text.length;
    }
    return graphemes(text).reduce((sum, grapheme) => sum + graphemeUnits(grapheme), 0);
}

/**
 * The text broken into lines of at most `maxUnits`: the line breaks written stay, lines break at
 * spaces, and a word longer than a line is cut between grapheme clusters.
 */
export function wrapText(text: string, maxUnits: number): string[] {
    const lines: string[] = [];
    for (const paragraph of normalizeText(text).split('\n')) {
        const words = paragraph.split(' ').filter(word => word !== '');
        let line = '';
        let lineUnits = 0;
        for (const word of words) {
            const units = textUnits(word);
            if (line !== '' && lineUnits + 1 + units <= maxUnits) {
                line += ' ' + word;
                lineUnits += 1 + units;
                continue;
            }
            if (line !== '') {
                lines.push(line);
            }
            if (units <= maxUnits) {
                line = word;
                lineUnits = units;
                continue;
            }
            // A word longer than a line: cut it into pieces that fit.
            line = '';
            lineUnits = 0;
            for (const grapheme of clusters(word)) {
                const graphemeWidth = graphemeUnits(grapheme);
                if (lineUnits + graphemeWidth > maxUnits && line !== '') {
                    lines.push(line);
                    line = '';
                    lineUnits = 0;
                }
                line += grapheme;
                lineUnits += graphemeWidth;
            }
        }
        if (line !== '') {
            lines.push(line);
        }
    }
    return lines;
}

/** The text cut to at most `maxUnits` (between grapheme clusters), ending in `…` when cut. */
export function truncateUnits(text: string, maxUnits: number): string {
    if (textUnits(text) <= maxUnits) {
        return text;
    }
    let kept = '';
    let units = 0;
    for (const grapheme of clusters(text)) {
        const width = graphemeUnits(grapheme);
        if (units + width > maxUnits - 1) {
            break;
        }
        kept += grapheme;
        units += width;
    }
    return kept.trimEnd() + '…';
}
