import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/chromium.js';
import { runCli, tempFolder } from '../helpers/cli.js';
import { MERMAID_PACKAGES, MermaidColumn, sizeFigures, type DrawnLabel, type MermaidPackage } from '../helpers/drawn-labels.js';
import { MAP_WORDS } from '../../language/views/map-words.js';
import { exampleFiles } from '../helpers/reference.js';

/**
 * Issue 12, item 5: the Markdown a reviewer reads on GitHub is readable at 880 px. Every ```mermaid
 * block of `journey-map render --format markdown` (every example) and `journey-map diff --format
 * markdown` (every example against a version where every emotion score changed) is drawn by the real
 * Mermaid (the project's Mermaid 12, and Mermaid 11, which GitHub may still run) in Chromium, in an
 * 880 px column: every label is drawn at ≥ 10 px on screen and 95% of them at ≥ 12 px; no label is
 * cut with "…", drawn over another or out of its shape.
 */

const COLUMN_PX = 880;
const SHOTS = 'test-results/markdown-880';

interface Block {
    /** Where it comes from: the example and the section of the document. */
    where: string;
    /** The kind of diagram, for the figures: the render document's view heading, or the diff's diagram. */
    view: string;
    text: string;
}

/** The mermaid blocks of a Markdown document, each with the heading (or the diff's bold caption) above it. */
function blocksOf(markdown: string, file: string, kind: 'render' | 'diff'): Block[] {
    const blocks: Block[] = [];
    let view = '';
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heading = /^## (.+)$/.exec(line) ?? /^<details><summary>(.+?)<\/summary>/.exec(line) ?? /^\*\*(Emotion before and after|Cảm xúc trước và sau)\*\*/.exec(line);
        if (heading) {
            view = `${kind}: ${inEnglish(heading[1].replace(/, (new version|phiên bản mới)$/, ''), kind)}`;
        }
        const fence = /^(`{3,})mermaid$/.exec(line);
        if (fence) {
            const end = lines.indexOf(fence[1], i + 1);
            blocks.push({ where: `${file} ${view}`, view, text: lines.slice(i + 1, end).join('\n') });
            i = end;
        }
    }
    return blocks;
}

/** A heading of a Vietnamese map's document (the Vietnamese examples say `language vi`) as the English one, to group the figures by view. */
function inEnglish(heading: string, kind: 'render' | 'diff'): string {
    const { en, vi } = MAP_WORDS;
    if (kind === 'diff') {
        return heading === vi.views.journey ? `${en.views.journey} view` : heading === vi.diff.markdown.emotionHeading ? en.diff.markdown.emotionHeading : heading;
    }
    const view = (Object.keys(en.views) as Array<keyof typeof en.views>).find(key => vi.views[key] === heading);
    return view ? en.views[view] : heading;
}

/** The map with every emotion score changed (n → n mod 5 + 1): a change whose emotion chart shows every touchpoint. */
function everyEmotionChanged(text: string): string {
    return text.replace(/^(\s*emotion )([1-5])\b/gm, (_, head: string, score: string) => `${head}${(Number(score) % 5) + 1}`);
}

function documents(): Block[] {
    const examples = Object.entries(exampleFiles());
    const blocks: Block[] = [];
    for (const [file] of examples.filter(([, text]) => /^journey /m.test(text))) {
        const rendered = runCli(['render', join('examples', file), '--format', 'markdown']);
        expect(rendered.status, rendered.stderr).toBe(0);
        blocks.push(...blocksOf(rendered.stdout, file, 'render'));
    }
    // One pull request per map (as a team changes one map at a time): every emotion of that map changed.
    const before = tempFolder(Object.fromEntries(examples));
    for (const [file, text] of examples.filter(([, source]) => /^journey /m.test(source))) {
        const after = tempFolder(Object.fromEntries(examples.map(([name, source]) => [name, name === file ? everyEmotionChanged(text) : source])));
        const diff = runCli(['diff', before, after, '--format', 'markdown']);
        expect(diff.status, diff.stderr).toBe(0);
        for (const section of diff.stdout.split(/^(?=### )/m).slice(1)) {
            blocks.push(...blocksOf(section, section.split('\n')[0].replace(/^### /, ''), 'diff'));
        }
    }
    return blocks;
}

/**
 * The texts an xychart must show whole: its title and its categories (Mermaid silently leaves out a
 * title, or every category label, it finds no room for), with the views' entity codes decoded.
 */
function shownTexts(diagram: string): string[] {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
    const decode = (text: string) => text.replace(/#(\d+|[a-z]+);/g, (entity, code: string) =>
        (/^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : named[code] ?? entity));
    const title = /^ {2}title "(.*)"$/m.exec(diagram);
    const axis = /^ {2}x-axis "[^"]*" \[(.*)\]$/m.exec(diagram);
    if (!/^xychart/m.test(diagram) || !title || !axis) {
        return [];
    }
    return [title[1], ...[...axis[1].matchAll(/"([^"]*)"/g)].map(match => match[1])].map(decode);
}

/** The diagrams of the documents, by the heading they are under. */
const VIEWS = ['render: Journey map', 'render: Journey', 'render: Emotion curve', 'render: Day in the life',
    'render: Before and after', 'diff: Journey view', 'diff: Emotion before and after'] as const;

/**
 * Views still illegible at 880 px, even drawn in parts of three touchpoints (one for compare): Mermaid's
 * `journey` diagram is wider than its tasks (its legend of persona labels is counted twice in its
 * width), so a map whose persona label is long draws its 14 px tasks at 8–10 px. Their layout is
 * being changed (issue 12); each is expected to fail here until it passes, then leaves this list.
 */
const KNOWN_ILLEGIBLE: ReadonlySet<string> = new Set([]);

interface Measured {
    labels: DrawnLabel[];
    problems: string[];
}

/** Draws every block with one Mermaid package and lists, per view, its labels and what is wrong with them. */
async function measure(pkg: MermaidPackage, blocks: readonly Block[]): Promise<{ version: string; views: Map<string, Measured> }> {
    const column = await MermaidColumn.open(pkg, COLUMN_PX);
    mkdirSync(SHOTS, { recursive: true });
    const views = new Map<string, Measured>();
    try {
        for (const [i, block] of blocks.entries()) {
            const measured = views.get(block.view) ?? { labels: [], problems: [] };
            views.set(block.view, measured);
            const problems = measured.problems;
            const drawn = await column.draw(block.text);
            if (drawn.error) {
                problems.push(`${block.where}: Mermaid ${column.version} cannot draw it: ${drawn.error}`);
                continue;
            }
            measured.labels.push(...drawn.labels);
            const { min, p5 } = sizeFigures(drawn.labels);
            if (min < 10 || p5 < 12) {
                const small = drawn.labels.filter(label => label.px < 12).slice(0, 3).map(label => label.text);
                problems.push(`${block.where}: labels drawn at ${min} px (5th percentile ${p5} px), e.g. ${JSON.stringify(small)}`);
            }
            problems.push(...shownTexts(block.text).filter(text => !drawn.allText.includes(text)).map(text => `${block.where}: ${JSON.stringify(text)} is not drawn`));
            problems.push(...drawn.cut.map(text => `${block.where}: label cut: ${JSON.stringify(text)}`));
            problems.push(...drawn.overlaps.slice(0, 5).map(([a, b]) => `${block.where}: ${JSON.stringify(a)} drawn over ${JSON.stringify(b)}`));
            problems.push(...drawn.spills.slice(0, 5).map(text => `${block.where}: ${JSON.stringify(text)} leaves its shape`));
            if (problems.length > 0 && problems.at(-1)!.startsWith(block.where)) {
                await column.screenshot(join(SHOTS, `${pkg}-${i}.png`));
            }
        }
    } finally {
        await column.close();
    }
    writeFileSync(join(SHOTS, `problems-${pkg}.txt`), [...views.values()].flatMap(view => view.problems).join('\n') + '\n');
    return { version: column.version, views };
}

const figures: string[] = [];

describe.runIf(chromiumAvailable())(`the Markdown of render and diff, drawn by Mermaid at ${COLUMN_PX} px`, () => {
    const blocks = documents();

    afterAll(() => {
        console.log(`Label sizes drawn at ${COLUMN_PX} px (px on screen; screenshots of problems in ${SHOTS}):\n${figures.join('\n')}`);
    });

    it('has blocks to draw: every view of every example, and the diff\'s journey views and emotion charts', () => {
        expect(new Set(blocks.map(block => block.view))).toEqual(new Set(VIEWS));
    });

    it('the emotion view at its natural size (the preview draws it at scale 1): every label at ≥ 12 px, whole and apart', async () => {
        const column = await MermaidColumn.open('mermaid', 4000);
        const problems: string[] = [];
        const labels: DrawnLabel[] = [];
        try {
            for (const [file, text] of Object.entries(exampleFiles()).filter(([, source]) => /^journey /m.test(source))) {
                const rendered = runCli(['render', join('examples', file), '--view', 'emotion']);
                expect(rendered.status, rendered.stderr).toBe(0);
                const diagram = rendered.stdout.split('\n').filter(line => !line.startsWith('%% journey ')).join('\n');
                const drawn = await column.draw(diagram);
                labels.push(...drawn.labels);
                expect(drawn.error, file).toBeUndefined();
                expect(text.length).toBeGreaterThan(0);
                problems.push(...drawn.labels.filter(label => label.px < 12).map(label => `${file}: ${JSON.stringify(label.text)} at ${label.px} px`));
                problems.push(...shownTexts(diagram).filter(shown => !drawn.allText.includes(shown)).map(shown => `${file}: ${JSON.stringify(shown)} is not drawn`));
                problems.push(...[...drawn.cut, ...drawn.spills].map(label => `${file}: ${JSON.stringify(label)} cut or out of its shape`));
                problems.push(...drawn.overlaps.map(([a, b]) => `${file}: ${JSON.stringify(a)} drawn over ${JSON.stringify(b)}`));
            }
        } finally {
            await column.close();
        }
        const { count, min, p5 } = sizeFigures(labels);
        figures.push(`Mermaid ${column.version} | emotion view at natural size (preview) | ${count} labels | min ${min} | p5 ${p5}`);
        expect(problems).toEqual([]);
    }, 120_000);

    describe.each(MERMAID_PACKAGES)('drawn by %s (Mermaid 12, and 11 as GitHub may run)', pkg => {
        let measured: Awaited<ReturnType<typeof measure>>;

        beforeAll(async () => {
            measured = await measure(pkg, blocks);
            for (const view of VIEWS) {
                const { count, min, p5 } = sizeFigures(measured.views.get(view)?.labels ?? []);
                figures.push(`Mermaid ${measured.version} | ${view} | ${count} labels | min ${min} | p5 ${p5}${KNOWN_ILLEGIBLE.has(view) ? ' | known illegible' : ''}`);
            }
        }, 600_000);

        for (const view of VIEWS) {
            const test = KNOWN_ILLEGIBLE.has(view) ? it.fails : it;
            test(`${view}: every label at ≥ 10 px (95% at ≥ 12), drawn whole, apart and inside its shape${KNOWN_ILLEGIBLE.has(view) ? ' (known to fail)' : ''}`, () => {
                expect(measured.views.get(view)?.problems).toEqual([]);
            });
        }
    });
});
