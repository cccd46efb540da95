import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/cli.js';
import { parseMermaid, parsedMermaidBlocks } from '../helpers/mermaid.js';

/** These tests run dist/cli.js: `npm test` builds it first (`pretest`). */

const personas = 'persona lan "Lan Nguyen"\npersona minh "Minh"\n';
const gift = `journey gift "Buying a gift | online" {
  persona lan

  stage browse "Browse" {
    touchpoint ad "Sees an ad" {
      emotion 4
    }
  }

  stage buy "Buy" {
    touchpoint checkout "Checks out" {
      emotion 1
      pain fee "Surprise fee | at the end" severity high
    }
  }

  opportunity show_fee "Show the fee early" {
    fixes fee
  }
}

journey second "Second map" {
  persona minh

  stage s {
    touchpoint t {
      emotion 3
    }
  }
}
`;
const day = `journey day "A day" {
  type day-in-the-life
  persona lan

  stage morning "Morning" {
    touchpoint wake "Wakes up" {
      time "06:30"
      emotion 3
    }
  }
}
`;

function workspace(): string {
    return tempFolder({ 'people/personas.journey': personas, 'maps/gift.journey': gift, 'maps/day.journey': day });
}

describe('journey-map render', () => {
    it('prints one view of one journey as Mermaid, with personas declared in another file of the folder tree', async () => {
        const folder = workspace();
        const result = runCli(['render', 'maps/gift.journey', '--journey', 'gift', '--view', 'journey', '--workspace', '.'], folder);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^%%\{init: .*\}%%\njourney\n {2}title Buying a gift \| online\n/);
        expect(result.stdout).toContain('    Sees an ad: 4\n');
        await parseMermaid(result.stdout);
    });

    it('reads FILE\'s own folder and below as the workspace by default', () => {
        const folder = tempFolder({ 'maps/personas.journey': personas, 'maps/gift.journey': gift });
        const result = runCli(['render', 'maps/gift.journey', '--journey', 'gift', '--view', 'emotion'], folder);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('line "Lan Nguyen" [4, 1]');
    });

    it('with no --journey and no --view: every journey of FILE, the views that fit, each after a comment line', async () => {
        const folder = workspace();
        const result = runCli(['render', 'maps/gift.journey', '--workspace', '.'], folder);
        expect(result.status).toBe(0);
        const headers = result.stdout.split('\n').filter(line => line.startsWith('%% journey'));
        expect(headers).toEqual([
            '%% journey gift, view map', '%% journey gift, view journey', '%% journey gift, view emotion',
            '%% journey second, view map', '%% journey second, view journey', '%% journey second, view emotion'
        ]);
        for (const diagram of result.stdout.split(/\n(?=%% journey )/)) {
            await parseMermaid(diagram);
        }
    });

    it('prints a Markdown document with --format markdown, and writes to a file with -o', async () => {
        const folder = workspace();
        const result = runCli(['render', 'maps/gift.journey', '--workspace', '.', '--journey', 'gift', '--format', 'markdown', '-o', 'out.md'], folder);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const markdown = readFileSync(join(folder, 'out.md'), 'utf8');
        expect(markdown.split('\n').filter(line => line.startsWith('#'))).toEqual([
            '# Buying a gift \\| online', '## Journey map', '## Journey', '## Emotion curve', '## Pain points and opportunities'
        ]);
        expect(markdown).toContain('| Buy | Checks out | Surprise fee \\| at the end | high | Show the fee early |');
        expect(await parsedMermaidBlocks(markdown)).toHaveLength(3);
    });

    it('renders the day view of a day-in-the-life map', () => {
        const folder = workspace();
        const result = runCli(['render', 'maps/day.journey', '--workspace', '.', '--view', 'day'], folder);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('timeline\n');
        expect(result.stdout).toContain('    06#58;30: Wakes up\n');
    });

    it('refuses a view that does not fit the journey: exit 2 with a clear message', () => {
        const folder = workspace();
        const day = runCli(['render', 'maps/gift.journey', '--workspace', '.', '--journey', 'gift', '--view', 'day'], folder);
        expect(day.status).toBe(2);
        expect(day.stdout).toBe('');
        expect(day.stderr).toBe("journey-map: the day view is for day-in-the-life maps (`type day-in-the-life`); 'gift' is a current-state map (views for it: map, journey, emotion)\n");
        const compare = runCli(['render', 'maps/gift.journey', '--workspace', '.', '--view', 'compare'], folder);
        expect(compare.status).toBe(2);
        expect(compare.stderr).toContain('the compare view is for future maps that improve a current map');
        const unknown = runCli(['render', 'maps/gift.journey', '--view', 'sankey'], folder);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toBe('journey-map: unknown --view \'sankey\': use one of map, journey, emotion, day, compare\n');
    });

    it('says why a view does not fit in the reader\'s language, and its help lists the views there are', () => {
        const folder = workspace();
        const day = runCli(['--lang', 'vi', 'render', 'maps/gift.journey', '--workspace', '.', '--journey', 'gift', '--view', 'day'], folder);
        expect(day.status).toBe(2);
        expect(day.stderr).toBe("journey-map: chế độ xem một ngày dành cho bản đồ một ngày của khách hàng (`type day-in-the-life`); 'gift' là một bản đồ hiện trạng (các chế độ xem phù hợp: map, journey, emotion)\n");
        for (const lang of ['en', 'vi']) {
            const help = runCli(['--lang', lang, 'render', '--help'], folder).stdout;
            const listed = help.match(/--view VIEW\s+\S+ [^:]*: ([a-z, ]+)/)?.[1].split(/,\s*/);
            expect(listed, help).toEqual(['map', 'journey', 'emotion', 'day', 'compare']);
        }
    });

    it('refuses an unknown journey, listing the journeys of the file: exit 2', () => {
        const folder = workspace();
        const result = runCli(['render', 'maps/gift.journey', '--workspace', '.', '--journey', 'gfit'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe("journey-map: no journey named 'gfit' in maps/gift.journey. Journeys of maps/gift.journey: gift, second\n");
        const elsewhere = runCli(['render', 'maps/gift.journey', '--workspace', '.', '--journey', 'day'], folder);
        expect(elsewhere.stderr).toContain(`it is declared in ${join('maps', 'day.journey')}`);
    });

    it('renders nothing and exits 1 with the diagnostics when FILE or a file it uses has an error', () => {
        const broken = gift.replace('emotion 4', 'emotion 9');
        const folder = tempFolder({ 'personas.journey': personas, 'gift.journey': broken });
        const result = runCli(['render', 'gift.journey'], folder);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^gift\.journey:6:15: error JM004 /);
        expect(result.stderr).toContain('1 error, 0 warnings in 2 files\njourney-map: nothing rendered: fix the errors above first\n');

        const badPersonas = tempFolder({ 'personas.journey': 'persona lan "Lan"\npersona lan "Lan again"\npersona minh "Minh"\n', 'gift.journey': gift });
        const dependency = runCli(['render', 'gift.journey'], badPersonas);
        expect(dependency.status).toBe(1);
        expect(dependency.stderr).toContain('personas.journey:1:9: error JM003');
    });

    it('ignores errors in files FILE does not use', () => {
        const folder = tempFolder({ 'personas.journey': personas, 'gift.journey': gift, 'other.journey': 'journey other {\n  persona nobody\n}\n' });
        const result = runCli(['render', 'gift.journey', '--journey', 'gift', '--view', 'journey'], folder);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
    });

    it('reports usage problems with exit 2', () => {
        const folder = workspace();
        expect(runCli(['render'], folder).status).toBe(2);
        expect(runCli(['render', 'maps'], folder).stderr).toContain("'maps' is a folder");
        expect(runCli(['render', 'missing.journey'], folder).stderr).toBe("journey-map: cannot read 'missing.journey': no such file or folder\n");
        expect(runCli(['render', 'maps/gift.journey', '--format', 'svg'], folder).stderr).toBe("journey-map: unknown --format 'svg': use mermaid or markdown\n");
        expect(runCli(['render', 'maps/gift.journey', '--workspace', '.', '-o', 'no/such/folder/out.mmd'], folder).status).toBe(2);
    });

    it('prints its help', () => {
        const result = runCli(['render', '--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Usage: journey-map render FILE [--journey NAME] [--view VIEW] [--format mermaid|markdown]');
        expect(runCli(['--help']).stdout).toMatch(/ {2}render +draw the journeys of a file/);
    });

    it('warns when a diagram is longer than Mermaid\'s default maxTextSize, and still prints it', () => {
        const touchpoints = Array.from({ length: 900 }, (_, i) => `    touchpoint t${i} "A long touchpoint label number ${i} for a big map" {\n      emotion 3\n    }\n`).join('');
        const folder = tempFolder({ 'big.journey': `${personas}\njourney big {\n  persona lan\n\n  stage s {\n${touchpoints}  }\n}\n` });
        const result = runCli(['render', 'big.journey', '--view', 'journey'], folder);
        expect(result.status).toBe(0);
        expect(result.stdout.length).toBeGreaterThan(50_000);
        expect(result.stderr).toMatch(/^journey-map: the journey view of 'big' is \d+ characters, more than Mermaid's default maxTextSize \(50000\): a renderer must be initialised with maxTextSize of at least \d+ to draw it/);
    });
});
