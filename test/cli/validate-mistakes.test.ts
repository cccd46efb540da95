import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../helpers/cli.js';

/** The Vietnamese fixture workspace (test/fixtures/vi-workspace) with one file changed, as a folder. */
function workspaceWith(file: string, change: (text: string) => string): string {
    const fixture = 'test/fixtures/vi-workspace';
    const files = Object.fromEntries(readdirSync(fixture).map(name => [name, readFileSync(join(fixture, name), 'utf8')]));
    return tempFolder({ ...files, [file]: change(files[file]) });
}

describe('journey-map validate: one mistake, one line (issue 16)', () => {
    it('a misspelt keyword: one error that names the keyword meant (14 problems in two files before)', () => {
        const folder = workspaceWith('mo-so-tiet-kiem.journey', text => text.replace('touchpoint đọc_biểu_phí', 'touchpiont đọc_biểu_phí'));
        const result = runCli(['validate', '.'], folder);
        expect(result.stdout).toBe('mo-so-tiet-kiem.journey:24:5: error JM001 `touchpiont` is not a keyword: did you mean `touchpoint`?\n1 error, 0 warnings in 3 files\n');
        expect(result.status).toBe(1);
    });

    it('a persona without its accents: the name meant leads the message', () => {
        const folder = workspaceWith('mo-so-tiet-kiem.journey', text => text.replace('  persona chị_Mai', '  persona chi_Mai'));
        expect(runCli(['validate', '.'], folder).stdout).toBe('mo-so-tiet-kiem.journey:5:11: error JM002 No persona named `chi_Mai` in the workspace. Did you mean `chị_Mai`?\n1 error, 0 warnings in 3 files\n');
    });

    it('a frontstage in a current map: a warning, exit 0', () => {
        const folder = workspaceWith('mo-so-tiet-kiem.journey', text => text.replace('      emotion 1 angry', '      frontstage "Giao dịch viên"\n      emotion 1 angry'));
        const result = runCli(['validate', '.'], folder);
        expect(result.stdout).toMatch(/^mo-so-tiet-kiem\.journey:44:7: warning JM017 `frontstage` is drawn only on a service blueprint \(`type blueprint`\)/);
        expect(result.stdout.split('\n').at(-2)).toBe('0 errors, 1 warning in 3 files');
        expect(result.status).toBe(0);
    });
});
