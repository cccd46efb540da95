import * as path from 'node:path';
import { commands, EventEmitter, l10n, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { BUILTIN_CHANNELS_TEXT } from '../language/index.js';
import type { ModelChangedParams, ViewName } from '../protocol/preview-data.js';
import { ModelChangedNotification, RenderBlockRequest } from '../protocol/requests.js';
import { registerImportCommand } from './import-mermaid.js';
import { BlockCache } from './markdown-preview/block-cache.js';
import { journeyFencePlugin, type FenceWords, type MarkdownItLike } from './markdown-preview/journey-fence.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview/preview-panel.js';
import { RestartPolicy } from './restart-policy.js';

let client: LanguageClient | undefined;

/** What the extension gives its tests (and other extensions): the preview's state and events, and VS Code's Markdown preview its plugin. */
export interface JourneyMapsApi {
    preview: PreviewPanel;
    client: LanguageClient;
    extendMarkdownIt(md: MarkdownItLike): MarkdownItLike;
    /** How long activate() took (ms): bench/editor-bench.ts reads it, see docs/performance.md. */
    activationMs: number;
}

/** Activates on .journey files: starts the language server over node IPC and offers the live preview. */
export async function activate(context: ExtensionContext): Promise<JourneyMapsApi> {
    // Measured once per activation and written to the output channel (bench/editor-bench.ts reads it there).
    const activationStarted = performance.now();
    let firstDiagnostics = true;
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const restartPolicy = new RestartPolicy();
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'journey' }],
        errorHandler: restartPolicy,
        synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.journey') },
        middleware: {
            handleDiagnostics: (uri, diagnostics, next) => {
                if (firstDiagnostics && workspace.textDocuments.some(document => document.uri.toString() === uri.toString())) {
                    firstDiagnostics = false;
                    client?.outputChannel.appendLine(`Journey Maps: first diagnostics of an open file (${path.posix.basename(uri.path)}) ${Math.round(performance.now() - activationStarted)} ms after activation started`);
                }
                next(uri, diagnostics);
            }
        }
    };
    client = new LanguageClient('journeyMaps', 'Journey Maps', serverOptions, clientOptions);
    await client.start();

    // One handler per notification method (a second registration would replace the first): fan out.
    const modelChanged = new EventEmitter<ModelChangedParams>();
    context.subscriptions.push(modelChanged, client.onNotification(ModelChangedNotification.type, params => modelChanged.fire(params)));
    const preview = new PreviewPanel(context, client, modelChanged.event);
    const journeyUri = (uri?: Uri) => uri ?? (window.activeTextEditor?.document.languageId === 'journey' ? window.activeTextEditor.document.uri : undefined);
    const withJourney = (action: (uri: Uri) => unknown) => (uri?: Uri) => {
        const target = journeyUri(uri instanceof Uri ? uri : undefined);
        if (!target) {
            return window.showInformationMessage(l10n.t('Open a .journey file to preview its map.'));
        }
        return action(target);
    };
    context.subscriptions.push(
        preview,
        window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, preview),
        // Go to definition on a built-in channel opens the built-in library, read-only.
        workspace.registerTextDocumentContentProvider('journey-builtin', { provideTextDocumentContent: () => BUILTIN_CHANNELS_TEXT }),
        commands.registerCommand('journeyMaps.openPreviewToSide', withJourney(uri => preview.show(uri, true))),
        commands.registerCommand('journeyMaps.openPreview', withJourney(uri => preview.show(uri, false))),
        commands.registerCommand('journeyMaps.togglePreviewLock', () => preview.toggleLock()),
        commands.registerCommand('journeyMaps.restartServer', async () => {
            restartPolicy.reset();
            await window.withProgress({ location: ProgressLocation.Window, title: l10n.t('Restarting the Journey Maps language server') }, () => client!.restart());
        }),
        commands.registerCommand('journeyMaps.showView', async (view?: ViewName) => {
            const views = preview.current.result?.journeys.find(j => j.name === preview.current.result?.journey)?.views ?? [];
            const chosen = view ?? await window.showQuickPick(views, { placeHolder: l10n.t('Show which view of the journey?') }) as ViewName | undefined;
            return chosen ? preview.select(undefined, chosen) : undefined;
        }),
        commands.registerCommand('journeyMaps.exportSvg', (target?: Uri) => preview.export('svg', target instanceof Uri ? target : undefined)),
        commands.registerCommand('journeyMaps.exportPng', (target?: Uri) => preview.export('png', target instanceof Uri ? target : undefined)),
        commands.registerCommand('journeyMaps.exportMarkdown', (target?: Uri) => preview.export('markdown', target instanceof Uri ? target : undefined)),
        registerImportCommand()
    );
    const blocks = new BlockCache(
        params => client!.sendRequest(RenderBlockRequest.type, params),
        () => void commands.executeCommand('markdown.preview.refresh'),
        message => l10n.t('The journey map could not be drawn: {0}', message)
    );
    const fenceWords: FenceWords = {
        drawing: l10n.t('Drawing the journey map…'),
        hasErrors: l10n.t('This journey map has errors'),
        problemLine: l10n.t('Line {0}: {1}'),
        nothingToDraw: l10n.t('Nothing to draw.'),
        mermaidFailed: l10n.t('Mermaid could not draw this journey map:')
    };
    context.subscriptions.push(modelChanged.event(() => blocks.clear()));
    const resolveFile = (file: string, env: unknown) => {
        const current = (env as { currentDocument?: Uri } | undefined)?.currentDocument;
        return current ? Uri.joinPath(current, '..', file).toString() : undefined;
    };
    const activationMs = Math.round(performance.now() - activationStarted);
    client.outputChannel.appendLine(`Journey Maps activated in ${activationMs} ms`);
    return {
        preview,
        client,
        activationMs,
        extendMarkdownIt: md => {
            journeyFencePlugin(md, params => blocks.get(params), resolveFile, fenceWords);
            return md;
        }
    };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
