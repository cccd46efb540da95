import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/cli.js';
import { parsedMermaidBlocks } from '../helpers/mermaid.js';

const PERSONAS = 'persona lan "Lan Nguyen"\n';
const V1 = `journey gift "Buying a gift" {
  persona lan

  stage conversion "Conversion" {
    touchpoint checkout "Checks out" {
      channel web
      emotion 4
    }
    touchpoint pay "Pays" {
      emotion 3
    }
  }
}
`;
const V2 = V1
    .replace('emotion 4', 'emotion 2 anxious\n      pain surprise_fee "A shipping fee appears only at the last step" severity high')
    .replace('  }\n}\n', '  }\n\n  opportunity show_shipping "Show shipping early" {\n    fixes surprise_fee\n  }\n}\n');
const BROKEN = 'journey gift "Buying a gift" {\n  persona lan\n  stage conversion {\n    touchpoint checkout {\n';

/** Runs git in a folder, failing the test on an error; a fixed identity, no signing. */
function git(cwd: string, ...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
    expect(result.status, `git ${args.join(' ')}: ${result.stderr}`).toBe(0);
    return result.stdout;
}

function write(folder: string, path: string, text: string): void {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
}

describe('journey-map diff OLD NEW', () => {
    it('prints the changes between two folders, and exits 0', () => {
        const folder = tempFolder({ 'old/personas.journey': PERSONAS, 'old/gift.journey': V1, 'new/personas.journey': PERSONAS, 'new/gift.journey': V2 });
        const result = runCli(['diff', 'old', 'new'], folder);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(`Journey gift "Buying a gift"
  ~ touchpoint checkout: emotion 4 → 2 (anxious)
  + pain point surprise_fee "A shipping fee appears only at the last step" (checkout, severity high, fixed by show_shipping)
  + opportunity show_shipping "Show shipping early" fixes surprise_fee
  Average emotion 3.5 → 2.5 · pains 0 → 1 · unfixed 0

Changes: 1 journey changed.
`);
        expect(result.status).toBe(0);
    });

    it('compares two files too; the same URIs on both sides are fine', () => {
        const folder = tempFolder({ 'a/gift.journey': PERSONAS + V1, 'b/gift.journey': PERSONAS + V1 });
        const result = runCli(['diff', 'a/gift.journey', 'b/gift.journey'], folder);
        expect(result.stdout).toBe('No changes.\n');
        expect(result.status).toBe(0);
    });

    it('exits 1 on changes with --exit-code, 0 without changes', () => {
        const folder = tempFolder({ 'v1.journey': PERSONAS + V1, 'v2.journey': PERSONAS + V2, 'same.journey': PERSONAS + V1 });
        expect(runCli(['diff', 'v1.journey', 'v2.journey', '--exit-code'], folder).status).toBe(1);
        expect(runCli(['diff', '--exit-code', 'v1.journey', 'same.journey'], folder).status).toBe(0);
    });

    it('prints JSON and Markdown', async () => {
        const folder = tempFolder({ 'v1.journey': PERSONAS + V1, 'v2.journey': PERSONAS + V2 });
        const json = runCli(['diff', 'v1.journey', 'v2.journey', '--format', 'json'], folder);
        expect(JSON.parse(json.stdout)).toMatchObject({
            version: 1, old: 'v1.journey', new: 'v2.journey', changed: true,
            journeys: [{ name: 'gift', change: 'changed', totals: { unfixedPains: { before: 0, after: 0 } } }]
        });
        const markdown = runCli(['diff', 'v1.journey', 'v2.journey', '--format', 'markdown'], folder);
        expect(markdown.stdout).toContain('## Journey map changes');
        expect(markdown.stdout).toContain('- ✏️ touchpoint `checkout`: emotion 4 → 2 (anxious)');
        expect(await parsedMermaidBlocks(markdown.stdout)).toHaveLength(2);
    });

    it('reports syntax errors of either version on standard error and exits 2', () => {
        const folder = tempFolder({ 'v1.journey': PERSONAS + V1, 'broken.journey': PERSONAS + BROKEN });
        const result = runCli(['diff', 'v1.journey', 'broken.journey'], folder);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^journey-map: the new version \(broken\.journey\) has syntax errors:\nbroken\.journey:\d+:\d+: error JM001 /);
        expect(result.stderr).toContain('journey-map: nothing compared: fix the syntax errors above first');
        expect(result.status).toBe(2);
    });

    it('still compares maps with other errors (a reference to nothing)', () => {
        const folder = tempFolder({ 'v1.journey': V1, 'v2.journey': V2 });
        const result = runCli(['diff', 'v1.journey', 'v2.journey'], folder);
        expect(result.stdout).toContain('~ touchpoint checkout: emotion 4 → 2 (anxious)');
        expect(result.status).toBe(0);
    });

    it('exits 2 on a usage problem', () => {
        const folder = tempFolder({ 'v1.journey': V1 });
        const one = runCli(['diff', 'v1.journey'], folder);
        expect(one.stderr).toContain('diff needs two versions');
        expect(one.status).toBe(2);
        const format = runCli(['diff', 'v1.journey', 'v1.journey', '--format', 'html'], folder);
        expect(format.stderr).toBe("journey-map: unknown --format 'html': use text, markdown or json\n");
        expect(format.status).toBe(2);
        const missing = runCli(['diff', 'v1.journey', 'nowhere'], folder);
        expect(missing.stderr).toBe("journey-map: cannot read 'nowhere': no such file or folder\n");
        expect(missing.status).toBe(2);
    });

    it('is listed by journey-map --help', () => {
        expect(runCli(['--help']).stdout).toMatch(/\n {2}diff +show what a change to the maps means/);
    });
});

describe('journey-map diff --git', () => {
    let repo: string;

    beforeAll(() => {
        repo = tempFolder({ 'maps/personas.journey': PERSONAS, 'maps/gift.journey': V1, 'README.md': 'notes\n' });
        git(repo, 'init', '-q');
        git(repo, 'add', '.');
        git(repo, 'commit', '-q', '-m', 'first map');
        git(repo, 'tag', 'v1');
        write(repo, 'maps/gift.journey', V2);
        git(repo, 'commit', '-q', '-a', '-m', 'surprise fee');
    });

    afterAll(() => {
        rmSync(repo, { recursive: true, force: true });
    });

    it('compares two revisions: REV1..REV2 -- PATH', () => {
        const result = runCli(['diff', '--git', 'v1..HEAD', '--', 'maps'], repo);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('~ touchpoint checkout: emotion 4 → 2 (anxious)');
        expect(result.stdout).toContain('+ opportunity show_shipping "Show shipping early" fixes surprise_fee');
        expect(result.status).toBe(0);
        expect(runCli(['diff', '--git', 'HEAD~1..HEAD', '--exit-code', '--', 'maps'], repo).status).toBe(1);
    });

    it('compares a revision with the working tree, the whole folder by default, from any folder', () => {
        const clean = runCli(['diff', '--git', 'HEAD'], repo);
        expect(clean.stdout).toBe('No changes.\n');
        const old = runCli(['diff', '--git', 'v1', '--format', 'json'], join(repo, 'maps'));
        expect(JSON.parse(old.stdout)).toMatchObject({ old: 'v1', new: 'working tree', changed: true, summary: { journeys: { changed: 1 } } });
        const subfolder = runCli(['diff', '--git', 'v1', '--', '.'], join(repo, 'maps'));
        expect(subfolder.stdout).toContain('emotion 4 → 2 (anxious)');
    });

    it('sees uncommitted changes, new files and deleted files of the working tree', () => {
        const work = tempFolder({});
        git(work, 'clone', '-q', repo, '.');
        write(work, 'maps/gift.journey', V2.replace('touchpoint pay "Pays"', 'touchpoint payment "Pays"'));
        write(work, 'maps/other.journey', 'journey other "Other" {\n  persona lan\n\n  stage s {\n    touchpoint t {\n      emotion 5\n    }\n  }\n}\n');
        const changed = runCli(['diff', '--git', 'HEAD', '--', 'maps'], work);
        expect(changed.stdout).toContain('~ touchpoint payment: renamed from pay');
        expect(changed.stdout).toContain('+ Journey other "Other" (added: current-state map, 1 touchpoint, 0 pain points)');
        rmSync(join(work, 'maps'), { recursive: true });
        const deleted = runCli(['diff', '--git', 'HEAD', '--', 'maps'], work);
        expect(deleted.stdout).toContain('- Journey gift "Buying a gift" (removed)');
        expect(deleted.stdout).toContain('Changes: 1 journey removed · 1 persona removed.');
        expect(deleted.status).toBe(0);
    });

    it('prints a Markdown comment whose mermaid blocks parse', async () => {
        const result = runCli(['diff', '--git', 'v1', '--format', 'markdown', '--', 'maps'], repo);
        expect(result.stdout).toContain('`v1:maps` → `working tree`');
        expect(await parsedMermaidBlocks(result.stdout)).toHaveLength(2);
    });

    it('reports syntax errors in a revision with the revision in the path, and exits 2', () => {
        const work = tempFolder({});
        git(work, 'clone', '-q', repo, '.');
        write(work, 'maps/gift.journey', BROKEN);
        git(work, 'commit', '-q', '-a', '-m', 'broken');
        write(work, 'maps/gift.journey', V2);
        const result = runCli(['diff', '--git', 'HEAD', '--', 'maps'], work);
        expect(result.stderr).toMatch(/the old version \(HEAD:maps\) has syntax errors:\nHEAD:maps\/gift\.journey:\d+:\d+: error JM001/);
        expect(result.status).toBe(2);
    });

    it('exits 2 with a clear message for an unknown revision, a path in neither version, or outside a repository', () => {
        const unknown = runCli(['diff', '--git', 'no-such-branch', '--', 'maps'], repo);
        expect(unknown.stderr).toContain("journey-map: --git: unknown revision 'no-such-branch'");
        expect(unknown.status).toBe(2);
        const nowhere = runCli(['diff', '--git', 'HEAD', '--', 'nothing-here'], repo);
        expect(nowhere.stderr).toBe("journey-map: 'nothing-here' is in neither HEAD nor the working tree\n");
        expect(nowhere.status).toBe(2);
        const dots = runCli(['diff', '--git', 'v1...HEAD'], repo);
        expect(dots.stderr).toContain('three dots are not supported');
        expect(dots.status).toBe(2);
        const outside = tempFolder({ 'a.journey': V1 });
        const saved = process.env.GIT_CEILING_DIRECTORIES;
        process.env.GIT_CEILING_DIRECTORIES = dirname(outside);
        try {
            const result = runCli(['diff', '--git', 'HEAD', '--', '.'], outside);
            expect(result.stderr).toBe(`journey-map: --git: '${outside}' is not inside a git repository\n`);
            expect(result.status).toBe(2);
        } finally {
            if (saved === undefined) {
                delete process.env.GIT_CEILING_DIRECTORIES;
            } else {
                process.env.GIT_CEILING_DIRECTORIES = saved;
            }
        }
    });
});
