import { moodIn } from '../domain/moods.js';
import type { JourneyMapModel, JourneyModel, Level, MapType } from '../model/journey-model.js';
import { MAP_WORDS, type MapWords } from '../views/map-words.js';
import type {
    ChannelChange, ElementChange, EmotionValue, FieldChange, FixChange, JourneyChange, JourneyTotals, OpportunityChange, PainChange,
    TouchpointChange, WorkspaceDiff
} from './diff-model.js';
import { nameKey } from './match.js';

/**
 * The words of a diff, shared by the text and the Markdown forms: each change is a line of parts,
 * plain words of ours, names (identifiers) and quoted user text, which each form writes its own way
 * (the Markdown form escapes user text and writes names as code). The words are those of a
 * language (language/views/map-words.ts); in Vietnamese, elements are named by their labels.
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

/**
 * How a diff names things: its words, and the labels of the elements it refers to (from both
 * versions), so that a Vietnamese diff names a stage “Cân nhắc”, not `consideration`.
 */
export interface Namer {
    words: MapWords;
    /** An element of a kind, as the reader reads it: its label (with its name where two labels are alike), or its name. */
    ref(kind: ElementKind, elementName: string): Part[];
}

type Labelled = { name: string; label: string };

/** A Namer for the elements of a journey in two versions, and the personas and channels of the workspace. */
export function namer(words: MapWords, models: ReadonlyArray<JourneyModel | undefined> = [], journeys: ReadonlyArray<JourneyMapModel | undefined> = []): Namer {
    const tables = new Map<ElementKind, Labelled[][]>([
        ['persona', models.map(model => model?.personas ?? [])],
        ['channel', models.map(model => model?.channels.map(channel => ({ name: channel.name, label: channel.builtin ? words.channels[channel.kind as keyof MapWords['channels']] ?? channel.label : channel.label })) ?? [])],
        ['journey', models.map(model => model?.journeys ?? [])],
        ['stage', journeys.map(journey => journey?.stages ?? [])],
        ['touchpoint', journeys.map(journey => journey?.stages.flatMap(stage => stage.touchpoints) ?? [])],
        ['pain point', journeys.map(journey => journey?.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.pains)) ?? [])],
        ['opportunity', journeys.map(journey => journey?.opportunities ?? [])]
    ]);
    return {
        words,
        ref(kind, elementName) {
            if (!words.diff.byLabel) {
                return [name(elementName)];
            }
            // The newest version's label first (the journeys and models are given old, new).
            const versions = [...(tables.get(kind) ?? [])].reverse();
            const label = versions.map(list => list.find(element => nameKey(element.name) === nameKey(elementName))?.label).find(found => found !== undefined && found.trim() !== '');
            if (label === undefined || nameKey(label) === nameKey(elementName)) {
                return [name(elementName)];
            }
            const alike = versions.some(list => list.some(element => nameKey(element.name) !== nameKey(elementName) && nameKey(element.label) === nameKey(label)));
            return alike ? [quoted(label), plain(' ('), name(elementName), plain(')')] : [quoted(label)];
        }
    };
}

const ENGLISH = namer(MAP_WORDS.en);

/** `name "label"`, the label left out when it is the name. */
export function nameAndLabel(element: { name: string; label: string }): Part[] {
    return element.label.normalize('NFC') === element.name.normalize('NFC') ? [name(element.name)] : [name(element.name), plain(' '), quoted(element.label)];
}

/** A list of references: `a, b, c`. */
function refs(say: Namer, kind: ElementKind, list: readonly string[]): Part[] {
    return list.flatMap((item, i) => (i === 0 ? say.ref(kind, item) : [plain(', '), ...say.ref(kind, item)]));
}

function emotionParts(emotion: EmotionValue | null, say: Namer): Part[] {
    if (emotion === null) {
        return [plain(say.words.none)];
    }
    const score = emotion.score === null ? '?' : String(emotion.score);
    return [plain(emotion.mood === null ? score : `${score} (${moodIn(emotion.mood, say.words.language)})`)];
}

/** The kind of element a field's names refer to. */
const REFERENCES: Partial<Record<FieldChange['field'], ElementKind>> = { personas: 'persona', fixes: 'pain point', channel: 'channel', improves: 'journey' };

/** What a field change says, after the element: `emotion 4 → 2 (anxious)`, `actions + "…"`. */
export function fieldParts(change: FieldChange, owner: ElementKind, say: Namer = ENGLISH): Part[] {
    const words = say.words;
    const word = words.diff.fields[change.field];
    switch (change.field) {
        case 'emotion':
            return [plain(`${word} `), ...emotionParts(change.before as EmotionValue | null, say), plain(' → '), ...emotionParts(change.after as EmotionValue | null, say)];
        case 'label': case 'description': case 'owner': case 'time':
            return [plain(`${word} `), ...textValue(change.before, words), plain(' → '), ...textValue(change.after, words)];
        case 'type': case 'model': case 'impact': case 'severity': case 'kind': case 'channel': case 'improves':
            return [plain(`${word} `), ...nameValue(change, change.before, say), plain(' → '), ...nameValue(change, change.after, say)];
        case 'personas': case 'fixes':
            return [plain(`${word} `), ...listChange(change, item => say.ref(REFERENCES[change.field]!, item), words)];
        case 'metrics':
            return [plain(`${word} `), ...metricChange(change, words)];
        case 'order': {
            const kind = owner === 'journey' ? 'stage' : 'touchpoint';
            return [
                plain(`${owner === 'journey' ? words.diff.stageOrder : words.diff.touchpointOrder} `),
                ...refs(say, kind, change.before as string[]), plain(' → '), ...refs(say, kind, change.after as string[])
            ];
        }
        default:
            return [plain(`${word} `), ...listChange(change, text => [quoted(text)], words)];
    }
}

function textValue(value: FieldChange['before'], words: MapWords): Part[] {
    return typeof value === 'string' ? [quoted(value)] : [plain(words.none)];
}

/** A single value: a map type or a level in the diff's words, a reference as the reader reads it, else the name. */
function nameValue(change: FieldChange, value: FieldChange['before'], say: Namer): Part[] {
    if (typeof value !== 'string') {
        return [plain(say.words.none)];
    }
    const words = say.words;
    if (change.field === 'type' && value in words.mapTypes && words.diff.byLabel) {
        return [plain(words.mapTypes[value as MapType])];
    }
    if ((change.field === 'impact' || change.field === 'severity') && value in words.levels && words.diff.byLabel) {
        return [plain(words.levels[value as Level])];
    }
    const kind = REFERENCES[change.field];
    return kind ? say.ref(kind, value) : [name(value)];
}

/** `+ a, + b, - c`, or `reordered` when only the order changed. */
function listChange(change: FieldChange, item: (text: string) => Part[], words: MapWords): Part[] {
    const added = change.added ?? [];
    const removed = change.removed ?? [];
    if (added.length + removed.length === 0) {
        return [plain(words.diff.reordered)];
    }
    const items = [...added.map(text => [plain('+ '), ...item(text)]), ...removed.map(text => [plain('- '), ...item(text)])];
    return items.flatMap((parts, i) => (i === 0 ? parts : [plain(', '), ...parts]));
}

/** Metrics paired by name: `drop_off 38% → 20%`, `+ visits 12000`, `- bounce 40%`. */
function metricChange(change: FieldChange, words: MapWords): Part[] {
    const split = (text: string) => {
        const space = text.indexOf(' ');
        return { key: text.slice(0, space), value: text.slice(space + 1) };
    };
    const added = (change.added ?? []).map(split);
    const removed = (change.removed ?? []).map(split);
    if (added.length + removed.length === 0) {
        return [plain(words.diff.reordered)];
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
export function elementLines(kind: ElementKind, change: ElementChange, details: { added?: Part[]; removed?: Part[]; moved?: Part[] } = {}, say: Namer = ENGLISH): DiffLine[] {
    const word = say.words.diff.kinds[kind];
    const title = say.words.diff.byLabel ? say.ref(kind, change.name) : nameAndLabel(change);
    if (change.change !== 'changed') {
        const extra = (change.change === 'added' ? details.added : details.removed) ?? [];
        return [{ sign: change.change === 'added' ? '+' : '-', parts: [plain(`${word} `), ...title, ...extra] }];
    }
    const head = [plain(`${word} `), ...say.ref(kind, change.name), plain(': ')];
    const lines: DiffLine[] = [];
    if (change.renamedFrom !== undefined) {
        lines.push({ sign: '~', parts: [...head, plain(say.words.diff.renamedFrom), name(change.renamedFrom)] });
    }
    if (details.moved) {
        lines.push({ sign: '~', parts: [...head, ...details.moved] });
    }
    for (const field of change.fields) {
        lines.push({ sign: '~', parts: [...head, ...fieldParts(field, kind, say)] });
    }
    return lines;
}

function inParentheses(parts: Part[]): Part[] {
    return parts.length === 0 ? [] : [plain(' ('), ...parts, plain(')')];
}

function touchpointLines(change: TouchpointChange, say: Namer): DiffLine[] {
    const { kinds, fields, movedFromStage } = say.words.diff;
    const emotion = change.emotion === null ? [] : [plain(`, ${fields.emotion} `), ...emotionParts(change.emotion, say)];
    return elementLines('touchpoint', change, {
        added: inParentheses([plain(`${kinds.stage} `), ...say.ref('stage', change.stage), ...emotion]),
        removed: inParentheses([plain(`${kinds.stage} `), ...say.ref('stage', change.stage)]),
        moved: change.movedFrom === undefined ? undefined
            : [plain(movedFromStage[0]), ...say.ref('stage', change.movedFrom), plain(movedFromStage[1]), ...say.ref('stage', change.stage)]
    }, say);
}

function painLines(change: PainChange, say: Namer): DiffLine[] {
    const words = say.words;
    const { fields, fixedBy, movedFromTouchpoint } = words.diff;
    const severity = change.severity === null ? [] : [plain(`, ${fields.severity} ${words.diff.byLabel ? words.levels[change.severity] : change.severity}`)];
    return elementLines('pain point', change, {
        added: inParentheses([...say.ref('touchpoint', change.touchpoint), ...severity,
            ...(change.fixedBy.length > 0 ? [plain(`, ${fixedBy}`), ...refs(say, 'opportunity', change.fixedBy)] : [])]),
        removed: inParentheses(say.ref('touchpoint', change.touchpoint)),
        moved: change.movedFrom === undefined ? undefined
            : [plain(movedFromTouchpoint[0]), ...say.ref('touchpoint', change.movedFrom), plain(movedFromTouchpoint[1]), ...say.ref('touchpoint', change.touchpoint)]
    }, say);
}

function opportunityLines(change: OpportunityChange, say: Namer): DiffLine[] {
    const fixes = change.fixes.length === 0 ? [] : [plain(` ${say.words.diff.fixes}`), ...refs(say, 'pain point', change.fixes)];
    return elementLines('opportunity', change, { added: fixes }, say);
}

function fixLines(journey: JourneyChange, say: Namer): DiffLine[] {
    const diff = say.words.diff;
    const where = (fix: FixChange) => inParentheses(say.ref('touchpoint', fix.touchpoint));
    const pain = (fix: FixChange) => [plain(`${diff.kinds['pain point']} `), ...say.ref('pain point', fix.pain)];
    return [
        ...journey.newlyFixed.map((fix): DiffLine => ({
            sign: 'fixed', parts: [...pain(fix), plain(diff.nowFixedBy), ...refs(say, 'opportunity', fix.by), ...where(fix)]
        })),
        ...journey.leftUnfixed.map((fix): DiffLine => ({
            sign: 'unfixed',
            parts: fix.reason === 'added'
                ? [...pain(fix), plain(diff.leftUnfixed), ...where(fix)]
                : [...pain(fix), plain(diff.noLongerFixed[0]), ...refs(say, 'opportunity', fix.by), plain(diff.noLongerFixed[1])]
        }))
    ];
}

/** The lines inside a changed journey, in a fixed order: the journey's own fields, stages, touchpoints, pain points, opportunities, fixes. */
export function journeyLines(journey: JourneyChange, say: Namer = ENGLISH): DiffLine[] {
    if (journey.change !== 'changed') {
        return [];
    }
    const own = journey.fields.map((field): DiffLine => ({ sign: '~', parts: [plain(`${say.words.diff.kinds.journey}: `), ...fieldParts(field, 'journey', say)] }));
    return [
        ...own,
        ...journey.stages.flatMap(change => elementLines('stage', change, {}, say)),
        ...journey.touchpoints.flatMap(change => touchpointLines(change, say)),
        ...journey.pains.flatMap(change => painLines(change, say)),
        ...journey.opportunities.flatMap(change => opportunityLines(change, say)),
        ...fixLines(journey, say)
    ];
}

/** The heading of a journey: `gift_purchase "Buying…"` and what happened to it as a whole. */
export function journeyHeading(journey: JourneyChange, words: MapWords = MAP_WORDS.en): { parts: Part[]; note?: string } {
    const parts = nameAndLabel(journey);
    const { touchpoints, pains } = journey.totals;
    if (journey.change === 'added') {
        return {
            parts,
            note: words.diff.addedNote(words.mapTypes[journey.type], counted(words, touchpoints.after ?? 0, 'touchpoint'), counted(words, pains.after ?? 0, 'pain point'))
        };
    }
    if (journey.change === 'removed') {
        return { parts, note: words.diff.removedNote };
    }
    return journey.renamedFrom === undefined ? { parts } : { parts, note: `${words.diff.renamedFrom}${journey.renamedFrom}` };
}

export function personaLines(diff: WorkspaceDiff, say: Namer = ENGLISH): DiffLine[] {
    return diff.personas.flatMap(change => elementLines('persona', change, {}, say));
}

export function channelLines(diff: WorkspaceDiff, say: Namer = ENGLISH): DiffLine[] {
    return diff.channels.flatMap((change: ChannelChange) => elementLines('channel', change, { added: [plain(` (${change.kind})`)] }, say));
}

/** An average emotion as shown: one decimal, `none` when absent. */
export function average(value: number | null, words: MapWords = MAP_WORDS.en): string {
    return value === null ? words.none : value.toFixed(1).replace('.', words.decimalMark);
}

function beforeAfter(before: string | null, after: string | null, words: MapWords): string {
    if (before === null || after === null || before === after) {
        return (after ?? before) ?? words.none;
    }
    return `${before} → ${after}`;
}

export interface TotalsText {
    averageEmotion: string;
    pains: string;
    unfixedPains: string;
}

/** The totals as shown: `3.4 → 3.0`, a single value when it did not change or one side is absent. */
export function totalsText(totals: JourneyTotals, words: MapWords = MAP_WORDS.en): TotalsText {
    const count = (value: number | null) => (value === null ? null : String(value));
    // A side where the journey is absent (its touchpoint count is null) shows nothing.
    const mean = (value: number | null, present: boolean) => (present ? average(value, words) : null);
    return {
        averageEmotion: beforeAfter(mean(totals.averageEmotion.before, totals.touchpoints.before !== null),
            mean(totals.averageEmotion.after, totals.touchpoints.after !== null), words),
        pains: beforeAfter(count(totals.pains.before), count(totals.pains.after), words),
        unfixedPains: beforeAfter(count(totals.unfixedPains.before), count(totals.unfixedPains.after), words)
    };
}

/** `1 journey changed, 1 added · 1 persona added`, or undefined when nothing changed. */
export function summaryText(diff: WorkspaceDiff, words: MapWords = MAP_WORDS.en): string | undefined {
    const groups: Array<['journey' | 'persona' | 'channel', { added: number; removed: number; changed: number }]> = [
        ['journey', diff.summary.journeys], ['persona', diff.summary.personas], ['channel', diff.summary.channels]
    ];
    const texts = groups.flatMap(([noun, counts]) => {
        const items = (['changed', 'added', 'removed'] as const).filter(kind => counts[kind] > 0);
        return items.length === 0 ? [] : [items.map((kind, i) => (i === 0 ? `${counted(words, counts[kind], noun)} ${words.diff.changes[kind]}` : `${counts[kind]} ${words.diff.changes[kind]}`)).join(', ')];
    });
    return texts.length === 0 ? undefined : texts.join(' · ');
}

function counted(words: MapWords, count: number, noun: 'journey' | 'persona' | 'channel' | 'touchpoint' | 'pain point'): string {
    const [one, many] = words.nouns[noun];
    return `${count} ${count === 1 ? one : many}`;
}

/**
 * The language a diff is written in: the one every changed journey says it is written in (a pull
 * request on a Vietnamese map gets a Vietnamese comment), else the reader's. A journey's own lines
 * use its own language (journeyNamer).
 */
export function diffWords(diff: WorkspaceDiff, before: JourneyModel | undefined, after: JourneyModel | undefined, reader: MapWords['language']): MapWords {
    const declared = new Set(diff.journeys.map(journey => journeyLanguage(journey, before, after)));
    const [only] = declared;
    return MAP_WORDS[declared.size === 1 && only !== undefined ? only : reader];
}

/** The language a changed journey says it is written in: the new version's, else the old's. */
function journeyLanguage(journey: JourneyChange, before: JourneyModel | undefined, after: JourneyModel | undefined): MapWords['language'] | undefined {
    const { old, now } = versionsOf(journey, before, after);
    return now?.language ?? old?.language;
}

/** The two versions of a changed journey (either absent for a journey added or removed). */
function versionsOf(journey: JourneyChange, before: JourneyModel | undefined, after: JourneyModel | undefined): { old?: JourneyMapModel; now?: JourneyMapModel } {
    const find = (model: JourneyModel | undefined, wanted: string) => model?.journeys.find(candidate => nameKey(candidate.name) === nameKey(wanted));
    return { old: find(before, journey.renamedFrom ?? journey.name), now: find(after, journey.name) };
}

/** The Namer of a journey's lines: its own language (the new version's, else the old's), else the diff's; the labels of both versions. */
export function journeyNamer(journey: JourneyChange, before: JourneyModel | undefined, after: JourneyModel | undefined, fallback: MapWords): Namer {
    const { old, now } = versionsOf(journey, before, after);
    const language = journeyLanguage(journey, before, after);
    return namer(language ? MAP_WORDS[language] : fallback, [before, after], [old, now]);
}
