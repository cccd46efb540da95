// Drives the VS Code workbench that code-server serves, in Debian's Chromium through playwright-core
// (never `npx playwright install`: it downloads a browser, which fails here and is not needed).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM } from '../../scripts/install-code-server.mjs';
import type { CodeServer } from './code-server.js';

/** Chromium's flags: no sandbox (root in a container), no GPU, nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--password-store=basic',
    '--disable-features=Translate,MediaRouter,OptimizationHints'
];

export interface Workbench {
    readonly browser: Browser;
    readonly context: BrowserContext;
    readonly page: Page;
    /** The page's console messages and errors, for failure reports. */
    readonly console: string[];
    close(): Promise<void>;
}

export interface LaunchOptions {
    /** HOME, XDG_* and TMPDIR for Chromium: pass server.env so it writes nothing into the real home. */
    env?: NodeJS.ProcessEnv;
    viewport?: { width: number; height: number };
    /** Default true; false needs DISPLAY. */
    headless?: boolean;
}

export function chromiumAvailable(): boolean {
    return fs.existsSync(CHROMIUM);
}

/** Launches Chromium with one page; the page's console is recorded. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Workbench> {
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: options.headless ?? true,
        args: CHROMIUM_ARGS,
        env: { ...process.env, ...options.env },
        timeout: 30_000
    });
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', message => messages.push(`[console.${message.type()}] ${message.text()}`));
    page.on('pageerror', error => messages.push(`[pageerror] ${error.message}`));
    return {
        browser,
        context,
        page,
        console: messages,
        close: async () => {
            await context.close().catch(() => undefined);
            await browser.close().catch(() => undefined);
        }
    };
}

/** Goes to a workbench URL and waits for the workbench DOM (3–4 s after goto here). */
export async function openWorkbench(page: Page, url: string, timeout = 60_000): Promise<void> {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout });
}

/** Waits until the explorer shows the opened folder's files (the workbench is usable then). */
export async function waitForExplorer(page: Page, fileName: string, timeout = 60_000): Promise<void> {
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"], .explorer-folders-view .monaco-list-row:has-text("${fileName}")`)
        .first().waitFor({ state: 'visible', timeout });
}

const quickInput = (page: Page) => page.locator('.quick-input-widget .quick-input-box input');

/** Runs a command by its title through F1, e.g. runCommand(page, 'Journey: Open Preview to the Side'). */
export async function runCommand(page: Page, title: string, timeout = 20_000): Promise<void> {
    await page.keyboard.press('F1');
    const input = quickInput(page);
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout });
}

/**
 * Runs a command once its extension has registered it: right after a workbench opens, the command
 * palette may not list an extension's commands yet, so the palette is reopened until it does.
 */
export async function runCommandWhenAvailable(page: Page, title: string, timeout = 60_000): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
        try {
            await runCommand(page, title, 5_000);
            return;
        } catch (error) {
            await page.keyboard.press('Escape');
            if (Date.now() > deadline) throw error;
            await page.waitForTimeout(1_000);
        }
    }
}

/** Opens a workspace file through quick open (Ctrl+P) and waits for its editor tab to be active. */
export async function quickOpen(page: Page, fileName: string, timeout = 30_000): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = quickInput(page);
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(fileName);
    // The first match is picked by Enter; wait until the list holds it (files are indexed by ripgrep).
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ state: 'visible', timeout });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout });
    await activeTab(page, fileName).waitFor({ state: 'visible', timeout });
}

/** The active editor tab whose label is fileName. */
export function activeTab(page: Page, fileName: string) {
    return page.locator('.tabs-container .tab.active', { hasText: fileName }).first();
}

/**
 * The centre of the first occurrence of text inside element, in page coordinates, or undefined.
 * Editor lines are split into token spans, and the split changes (TextMate first, semantic tokens later),
 * so the text is searched across the line's text nodes.
 */
export async function centreOfText(element: Locator, text: string): Promise<{ x: number; y: number } | undefined> {
    return element.evaluate((root, wanted) => {
        // Monaco writes spaces as no-break spaces.
        const normalise = (value: string) => value.replace(/\u00a0/g, ' ');
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const whole = normalise(nodes.map(node => node.data).join(''));
        const start = whole.indexOf(wanted);
        if (start === -1) return undefined;
        const locate = (offset: number) => {
            for (const node of nodes) {
                if (offset <= node.data.length) return { node, offset };
                offset -= node.data.length;
            }
            return undefined;
        };
        const from = locate(start);
        const to = locate(start + wanted.length);
        if (!from || !to) return undefined;
        const range = document.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, text);
}

/** Moves the mouse onto text inside element (e.g. a word in an editor line) and returns where. */
export async function hoverOnText(page: Page, element: Locator, text: string): Promise<{ x: number; y: number }> {
    const centre = await centreOfText(element, text);
    if (!centre) throw new Error(`"${text}" is not in the element`);
    await page.mouse.move(centre.x, centre.y, { steps: 2 });
    return centre;
}

/**
 * The DOM of a webview panel: code-server puts each webview in an outer iframe (iframe.webview) holding
 * the extension's page in an inner iframe (#active-frame) whose title is the panel's title.
 */
export async function webviewFrame(page: Page, title: string | RegExp, timeout = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeout;
    const matches = (value: string | null) => value !== null && (typeof title === 'string' ? value === title : title.test(value));
    for (;;) {
        for (const outer of page.frames()) {
            const element = await outer.frameElement().catch(() => null);
            if (!element || !(await element.evaluate(e => (e as Element).classList.contains('webview')).catch(() => false))) continue;
            for (const inner of outer.childFrames()) {
                const innerElement = await inner.frameElement().catch(() => null);
                if (!innerElement) continue;
                const [id, frameTitle] = await innerElement.evaluate(e => [(e as Element).id, (e as Element).getAttribute('title')]).catch(() => ['', null]);
                if (id === 'active-frame' && matches(frameTitle)) return inner;
            }
        }
        if (Date.now() > deadline) throw new Error(`no webview titled ${String(title)} within ${timeout} ms`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

/** A PNG of the whole page at file (folders created). */
export async function screenshot(page: Page, file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
}

export interface ExtensionTestRun {
    /** The workbench's verdict: 0 when the suite's run() resolved, 1 when it rejected; null on timeout. */
    exitCode: number | null;
    /** The suite's own lines ([suite] prefix removed): test names, ✔/✘, errors, the summary. */
    suiteLines: string[];
    /** Everything the workbench logged (codeAutomationLog) and the page console, for failure reports. */
    log: string[];
    /** Milliseconds from browser launch to the verdict. */
    durationMs: number;
}

const SUITE_PREFIX = '[suite] ';

/**
 * Runs an extension-host test suite (a module exporting run()) in a workbench on folder, with the
 * repository's extension loaded, as @vscode/test-electron does with desktop VS Code. The verdict
 * comes from the workbench calling window.codeAutomationExit, never from code-server's log (which
 * said "exited with code: 0" for a failing run).
 */
export async function runExtensionTests(server: CodeServer, options: { folder: string; testsPath: string; extensionDevelopmentPath?: string; timeout?: number; echo?: (line: string) => void }): Promise<ExtensionTestRun> {
    const started = Date.now();
    const workbench = await launchBrowser({ env: server.env });
    const suiteLines: string[] = [];
    const log: string[] = [];
    try {
        const { page } = workbench;
        page.on('console', message => log.push(`[console.${message.type()}] ${message.text()}`));
        page.on('pageerror', error => log.push(`[pageerror] ${error.message}`));
        let resolveExit!: (code: number) => void;
        const exit = new Promise<number>(resolve => { resolveExit = resolve; });
        // Both must exist before the workbench starts: it looks for them when the extension host ends.
        await page.exposeFunction('codeAutomationExit', (code: number) => { resolveExit(code); });
        await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
            const text = Array.isArray(message) ? format(...message) : String(message);
            log.push(`[${level}] ${text}`);
            for (const line of text.split('\n')) {
                const at = line.indexOf(SUITE_PREFIX);
                if (at === -1) continue;
                suiteLines.push(line.slice(at + SUITE_PREFIX.length));
                options.echo?.(line.slice(at + SUITE_PREFIX.length));
            }
        });
        await page.goto(server.url({ folder: options.folder, extensionTestsPath: options.testsPath, extensionDevelopmentPath: options.extensionDevelopmentPath }), { waitUntil: 'domcontentloaded' });
        const timeout = options.timeout ?? 120_000;
        let timer: NodeJS.Timeout | undefined;
        const exitCode = await Promise.race([exit, new Promise<null>(resolve => { timer = setTimeout(() => resolve(null), timeout); })]);
        clearTimeout(timer);
        return { exitCode, suiteLines, log, durationMs: Date.now() - started };
    } finally {
        await workbench.close();
    }
}
