import * as path from 'node:path';
import {
    Disposable, EventEmitter, l10n, Range, type Event, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace,
    type ExtensionContext, type TextEditor, type WebviewPanel, type WebviewPanelSerializer
} from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { HostMessage, PreviewState, WebviewMessage } from '../../protocol/page-messages.js';
import type { DiagramsParams, DiagramsResult, ElementRef, LocateParams, ModelChangedParams, ViewName } from '../../protocol/preview-data.js';
import { DiagramsRequest, ElementAtRequest, LocateRequest, MarkdownRequest } from '../../protocol/requests.js';
import { exportTarget, writeExport, type ExportFormat } from './export.js';
import { isWebviewMessage } from './messages.js';
import { previewTheme } from './preview-theme.js';
import { previewHtml } from './webview-html.js';
import { pageWords } from './page-words.js';
import { restoredPreviewState } from './restored-state.js';

export const PREVIEW_VIEW_TYPE = 'journeyMaps.preview';

/** How long an export waits for the page to draw the picture. */
const EXPORT_TIMEOUT_MS = 15_000;

/**
 * The one preview panel: it shows the active `.journey` editor's map (unless locked to a file),
 * refetches the diagram when the server says the model changed, and links diagram and text both ways.
 */
export class PreviewPanel implements WebviewPanelSerializer, Disposable {
    private panel: WebviewPanel | undefined;
    private state: PreviewState | undefined;
    private lastResult: DiagramsResult | undefined;
    private latestResult: DiagramsResult | undefined;
    private readonly disposables: Disposable[] = [];
    private pendingExport: { format: ExportFormat; target?: Uri; resolve: (uri: Uri | undefined) => void } | undefined;
    private readonly rendered = new EventEmitter<DiagramsResult>();
    /** Whether the page has shown a diagram since it was last (re)loaded. */
    private pageHasShown = false;
    private readonly shownByPage = new EventEmitter<void>();
    /** Fires each time the webview has shown a diagram (tests and exports wait on it). */
    readonly onDidRender = this.rendered.event;

    constructor(private readonly context: ExtensionContext, private readonly client: LanguageClient, onModelChanged: Event<ModelChangedParams>) {
        this.disposables.push(
            onModelChanged((params: ModelChangedParams) => {
                if (this.state && params.uris.includes(this.state.uri)) {
                    void this.refresh();
                }
            }),
            // The client restarts a crashed server (up to 4 times in 3 minutes): the page says so meanwhile, then redraws.
            client.onDidChangeState(event => {
                if (event.newState === State.Stopped) {
                    this.post({ type: 'serverStatus', message: l10n.t('The journey language server stopped; restarting…') });
                } else if (event.newState === State.Running) {
                    this.post({ type: 'serverStatus' });
                    void this.refresh().catch(() => undefined);
                }
            }),
            window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            window.onDidChangeTextEditorSelection(event => void this.highlightAt(event.textEditor)),
            window.onDidChangeActiveColorTheme(() => this.post({ type: 'theme', theme: previewTheme() })),
            workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('journeyMaps.preview.theme')) {
                    this.post({ type: 'theme', theme: previewTheme() });
                }
            }),
            this.rendered,
            this.shownByPage
        );
    }

    get isOpen(): boolean {
        return this.panel !== undefined;
    }

    /** The preview's file, journey, view and lock, the last diagram drawn, and the last answer of the server. */
    get current(): { state?: PreviewState; result?: DiagramsResult; latest?: DiagramsResult } {
        return { state: this.state, result: this.lastResult, latest: this.latestResult };
    }

    /** Opens (or reveals) the preview of `uri` beside the editor or in its place. */
    async show(uri: Uri, beside: boolean): Promise<void> {
        const column = beside ? ViewColumn.Beside : window.activeTextEditor?.viewColumn ?? ViewColumn.Active;
        if (!this.panel) {
            const panel = window.createWebviewPanel(PREVIEW_VIEW_TYPE, l10n.t('Journey preview'), { viewColumn: column, preserveFocus: beside }, this.webviewOptions());
            this.adopt(panel, { uri: uri.toString(), locked: false });
        } else {
            this.panel.reveal(column, beside);
        }
        if (this.state?.uri !== uri.toString()) {
            this.state = { uri: uri.toString(), locked: this.state?.locked ?? false };
        }
        await this.refresh();
    }

    toggleLock(): void {
        if (this.state) {
            this.state.locked = !this.state.locked;
            this.updateTitle();
            void this.refresh();
        }
    }

    async select(journey: string | undefined, view: ViewName | undefined): Promise<void> {
        if (this.state) {
            this.state.journey = journey ?? this.state.journey;
            this.state.view = view ?? this.state.view;
            await this.refresh();
        }
    }

    /** Exports the current view; resolves with the file written, or undefined when cancelled. */
    async export(format: ExportFormat, target?: Uri): Promise<Uri | undefined> {
        const result = this.lastResult;
        if (!result?.mermaid) {
            void window.showWarningMessage(l10n.t('Open the preview of a journey map without errors to export it.'));
            return undefined;
        }
        if (format === 'markdown') {
            // The CLI's Markdown document (`journey-map render --format markdown`), made by the language.
            const { markdown } = await this.client.sendRequest(MarkdownRequest.type, { uri: result.uri, journey: result.journey!, view: result.view! });
            if (markdown === undefined) {
                void window.showWarningMessage('Open the preview of a journey map without errors to export it.');
                return undefined;
            }
            const file = await exportTarget(format, result, target);
            if (file) {
                await writeExport(file, markdown);
            }
            return file;
        }
        // The page draws the picture: make sure it is showing (a hidden page is unloaded) and has drawn.
        this.panel?.reveal(undefined, true);
        await this.pageShown();
        return new Promise(resolve => {
            const timer = setTimeout(() => {
                if (this.pendingExport?.resolve === finish) {
                    this.pendingExport = undefined;
                    void window.showWarningMessage(l10n.t('The preview did not answer the export: show the preview and try again.'));
                    resolve(undefined);
                }
            }, EXPORT_TIMEOUT_MS);
            const finish = (uri: Uri | undefined) => {
                clearTimeout(timer);
                resolve(uri);
            };
            this.pendingExport = { format, target, resolve: finish };
            this.post({ type: 'exportRequest', format });
        });
    }

    /** Resolves once the page has shown a diagram since it was (re)loaded, or after a few seconds. */
    private pageShown(): Promise<void> {
        if (this.pageHasShown) {
            return Promise.resolve();
        }
        return new Promise(resolve => {
            const timer = setTimeout(done, EXPORT_TIMEOUT_MS);
            const listener = this.shownByPage.event(done);
            function done() {
                clearTimeout(timer);
                listener.dispose();
                resolve();
            }
        });
    }

    async deserializeWebviewPanel(panel: WebviewPanel, state: unknown): Promise<void> {
        // What the page saved, so never trusted: a file: URI of a .journey, valid names (restored-state.ts).
        const restored = restoredPreviewState(state);
        if (!restored) {
            panel.dispose();
            return;
        }
        panel.webview.options = this.webviewOptions();
        this.adopt(panel, restored);
        await this.refresh();
    }

    dispose(): void {
        this.panel?.dispose();
        Disposable.from(...this.disposables).dispose();
    }

    private webviewOptions() {
        return {
            enableScripts: true,
            retainContextWhenHidden: false,
            localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'dist')]
        };
    }

    private adopt(panel: WebviewPanel, state: PreviewState): void {
        this.panel = panel;
        this.state = state;
        panel.iconPath = Uri.joinPath(this.context.extensionUri, 'client', 'icons', 'journey.svg');
        panel.webview.html = previewHtml(panel.webview, Uri.joinPath(this.context.extensionUri, 'dist'), Uri.joinPath, pageWords(l10n));
        panel.webview.onDidReceiveMessage(message => void this.receive(message), undefined, this.disposables);
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.lastResult = undefined;
        }, undefined, this.disposables);
        this.updateTitle();
    }

    private updateTitle(): void {
        if (this.panel && this.state) {
            const name = path.basename(Uri.parse(this.state.uri).path);
            this.panel.title = this.state.locked ? l10n.t('[Locked] Preview {0}', name) : l10n.t('Preview {0}', name);
        }
    }

    private follow(editor: TextEditor | undefined): void {
        if (!this.panel || !this.state || this.state.locked || editor?.document.languageId !== 'journey') {
            return;
        }
        const uri = editor.document.uri.toString();
        if (uri !== this.state.uri) {
            this.state = { uri, locked: false, zoom: this.state.zoom };
            void this.refresh();
        }
    }

    private async refresh(): Promise<void> {
        if (!this.panel || !this.state) {
            return;
        }
        this.updateTitle();
        const params: DiagramsParams = { uri: this.state.uri, journey: this.state.journey, view: this.state.view };
        const result = await this.client.sendRequest(DiagramsRequest.type, params);
        this.latestResult = result;
        if (result.mermaid) {
            this.lastResult = result;
            this.state.journey = result.journey;
            this.state.view = result.view;
        }
        this.post({ type: 'diagram', result, theme: previewTheme(), locked: this.state.locked, fileName: path.basename(Uri.parse(result.uri).path) });
    }

    private async highlightAt(editor: TextEditor): Promise<void> {
        if (!this.panel || editor.document.uri.toString() !== this.state?.uri) {
            return;
        }
        const position = editor.selection.active;
        const element = await this.client.sendRequest(ElementAtRequest.type, { uri: this.state.uri, position: { line: position.line, character: position.character } });
        this.post({ type: 'highlight', element: element && element.journey === this.state.journey ? element.element : undefined });
    }

    private async receive(raw: unknown): Promise<void> {
        // The webview is a page: anything it sends is checked before use.
        if (!isWebviewMessage(raw) || !this.state) {
            return;
        }
        const message: WebviewMessage = raw;
        switch (message.type) {
            case 'ready':
                this.pageHasShown = false;
                return this.refresh();
            case 'shown':
                this.pageHasShown = true;
                this.shownByPage.fire();
                return;
            case 'select':
                return this.select(message.journey, message.view);
            case 'state':
                this.state.zoom = message.state.zoom;
                return;
            case 'locate':
                return this.locate(message.element);
            case 'revealProblem':
                return this.reveal(Uri.parse(this.state.uri), message.range);
            case 'exportAsked':
                await this.export(message.format);
                return;
            case 'exportData':
                return this.finishExport(message.format, message.data);
            case 'renderFailed':
                return;
        }
    }

    private async locate(element: ElementRef): Promise<void> {
        if (!this.state?.journey) {
            return;
        }
        const params: LocateParams = { uri: this.state.uri, journey: this.state.journey, element };
        const found = await this.client.sendRequest(LocateRequest.type, params);
        if (found) {
            await this.reveal(Uri.parse(found.uri), found.range);
        }
    }

    private async reveal(uri: Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
        const editorColumn = window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString())?.viewColumn ?? ViewColumn.One;
        const editor = await window.showTextDocument(uri, { viewColumn: editorColumn, preserveFocus: false });
        const target = new Range(range.start.line, range.start.character, range.end.line, range.end.character);
        editor.selection = new Selection(target.start, target.end);
        editor.revealRange(target, TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private async finishExport(format: ExportFormat, data: string | undefined): Promise<void> {
        const pending = this.pendingExport;
        this.pendingExport = undefined;
        if (!pending || pending.format !== format || !data || !this.lastResult) {
            pending?.resolve(undefined);
            return;
        }
        const file = await exportTarget(format, this.lastResult, pending.target);
        if (file) {
            const content = format === 'png' ? Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64') : data;
            await writeExport(file, content);
        }
        pending.resolve(file);
    }

    private post(message: HostMessage): void {
        if (message.type === 'diagram' && message.result.mermaid) {
            this.rendered.fire(message.result);
        }
        void this.panel?.webview.postMessage(message);
    }
}
