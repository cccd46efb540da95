// The CLI as an npm package, used as docs/ci.md says: `npm pack` on a checkout without dist/ (as a git
// install gets it: `prepare` builds), installed into another project with --omit=dev (no dependencies
// needed), and the recipe's workflow commands, read from docs/ci.md, run in a throwaway git repository
// holding only maps: install, --version, validate, format --check, the diff comment's Markdown.
// Then the same package on the machine's Node 20: one line saying it needs Node 22, exit 2.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NODE22_BIN = path.join(ROOT, 'node_modules', 'node', 'bin');
const SYSTEM_NODE = '/usr/bin/node';

interface Step { name: string; run: string }

// The machine's Node (Debian's, which runs npm here) is 20: the package must say it needs 22.
const systemNode = fs.existsSync(SYSTEM_NODE) ? execFileSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8' }).trim() : undefined;
const systemNodeIsOld = systemNode !== undefined && Number(systemNode.slice(1).split('.')[0]) < 22;
if (!systemNodeIsOld) console.warn(`SKIPPED: the check on an old Node, since ${SYSTEM_NODE} is ${systemNode ?? 'missing'}, not older than 22.`);

/** The workflow of docs/ci.md: its `env:` values and the shell commands of its `run:` steps, in order. */
function recipe(): { env: Record<string, string>; steps: Step[] } {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    if (!yaml) throw new Error('docs/ci.md has no yaml block');
    const lines = yaml.split('\n');
    const env: Record<string, string> = {};
    const steps: Step[] = [];
    let name = '';
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === 'env:') {
            for (i++; i < lines.length && /^ {2}\S/.test(lines[i]); i++) {
                const [, key, value] = /^ {2}(\w+):\s*(\S+)/.exec(lines[i])!;
                env[key] = value;
            }
            i--;
            continue;
        }
        const named = /^\s*- name: (.*)$/.exec(line);
        if (named) name = named[1];
        const run = /^(\s*)run: (.*)$/.exec(line);
        if (!run) continue;
        if (run[2] !== '|') {
            steps.push({ name, run: run[2] });
            continue;
        }
        const body: string[] = [];
        for (i++; i < lines.length && (lines[i].length - lines[i].trimStart().length > run[1].length); i++) body.push(lines[i].trim());
        i--;
        steps.push({ name, run: body.join('\n') });
    }
    return { env, steps };
}

/** The pull request: the TikTok ad delights Chị Lan more than the base branch says. */
const AD_EMOTION = 'emotion 4 curious';
const CHANGED_AD_EMOTION = 'emotion 5 excited';

function git(cwd: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, stdio: 'pipe' });
}

describe('the journey-map npm package and docs/ci.md', () => {
    let work: string;
    let tarball: string;

    beforeAll(() => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-package-'));
        // A checkout as git gives it (tracked and new files, no dist/), with this repository's packages.
        const checkout = path.join(work, 'checkout');
        const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
        for (const file of files) {
            if (!fs.existsSync(path.join(ROOT, file))) continue;
            fs.mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
            fs.copyFileSync(path.join(ROOT, file), path.join(checkout, file));
        }
        fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
        expect(fs.existsSync(path.join(checkout, 'dist'))).toBe(false);
        execFileSync('npm', ['pack', '--pack-destination', work], { cwd: checkout, stdio: 'pipe', env: { ...process.env, PATH: `${NODE22_BIN}${path.delimiter}${process.env.PATH}` } });
        tarball = path.join(work, `journey-maps-as-code-${version}.tgz`);
    });

    afterAll(() => {
        if (work) fs.rmSync(work, { recursive: true, force: true });
    });

    it('npm pack makes a tarball with the built command, installable with --omit=dev, giving `npx journey-map`', () => {
        const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
        expect(listing).toContain('package/dist/cli.js');
        expect(listing).toContain('package/package.json');

        const project = path.join(work, 'project');
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "maps", "private": true }\n');
        const env = { ...process.env, PATH: `${NODE22_BIN}${path.delimiter}${process.env.PATH}` };
        execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball], { cwd: project, env, stdio: 'pipe' });
        // Everything the command needs is bundled: nothing but the package itself is installed.
        expect(fs.readdirSync(path.join(project, 'node_modules')).filter(entry => !entry.startsWith('.'))).toEqual(['journey-maps-as-code']);
        expect(execFileSync('npx', ['--no-install', 'journey-map', '--version'], { cwd: project, env, encoding: 'utf8' })).toBe(`journey-map ${version}\n`);
    });

    describe('the workflow of docs/ci.md in a repository holding only maps', () => {
        let repo: string;
        const { env: workflowEnv, steps } = recipe();
        const runnerTemp = () => path.join(work, 'runner-temp');
        // As GitHub Actions does: a step adds folders to the PATH of the next steps by writing them to $GITHUB_PATH.
        const githubPath = () => path.join(work, 'github-path');
        const addedPath = () => fs.existsSync(githubPath()) ? fs.readFileSync(githubPath(), 'utf8').split('\n').filter(Boolean).reverse() : [];
        const stepEnv = (nodeBin: string) => ({
            ...process.env,
            ...workflowEnv,
            JOURNEY_MAP: tarball,
            GITHUB_BASE_REF: 'main',
            GITHUB_PATH: githubPath(),
            RUNNER_TEMP: runnerTemp(),
            // actions/setup-node puts its Node first on the PATH.
            PATH: [...addedPath(), nodeBin, '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter)
        });
        const runStep = (step: Step, nodeBin: string) => spawnSync('bash', ['-eo', 'pipefail', '-c', step.run], { cwd: repo, env: stepEnv(nodeBin), encoding: 'utf8' });

        beforeAll(() => {
            // The pull request's merge commit, checked out with the base branch fetched (fetch-depth: 0).
            const origin = path.join(work, 'origin');
            fs.cpSync(path.join(ROOT, 'examples'), path.join(origin, 'journeys'), { recursive: true });
            git(origin, 'init', '-q', '-b', 'main');
            git(origin, 'add', '.');
            git(origin, 'commit', '-q', '-m', 'maps');
            repo = path.join(work, 'repo');
            git(work, 'clone', '-q', origin, repo);
            git(repo, 'checkout', '-q', '-b', 'pull-request');
            const file = path.join(repo, 'journeys', 'gift-purchase.journey');
            const text = fs.readFileSync(file, 'utf8');
            expect(text).toContain(AD_EMOTION);
            fs.writeFileSync(file, text.replace(AD_EMOTION, CHANGED_AD_EMOTION));
            git(repo, 'commit', '-q', '-am', 'the search is harder than we thought');
            fs.mkdirSync(runnerTemp());
        });

        it('installs the package, validates, checks the layout and writes the diff comment on Node 22', () => {
            expect(steps.map(step => step.name)).toEqual(['Install journey-map', 'Validate the maps', 'Check the layout', 'Describe the change']);
            const results = steps.map(step => ({ step: step.name, ...runStep(step, NODE22_BIN) }));
            for (const result of results) expect(result.status, `${result.step}:\n${result.stdout}\n${result.stderr}`).toBe(0);
            expect(results[0].stdout).toContain(`journey-map ${version}`);
            expect(results[1].stdout).toMatch(/\b0 errors, 0 warnings in \d+ files/);

            const comment = fs.readFileSync(path.join(runnerTemp(), 'journey-diff.md'), 'utf8');
            expect(comment.startsWith('<!-- journey-map diff -->')).toBe(true);
            // The map says `language vi`: the comment is in Vietnamese and names the touchpoint by its label.
            expect(comment).toContain('điểm chạm “Thấy video mở hộp quà trên TikTok”: cảm xúc 4 (tò mò) → 5 (hào hứng)');
            expect(comment).toContain('```mermaid');
            expect(fs.readdirSync(repo).sort()).toEqual(['.git', 'journeys']);
        });

        it('fails the layout check on a map not in the canonical layout', () => {
            const file = path.join(repo, 'journeys', 'gift-purchase.journey');
            const canonical = fs.readFileSync(file, 'utf8');
            fs.writeFileSync(file, canonical.replace(CHANGED_AD_EMOTION, 'emotion   5    excited'));
            try {
                const result = runStep(steps.find(step => step.name === 'Check the layout')!, NODE22_BIN);
                expect(result.status).toBe(1);
                expect(result.stdout + result.stderr).toContain('gift-purchase.journey');
            } finally {
                fs.writeFileSync(file, canonical);
            }
        });

        it.runIf(systemNodeIsOld)('says in one line that it needs Node 22 when run on the machine\'s Node 20 (exit 2)', () => {
            for (const step of steps.slice(1)) {
                const result = runStep(step, path.dirname(SYSTEM_NODE));
                expect(result.status, step.name).toBe(2);
                expect(result.stderr).toBe(`journey-map needs Node.js 22 or newer; this is ${systemNode}\n`);
                expect(result.stdout).toBe('');
            }
        });
    });
});
