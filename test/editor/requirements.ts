// Whether the editor tests can run on this machine, and whether they must.
import * as fs from 'node:fs';
import { CHROMIUM, isCodeServerInstalled } from '../../scripts/install-code-server.mjs';

/** Why the editor tests cannot run here, or undefined when they can (without Chromium, for checks that need only code-server). */
export function editorTestsBlockedBy({ needChromium = true } = {}): string | undefined {
    if (process.env.EDITOR_TESTS === 'skip') {
        return 'EDITOR_TESTS=skip is set.';
    }
    if (needChromium && !fs.existsSync(CHROMIUM)) {
        return `Chromium is missing (${CHROMIUM}). Install it with: sudo apt-get install -y chromium libkrb5-dev ripgrep fonts-noto-mono fonts-noto-color-emoji fonts-noto-cjk`;
    }
    if (!isCodeServerInstalled()) {
        return 'code-server is not installed in .editor-test/. Install it with: npm run editor:install (about 2 minutes, once)';
    }
    return undefined;
}

/**
 * True when a missing requirement must fail the run instead of skipping the editor tests:
 * under `npm run test:editor`, or with EDITOR_TESTS=required (for CI).
 */
export function editorTestsRequired(): boolean {
    return process.env.EDITOR_TESTS === 'required' || process.env.npm_lifecycle_event === 'test:editor';
}

/** The message printed when the editor tests are skipped: loud, so nobody takes a skip for a pass. */
export function skipBanner(reason: string): string {
    const lines = [
        'EDITOR TESTS SKIPPED: the extension was NOT tested in a real VS Code.',
        reason,
        'See docs/testing.md. Set EDITOR_TESTS=required to make this an error.'
    ];
    const width = Math.max(...lines.map(line => line.length));
    const rule = '!'.repeat(width + 4);
    return ['', rule, ...lines.map(line => `! ${line.padEnd(width)} !`), rule, ''].join('\n');
}
