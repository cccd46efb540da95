import { MAP_TYPE_WORDS, plural } from '../domain/map-words.js';
import type {
    ChannelChange, ElementChange, EmotionValue, FieldChange, FixChange, JourneyChange, JourneyTotals, OpportunityChange, PainChange,
    TouchpointChange, WorkspaceDiff
} from './diff-model.js';

/**
 * The words of a diff, shared by the text and the Markdown forms: each change is a line of parts,
 * plain words of ours, names (identifiers) and quoted user text, which each form writes its own way
 * (the Markdown form escapes user text and writes names as code).
 */

export type Part =
    | { kind: 'plain'; text: string }
    | { kind: 'name'; text: string }
    | { kind: 'quoted'; text: string };

/** `+` added, `-` removed, `~` changed, `fixed` a pain point now fixed, `unfixed` one left unfixed. */
export type Sign = '+' | '-' | '~' | 'fixed' | 'unfixed';

export interface DiffLine {
    sign: Sign;
    parts: Part[];
}

const plain = (text: string): Part => ({ kind: 'plain', text });
const name = (text: string): Part => ({ kind: 'name', text });
const quoted = (text: string): Part => ({ kind: 'quoted', text });

export type ElementKind = 'persona' | 'channel' | 'journey' | 'stage' | 'touchpoint' | 'pain point' | 'opportunity';

export { MAP_TYPE_WORDS, plural };

/** `name "label"`, the label left out when it is the name. */
export function nameAndLabel(element: { name: string; label: string }): Part[] {
    return element.label.normalize('NFC') === element.name.normalize('NFC') ? [name(element.name)] : [name(element.name), plain(' '), quoted(element.label)];
}

/** A list of names: `a, b, c`. */
function names(list: readonly string[]): Part[] {
    return list.flatMap((item, i) => (i === 0 ? [name(item)] : [plain(', '), name(item)]));
}

function emotionParts(emotion: EmotionValue | null): Part[] {
    if (emotion === null) {
        return [plain('none')];
    }
    const score = emotion.score === null ? '?' : String(emotion.score);
    return [plain(emotion.mood === null ? score : `${score} (${emotion.mood})`)];
}

/** What a field change says, after the element: `emotion 4 → 2 (anxious)`, `actions + "…"`. */
export function fieldParts(change: FieldChange, owner: ElementKind): Part[] {
    const word = change.field;
    switch (change.field) {
        case 'emotion':
            return [plain('emotion '), ...emotionParts(change.before as EmotionValue | null), plain(' → '), ...emotionParts(change.after as EmotionValue | null)];
        case 'label': case 'description': case 'owner': case 'time':
            return [plain(`${word} `), ...textValue(change.before), plain(' → '), ...textValue(change.after)];
        case 'type': case 'model': case 'impact': case 'severity': case 'kind': case 'channel': case 'improves':
            return [plain(`${word} `), ...nameValue(change.before), plain(' → '), ...nameValue(change.after)];
        case 'personas': case 'fixes':
            return [plain(`${word} `), ...listChange(change, name)];
        case 'metrics':
            return [plain('metrics '), ...metricChange(change)];
        case 'order':
            return [
                plain(owner === 'journey' ? 'stage order ' : 'touchpoint order '),
                ...names(change.before as string[]), plain(' → '), ...names(change.after as string[])
            ];
        default:
            return [plain(`${word} `), ...listChange(change, quoted)];
    }
}

function textValue(value: FieldChange['before']): Part[] {
    return typeof value === 'string' ? [quoted(value)] : [plain('none')];
}

function nameValue(value: FieldChange['before']): Part[] {
    return typeof value === 'string' ? [name(value)] : [plain('none')];
}

/** `+ a, + b, - c`, or `reordered` when only the order changed. */
function listChange(change: FieldChange, item: (text: string) => Part): Part[] {
    const added = change.added ?? [];
    const removed = change.removed ?? [];
    if (added.length + removed.length === 0) {
        return [plain('reordered')];
    }
    const items = [...added.map(text => [plain('+ '), item(text)]), ...removed.map(text => [plain('- '), item(text)])];
    return items.flatMap((parts, i) => (i === 0 ? parts : [plain(', '), ...parts]));
}

/** Metrics paired by name: `drop_off 38% → 20%`, `+ visits 12000`, `- bounce 40%`. */
function metricChange(change: FieldChange): Part[] {
    const split = (text: string) => {
        const space = text.indexOf(' ');
        return { key: text.slice(0, space), value: text.slice(space + 1) };
    };
    const added = (change.added ?? []).map(split);
    const removed = (change.removed ?? []).map(split);
    if (added.length + removed.length === 0) {
        return [plain('reordered')];
    }
    const items: Part[][] = [];
    const paired = new Set<number>();
    for (const metric of added) {
        const index = removed.findIndex((old, i) => !paired.has(i) && old.key === metric.key);
        if (index >= 0) {
            paired.add(index);
            items.push([name(metric.key), plain(` ${removed[index].value} → ${metric.value}`)]);
        } else {
            items.push([plain('+ '), name(metric.key), plain(` ${metric.value}`)]);
        }
    }
    removed.forEach((metric, i) => {
        if (!paired.has(i)) {
            items.push([plain('- '), name(metric.key), plain(` ${metric.value}`)]);
        }
    });
    return items.flatMap((parts, i) => (i === 0 ? parts : [plain(', '), ...parts]));
}

/** Lines of an element change: one for an added or removed element, one per aspect of a changed one. */
export function elementLines(kind: ElementKind, change: ElementChange, details: { added?: Part[]; removed?: Part[]; moved?: Part[] } = {}): DiffLine[] {
    if (change.change !== 'changed') {
        const extra = (change.change === 'added' ? details.added : details.removed) ?? [];
        return [{ sign: change.change === 'added' ? '+' : '-', parts: [plain(`${kind} `), ...nameAndLabel(change), ...extra] }];
    }
    const head = [plain(`${kind} `), name(change.name), plain(': ')];
    const lines: DiffLine[] = [];
    if (change.renamedFrom !== undefined) {
        lines.push({ sign: '~', parts: [...head, plain('renamed from '), name(change.renamedFrom)] });
    }
    if (details.moved) {
        lines.push({ sign: '~', parts: [...head, ...details.moved] });
    }
    for (const field of change.fields) {
        lines.push({ sign: '~', parts: [...head, ...fieldParts(field, kind)] });
    }
    return lines;
}

function inParentheses(parts: Part[]): Part[] {
    return parts.length === 0 ? [] : [plain(' ('), ...parts, plain(')')];
}

function touchpointLines(change: TouchpointChange): DiffLine[] {
    const emotion = change.emotion === null ? [] : [plain(', emotion '), ...emotionParts(change.emotion)];
    return elementLines('touchpoint', change, {
        added: inParentheses([plain('stage '), name(change.stage), ...emotion]),
        removed: inParentheses([plain('stage '), name(change.stage)]),
        moved: change.movedFrom === undefined ? undefined : [plain('moved from stage '), name(change.movedFrom), plain(' to stage '), name(change.stage)]
    });
}

function painLines(change: PainChange): DiffLine[] {
    const severity = change.severity === null ? [] : [plain(`, severity ${change.severity}`)];
    return elementLines('pain point', change, {
        added: inParentheses([name(change.touchpoint), ...severity, ...(change.fixedBy.length > 0 ? [plain(', fixed by '), ...names(change.fixedBy)] : [])]),
        removed: inParentheses([name(change.touchpoint)]),
        moved: change.movedFrom === undefined ? undefined : [plain('moved from touchpoint '), name(change.movedFrom), plain(' to touchpoint '), name(change.touchpoint)]
    });
}

function opportunityLines(change: OpportunityChange): DiffLine[] {
    const fixes = change.fixes.length === 0 ? [] : [plain(' fixes '), ...names(change.fixes)];
    return elementLines('opportunity', change, { added: fixes });
}

function fixLines(journey: JourneyChange): DiffLine[] {
    const where = (fix: FixChange) => inParentheses([name(fix.touchpoint)]);
    return [
        ...journey.newlyFixed.map((fix): DiffLine => ({
            sign: 'fixed', parts: [plain('pain point '), name(fix.pain), plain(' is now fixed by '), ...names(fix.by), ...where(fix)]
        })),
        ...journey.leftUnfixed.map((fix): DiffLine => ({
            sign: 'unfixed',
            parts: fix.reason === 'added'
                ? [plain('pain point '), name(fix.pain), plain(' is left unfixed: no opportunity fixes it'), ...where(fix)]
                : [plain('pain point '), name(fix.pain), plain(' is no longer fixed (it was fixed by '), ...names(fix.by), plain(')')]
        }))
    ];
}

/** The lines inside a changed journey, in a fixed order: the journey's own fields, stages, touchpoints, pain points, opportunities, fixes. */
export function journeyLines(journey: JourneyChange): DiffLine[] {
    if (journey.change !== 'changed') {
        return [];
    }
    const own = journey.fields.map((field): DiffLine => ({ sign: '~', parts: [plain('journey: '), ...fieldParts(field, 'journey')] }));
    return [
        ...own,
        ...journey.stages.flatMap(change => elementLines('stage', change)),
        ...journey.touchpoints.flatMap(touchpointLines),
        ...journey.pains.flatMap(painLines),
        ...journey.opportunities.flatMap(opportunityLines),
        ...fixLines(journey)
    ];
}

/** The heading of a journey: `gift_purchase "Buying…"` and what happened to it as a whole. */
export function journeyHeading(journey: JourneyChange): { parts: Part[]; note?: string } {
    const parts = nameAndLabel(journey);
    const { touchpoints, pains } = journey.totals;
    if (journey.change === 'added') {
        return { parts, note: `added: ${MAP_TYPE_WORDS[journey.type]}, ${plural(touchpoints.after ?? 0, 'touchpoint')}, ${plural(pains.after ?? 0, 'pain point')}` };
    }
    if (journey.change === 'removed') {
        return { parts, note: 'removed' };
    }
    return journey.renamedFrom === undefined ? { parts } : { parts, note: `renamed from ${journey.renamedFrom}` };
}

export function personaLines(diff: WorkspaceDiff): DiffLine[] {
    return diff.personas.flatMap(change => elementLines('persona', change));
}

export function channelLines(diff: WorkspaceDiff): DiffLine[] {
    return diff.channels.flatMap((change: ChannelChange) => elementLines('channel', change, { added: [plain(` (${change.kind})`)] }));
}

/** An average emotion as shown: one decimal, `none` when absent. */
export function average(value: number | null): string {
    return value === null ? 'none' : value.toFixed(1);
}

function beforeAfter(before: string | null, after: string | null): string {
    if (before === null || after === null || before === after) {
        return (after ?? before) ?? 'none';
    }
    return `${before} → ${after}`;
}

export interface TotalsText {
    averageEmotion: string;
    pains: string;
    unfixedPains: string;
}

/** The totals as shown: `3.4 → 3.0`, a single value when it did not change or one side is absent. */
export function totalsText(totals: JourneyTotals): TotalsText {
    const count = (value: number | null) => (value === null ? null : String(value));
    // A side where the journey is absent (its touchpoint count is null) shows nothing.
    const mean = (value: number | null, present: boolean) => (present ? average(value) : null);
    return {
        averageEmotion: beforeAfter(mean(totals.averageEmotion.before, totals.touchpoints.before !== null),
            mean(totals.averageEmotion.after, totals.touchpoints.after !== null)),
        pains: beforeAfter(count(totals.pains.before), count(totals.pains.after)),
        unfixedPains: beforeAfter(count(totals.unfixedPains.before), count(totals.unfixedPains.after))
    };
}

/** `1 journey changed, 1 added · 1 persona added`, or undefined when nothing changed. */
export function summaryText(diff: WorkspaceDiff): string | undefined {
    const groups: Array<[string, { added: number; removed: number; changed: number }]> = [
        ['journey', diff.summary.journeys], ['persona', diff.summary.personas], ['channel', diff.summary.channels]
    ];
    const texts = groups.flatMap(([word, counts]) => {
        const items = (['changed', 'added', 'removed'] as const).filter(kind => counts[kind] > 0);
        return items.length === 0 ? [] : [items.map((kind, i) => (i === 0 ? `${plural(counts[kind], word)} ${kind}` : `${counts[kind]} ${kind}`)).join(', ')];
    });
    return texts.length === 0 ? undefined : texts.join(' · ');
}
