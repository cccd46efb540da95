import { randomBytes } from 'node:crypto';
import type { Uri, Webview } from 'vscode';

/**
 * The preview's page: scripts only by nonce, Mermaid's inline SVG styles allowed, images only from
 * the extension or generated in the page (PNG export), nothing from the network.
 */
export function previewHtml(webview: Webview, dist: Uri, joinPath: (base: Uri, ...parts: string[]) => Uri): string {
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
<header id="toolbar" role="toolbar" aria-label="Preview">
  <select id="journey" aria-label="Journey" hidden></select>
  <nav id="views" aria-label="View"></nav>
  <span class="spacer"></span>
  <button id="zoom-out" title="Zoom out (-)" aria-label="Zoom out">−</button>
  <button id="zoom-level" title="Zoom in use; click for 100% (0)" aria-label="Zoom in use; reset to 100%">100%</button>
  <button id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button id="zoom-fit" title="Fit the whole map in the pane (F)" aria-label="Fit the whole map">Fit</button>
  <button id="export-svg" title="Export as SVG">SVG</button>
  <button id="export-png" title="Export as PNG">PNG</button>
  <button id="export-markdown" title="Export as Markdown">MD</button>
</header>
<main id="viewport" tabindex="0" aria-label="Journey map diagram">
  <div id="canvas"></div>
  <p id="notice" hidden></p>
</main>
<aside id="problems" role="alert" hidden></aside>
<script nonce="${nonce}" src="${asset('mermaid.min.js')}"></script>
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
}
