import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AllPageWords } from '../../client/preview/page-words.js';
import { previewHtml } from '../../client/preview/webview-html.js';
import type { HostMessage, WebviewMessage } from '../../protocol/page-messages.js';

/** Chromium flags that keep it off the network (see docs/testing.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps', '--disable-extensions'];
export { CHROMIUM, chromiumAvailable } from './chromium.js';
import { CHROMIUM } from './chromium.js';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/**
 * The preview page exactly as the extension builds it (same HTML, CSP, scripts from dist/), served from
 * loopback to Debian's Chromium, with VS Code's webview API replaced by a recorder of posted messages.
 */
export class PreviewPage {
    private constructor(readonly browser: Browser, readonly page: Page, private readonly server: Server,
        /** Requests the page made to anything but the loopback server (must stay empty). */
        readonly outsideRequests: string[],
        /** Console errors and page errors. */
        readonly errors: string[]) {}

    /** The page as the panel writes it: with its words in English, or those given (client/preview/page-words.ts). */
    static async open(options: { words?: AllPageWords } = {}): Promise<PreviewPage> {
        const dist = resolve('dist');
        const server = createServer((request, response) => {
            const name = (request.url ?? '/').split('?')[0].replace(/^\/dist\//, '');
            try {
                const body = readFileSync(join(dist, name.replace(/\.\.+/g, '')));
                response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' });
                response.end(body);
            } catch {
                response.writeHead(404).end();
            }
        });
        await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const webview = {
            cspSource: origin,
            asWebviewUri: (uri: { path: string }) => ({ toString: () => `${origin}/dist/${uri.path.split('/').pop()}` })
        };
        const html = previewHtml(webview as never, { path: '/dist' } as never, ((base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/') })) as never, options.words);
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        const outsideRequests: string[] = [];
        const errors: string[] = [];
        page.on('request', request => {
            if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
                outsideRequests.push(request.url());
            }
        });
        page.on('console', message => {
            if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', error => errors.push(error.message));
        await page.addInitScript(() => {
            const w = window as unknown as { __posted: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
            w.__posted = [];
            w.acquireVsCodeApi = () => ({
                postMessage: (message: unknown) => w.__posted.push(message),
                getState: () => w.__state,
                setState: (state: unknown) => { w.__state = state; }
            });
        });
        await page.route(`${origin}/preview`, route => route.fulfill({ contentType: 'text/html', body: html }));
        await page.goto(`${origin}/preview`);
        return new PreviewPage(browser, page, server, outsideRequests, errors);
    }

    /** Sends a message from the extension to the page. */
    async send(message: HostMessage): Promise<void> {
        await this.page.evaluate(m => window.postMessage(m, '*'), message as unknown as Record<string, unknown>);
    }

    /** The messages the page sent to the extension so far. */
    async posted(): Promise<WebviewMessage[]> {
        return this.page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted);
    }

    /** How many diagrams the page has shown so far. */
    async shownCount(): Promise<number> {
        return this.page.evaluate(() => Number(document.body.dataset.rendered ?? 0));
    }

    /** Sends a diagram and waits until the page has shown it. */
    async showDiagram(message: HostMessage): Promise<void> {
        const before = await this.shownCount();
        await this.send(message);
        await this.page.waitForFunction(n => Number(document.body.dataset.rendered ?? 0) > n, before, { timeout: 20_000 });
    }

    async close(): Promise<void> {
        await this.browser.close();
        await new Promise(done => this.server.close(done));
    }
}
