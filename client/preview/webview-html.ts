import { randomBytes } from 'node:crypto';
import type { Uri, Webview } from 'vscode';
import { AS_WRITTEN, pageWords, type AllPageWords } from './page-words.js';

/** Text for an HTML attribute or element. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The preview's page: scripts only by nonce, Mermaid's inline SVG styles allowed, images only from
 * the extension or generated in the page (PNG export), nothing from the network.
 */
export function previewHtml(webview: Webview, dist: Uri, joinPath: (base: Uri, ...parts: string[]) => Uri, words: AllPageWords = pageWords(AS_WRITTEN)): string {
    const w = words.toolbar;
    // The page's words as JSON it reads; `<` escaped so that no text can close the script element.
    const pageData = JSON.stringify(words.page).replace(/</g, '\\u003c');
    const nonce = randomBytes(16).toString('base64');
    const source = webview.cspSource;
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${source} 'unsafe-inline'`,
        `img-src ${source} data: blob:`,
        `font-src ${source}`
    ].join('; ');
    const asset = (name: string) => webview.asWebviewUri(joinPath(dist, name)).toString();
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('preview.css')}">
<title>Journey preview</title>
</head>
<body>
<header id="toolbar" role="toolbar" aria-label="${html(w.toolbar)}">
  <select id="journey" aria-label="${html(w.journey)}" hidden></select>
  <nav id="views" aria-label="${html(w.view)}"></nav>
  <span class="spacer"></span>
  <button id="zoom-out" title="${html(w.zoomOutTitle)}" aria-label="${html(w.zoomOut)}">−</button>
  <button id="zoom-level" title="${html(w.zoomLevelTitle)}" aria-label="${html(w.zoomLevel)}">100%</button>
  <button id="zoom-in" title="${html(w.zoomInTitle)}" aria-label="${html(w.zoomIn)}">+</button>
  <button id="zoom-fit" title="${html(w.fitTitle)}" aria-label="${html(w.fitLabel)}">${html(w.fit)}</button>
  <button id="export-svg" title="${html(w.exportSvg)}">SVG</button>
  <button id="export-png" title="${html(w.exportPng)}">PNG</button>
  <button id="export-markdown" title="${html(w.exportMarkdown)}">MD</button>
</header>
<main id="viewport" tabindex="0" aria-label="${html(w.diagram)}">
  <div id="canvas"></div>
  <p id="notice" hidden></p>
</main>
<aside id="problems" role="alert" hidden></aside>
<script type="application/json" id="page-words">${pageData}</script>
<script nonce="${nonce}" src="${asset('mermaid.min.js')}"></script>
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
}
