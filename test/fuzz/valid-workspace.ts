import fc from 'fast-check';
import { HOSTILE_LABELS, quote } from '../views/hostile-labels.js';

/**
 * Random workspaces without errors, from a generator that knows the grammar and the rules: names
 * unique per kind (keywords and Unicode names included), every reference resolving (personas,
 * channels declared or built in, pain points of the same journey, journeys), scores 1 to 5 and known
 * moods, touchpoint personas among the journey's, lines that may appear once written once. Labels
 * come from plain text, Vietnamese, the hostile labels and random Unicode. Warnings are allowed.
 * The files are printed with random (valid) layout: spaces, line breaks, comments.
 */

const NAME_BASES = ['lan', 'minh', 'chị_Lan', 'mẹ_Hoa', 'nhận_biết', 'x-1', '_tmp', 'Zalo_OA', 'Ωmega', 'ứng_dụng',
    'action', 'web', 'stage', 'touchpoint', 'emotion', 'persona', 'high', 'AIDA', 'metric', 'awareness', 'consideration', 'service', 'time', 'fixes'];
const MOODS = ['delighted', 'happy', 'excited', 'relieved', 'curious', 'hopeful', 'satisfied', 'neutral', 'unsure', 'bored',
    'confused', 'anxious', 'impatient', 'disappointed', 'frustrated', 'angry'];
const BUILTIN_CHANNELS = ['web', 'mobile', 'social', 'email', 'chat', 'phone', 'store', 'ads', 'event', 'review', 'word-of-mouth', 'other'];

/** A label as written in a file (quoted, escaped). */
const label: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('"Lan Nguyen"', '"Mua quà sinh nhật"', '"Checks out"', '"38% drop"', '"say \\"hi\\""', '"a\\\\b"', '"line\\nbreak"', '"tab\\there"', '"odd \\q"') },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_LABELS.map(entry => quote(entry.label))) },
    // Any Unicode but a carriage return (a label is on one line; `\n` is written as an escape).
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(text => quote(text.replace(/\r/g, ' '))) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(text => quote(text.replace(/\r/g, ' '))) }
);
const optLabel = fc.option(label, { nil: undefined });

/** `count` unique names (NFC), with a numeric suffix drawn to tell them apart. */
const names = (min: number, max: number) => fc.uniqueArray(fc.tuple(fc.constantFrom(...NAME_BASES), fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }))
    .map(([base, n]) => n === undefined ? base : `${base}_${n}`), { minLength: min, maxLength: max });

type Line = string[];
interface Block { head: Line; body?: Array<Line | Block> }

const words = (...parts: Array<string | undefined>) => parts.filter((part): part is string => part !== undefined);

function pick<T>(list: readonly T[], n: number): T {
    return list[n % list.length];
}

/** A subset of `list` chosen by bits, never empty when `list` is not. */
function subset<T>(list: readonly T[], bits: number): T[] {
    const chosen = list.filter((_, i) => (bits >> i) & 1);
    return chosen.length > 0 ? chosen : list.slice(0, 1);
}

const touchpointShape = fc.record({
    label: optLabel,
    braces: fc.boolean(),
    channel: fc.option(fc.nat(), { nil: undefined }),
    personas: fc.option(fc.nat(), { nil: undefined }),
    texts: fc.array(fc.tuple(fc.constantFrom('action', 'thought', 'barrier', 'frontstage', 'backstage', 'support', 'evidence'), label), { maxLength: 4 }),
    time: fc.option(label, { nil: undefined }),
    emotion: fc.option(fc.tuple(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), fc.option(fc.constantFrom(...MOODS), { nil: undefined })), { nil: undefined }),
    pains: fc.array(fc.tuple(optLabel, fc.option(fc.constantFrom('low', 'medium', 'high'), { nil: undefined })), { maxLength: 2 }),
    metrics: fc.array(fc.tuple(fc.constantFrom('3', '12000', '-2', '0.5', '38%', '-0.5%', '38 %'), fc.constantFrom('drop_off', 'visits', 'tỉ_lệ')), { maxLength: 2 })
});

const stageShape = fc.record({ label: optLabel, touchpoints: fc.array(touchpointShape, { maxLength: 4 }) });

const opportunityShape = fc.record({
    label: optLabel,
    braces: fc.boolean(),
    fixes: fc.option(fc.nat(), { nil: undefined }),
    owner: fc.option(label, { nil: undefined }),
    impact: fc.option(fc.constantFrom('low', 'medium', 'high'), { nil: undefined }),
    resources: fc.array(label, { maxLength: 2 })
});

const journeyShape = fc.record({
    label: optLabel,
    type: fc.option(fc.constantFrom('current', 'future', 'day-in-the-life', 'blueprint'), { nil: undefined }),
    personas: fc.nat(),
    splitPersonas: fc.boolean(),
    model: fc.option(fc.constantFrom('AIDA', 'ACC', 'ACCSR', 'ACPRA', 'ACCRA'), { nil: undefined }),
    texts: fc.array(fc.tuple(fc.constantFrom('goal', 'research'), label), { maxLength: 2 }),
    improves: fc.option(fc.nat(), { nil: undefined }),
    stages: fc.array(stageShape, { maxLength: 4 }),
    opportunities: fc.array(opportunityShape, { maxLength: 3 }),
    opportunitiesFirst: fc.boolean()
});

const personaShape = fc.record({
    label: optLabel,
    fields: fc.option(fc.tuple(fc.option(label, { nil: undefined }), fc.array(fc.tuple(fc.constantFrom('goal', 'need', 'frustration', 'quote'), label), { maxLength: 3 })), { nil: undefined })
});

const channelShape = fc.record({ label: optLabel, kind: fc.option(fc.constantFrom(...BUILTIN_CHANNELS), { nil: undefined }) });

/** The statements of a workspace without errors. */
const workspaceBlocks: fc.Arbitrary<Block[]> = fc.tuple(
    names(1, 3), fc.array(personaShape, { minLength: 3, maxLength: 3 }),
    names(0, 3), fc.array(channelShape, { minLength: 3, maxLength: 3 }),
    names(1, 3), fc.array(journeyShape, { minLength: 3, maxLength: 3 }),
    // names of stages, touchpoints, pains and opportunities: drawn per journey, long enough for the shapes
    fc.array(fc.tuple(names(16, 16), names(48, 48), names(96, 96), names(3, 3)), { minLength: 3, maxLength: 3 })
).map(([personaNames, personas, channelNames, channels, journeyNames, journeys, inner]) => {
    const blocks: Block[] = [];
    personaNames.forEach((name, i) => {
        const shape = personas[i];
        const fields = shape.fields && [
            ...(shape.fields[0] ? [['description', shape.fields[0]]] : []),
            ...shape.fields[1].map(([kind, text]) => [kind, text])
        ];
        blocks.push({ head: words('persona', name, shape.label), body: fields });
    });
    channelNames.forEach((name, i) => blocks.push({ head: words('channel', name, channels[i].label, channels[i].kind) }));
    const channelPool = [...channelNames, ...BUILTIN_CHANNELS];
    journeyNames.forEach((journeyName, j) => {
        const shape = journeys[j];
        const [stageNames, touchpointNames, painNames, opportunityNames] = inner[j];
        const followed = subset(personaNames, shape.personas).slice(0, 2);
        const body: Array<Line | Block> = [];
        if (shape.type) body.push(['type', shape.type]);
        if (shape.splitPersonas) {
            followed.forEach(persona => body.push(['persona', persona]));
        } else {
            body.push(['persona', ...followed.flatMap((persona, i) => i === 0 ? [persona] : [',', persona])]);
        }
        if (shape.model) body.push(['model', shape.model]);
        shape.texts.forEach(([kind, text]) => body.push([kind, text]));
        if (shape.improves !== undefined) body.push(['improves', pick(journeyNames, shape.improves)]);
        let touchpointIndex = 0;
        let painIndex = 0;
        const pains: string[] = [];
        const stages: Block[] = shape.stages.map((stage, s) => ({
            head: words('stage', stageNames[s], stage.label),
            body: stage.touchpoints.map(touchpoint => {
                const name = touchpointNames[touchpointIndex++];
                const lines: Line[] = [];
                if (touchpoint.channel !== undefined) lines.push(['channel', pick(channelPool, touchpoint.channel)]);
                if (touchpoint.personas !== undefined) {
                    lines.push(['persona', ...subset(followed, touchpoint.personas).flatMap((persona, i) => i === 0 ? [persona] : [',', persona])]);
                }
                touchpoint.texts.forEach(([kind, text]) => lines.push([kind, text]));
                if (touchpoint.time) lines.push(['time', touchpoint.time]);
                if (touchpoint.emotion && (touchpoint.emotion[0] !== undefined || touchpoint.emotion[1] !== undefined)) {
                    lines.push(words('emotion', touchpoint.emotion[0]?.toString(), touchpoint.emotion[1]));
                }
                touchpoint.pains.forEach(([painLabel, severity]) => {
                    const pain = painNames[painIndex++];
                    pains.push(pain);
                    lines.push(words('pain', pain, painLabel, severity && 'severity', severity));
                });
                touchpoint.metrics.forEach(([value, key]) => lines.push(['metric', key, ...value.split(' ')]));
                const uniqueLines = lines.filter((line, i) => !(line[0] === 'metric' && lines.findIndex(other => other[0] === 'metric' && other[1] === line[1]) !== i));
                return { head: words('touchpoint', name, touchpoint.label), body: touchpoint.braces || uniqueLines.length > 0 ? uniqueLines : undefined };
            })
        }));
        const opportunities: Block[] = shape.opportunities.map((opportunity, o) => {
            const lines: Line[] = [];
            if (opportunity.fixes !== undefined && pains.length > 0) {
                lines.push(['fixes', ...subset(pains, opportunity.fixes).flatMap((pain, i) => i === 0 ? [pain] : [',', pain])]);
            }
            if (opportunity.owner) lines.push(['owner', opportunity.owner]);
            if (opportunity.impact) lines.push(['impact', opportunity.impact]);
            opportunity.resources.forEach(text => lines.push(['resource', text]));
            return { head: words('opportunity', opportunityNames[o], opportunity.label), body: opportunity.braces || lines.length > 0 ? lines : undefined };
        });
        body.push(...(shape.opportunitiesFirst ? [...opportunities, ...stages] : [...stages, ...opportunities]));
        blocks.push({ head: words('journey', journeyName, shape.label), body });
    });
    return blocks;
});

function tokensOf(block: Block | Line): string[] {
    if (Array.isArray(block)) {
        return block;
    }
    return [...block.head, ...(block.body ? ['{', ...block.body.flatMap(tokensOf), '}'] : [])];
}

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n  ', '\n\n', '\t', '\r\n', ' /* c */ ', ' // note\n', '\n// own line\n', '\n/* multi\n   line */\n');

/** A workspace without errors, as one to three files (name → text). */
export const validWorkspaceArbitrary: fc.Arbitrary<Record<string, string>> = workspaceBlocks.chain(blocks => {
    const tokenCounts = blocks.map(block => tokensOf(block).length);
    return fc.tuple(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: blocks.length, maxLength: blocks.length }),
        fc.tuple(...tokenCounts.map(count => fc.array(separator, { minLength: count, maxLength: count })))
    ).map(([fileOf, separatorsPerBlock]) => {
        const files: Record<string, string> = {};
        blocks.forEach((block, b) => {
            const tokens = tokensOf(block);
            const separators = separatorsPerBlock[b] as string[];
            const text = tokens.map((token, i) => token + separators[i]).join('');
            const name = `file${fileOf[b]}.journey`;
            files[name] = (files[name] ?? '') + text + '\n';
        });
        return files;
    });
});
