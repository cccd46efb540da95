import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the tests that need Debian's Chromium can run. Without it they are skipped with a loud
 * banner (a fresh machine has no Chromium), unless BROWSER_TESTS=required (CI), where that fails.
 */
export function chromiumAvailable(): boolean {
    if (existsSync(CHROMIUM)) {
        return true;
    }
    const message = `Chromium is missing (${CHROMIUM}): install it with sudo apt-get install -y chromium fonts-noto-color-emoji fonts-noto-cjk`;
    if (process.env.BROWSER_TESTS === 'required') {
        throw new Error(`BROWSER_TESTS=required: ${message}`);
    }
    const banner = `BROWSER TESTS SKIPPED: the preview page was NOT tested in Chromium. ${message}`;
    console.warn(`\n${'!'.repeat(banner.length + 4)}\n! ${banner} !\n${'!'.repeat(banner.length + 4)}\n`);
    return false;
}
