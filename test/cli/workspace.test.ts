import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runShell, tempFolder } from '../helpers/cli.js';

// The workspace rule (docs/workspace.md): a named file is read with the .journey files of its folder
// and below (or of --workspace DIR); only the named files' problems are reported.

const personas = 'persona chị_Mai "Chị Mai, nhân viên văn phòng"\n\nchannel zalo "Zalo OA" chat\n';
const gift = 'journey mua_quà "Mua quà sinh nhật" {\n  persona chị_Mai\n\n  stage tìm_kiếm "Tìm kiếm" {\n    touchpoint hỏi_bạn {\n      channel zalo\n      emotion 4 // happy\n    }\n  }\n}\n';
const broken = 'journey hỏng "Hỏng" {\n  persona không_ai\n}\n';

const PRE_COMMIT = `#!/bin/sh
# Checks the .journey files of the commit.
files=$(git diff --cached --name-only --diff-filter=ACM -- '*.journey')
[ -z "$files" ] || exec $JOURNEY_MAP validate $files
`;

describe('a named file is checked in its workspace', { timeout: 30_000 }, () => {
    it('a pre-commit hook that validates the changed files passes on a valid map whose personas are declared in a sibling file', () => {
        const folder = tempFolder({ 'maps/personas.journey': personas, 'maps/drafts/unfinished.journey': broken });
        const hook = join(folder, 'pre-commit');
        writeFileSync(hook, PRE_COMMIT);
        chmodSync(hook, 0o755);
        const git = (...args: string[]) => runShell(`git -c user.name=BA -c user.email=ba@example.com -c core.hooksPath=${folder} ${args.join(' ')}`, folder);
        expect(git('init', '-q').status).toBe(0);
        expect(git('add', 'maps/personas.journey').status).toBe(0);
        expect(git('commit', '-qm', 'personas', '--no-verify').status).toBe(0);

        writeFileSync(join(folder, 'maps', 'gift.journey'), gift);
        expect(git('add', 'maps/gift.journey').status).toBe(0);
        const commit = git('commit', '-qm', 'gift');
        // git shows what a hook prints on standard error.
        expect(commit.stderr).toBe('0 errors, 0 warnings in 1 file\n');
        expect(commit.status).toBe(0);

        // A real mistake in the changed file still stops the commit; the unfinished draft beside it is not reported.
        writeFileSync(join(folder, 'maps', 'gift.journey'), gift.replace('persona chị_Mai', 'persona chi_Mai'));
        expect(git('add', 'maps/gift.journey').status).toBe(0);
        const refused = git('commit', '-qm', 'typo');
        expect(refused.stderr).toMatch(/^maps\/gift\.journey:2:11: error JM002 /);
        expect(refused.stderr).toMatch(/\n1 error, 0 warnings in 1 file\n$/);
        expect(refused.status).not.toBe(0);
    });

    it('--workspace DIR reads a file with the files of DIR (personas declared above its folder)', () => {
        const folder = tempFolder({ 'maps/personas.journey': personas, 'maps/journeys/gift.journey': gift });
        const alone = runCli(['validate', 'maps/journeys/gift.journey'], folder);
        expect(alone.stdout).toMatch(/ error JM002 /);
        expect(alone.status).toBe(1);
        const withWorkspace = runCli(['validate', 'maps/journeys/gift.journey', '--workspace', 'maps'], folder);
        expect(withWorkspace).toEqual({ status: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: '' });
        expect(runCli(['validate', 'maps/journeys/gift.journey', '--workspace', 'maps/personas.journey'], folder))
            .toEqual({ status: 2, stdout: '', stderr: "journey-map: --workspace 'maps/personas.journey' is not a folder\n" });
    });

    it('export FILE exports the journeys of FILE with the personas and channels of its workspace', () => {
        const folder = tempFolder({ 'maps/personas.journey': personas, 'maps/gift.journey': gift, 'maps/other.journey': gift.replace(/mua_quà/g, 'khác') });
        const result = runCli(['export', 'maps/gift.journey'], folder);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const model = JSON.parse(result.stdout) as { personas: Array<{ name: string }>; journeys: Array<{ name: string }> };
        expect(model.personas.map(persona => persona.name)).toEqual(['chị_Mai']);
        expect(model.journeys.map(journey => journey.name)).toEqual(['mua_quà']);
    });
});
