import type { PageWords } from '../../protocol/page-messages.js';

/** What translates a message: `vscode.l10n` in the extension, AS_WRITTEN where there is no VS Code (tests). */
export interface Translator {
    t(message: string, ...args: Array<string | number>): string;
}

/** English as written, `{0}`… filled in. */
export const AS_WRITTEN: Translator = {
    t: (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, index: string) => index in args ? String(args[Number(index)]) : whole)
};

/** The preview's own words (its toolbar and the problems it lists), in the reader's language. */
export function pageWords(l10n: Translator) {
    const words: PageWords = {
        views: { map: l10n.t('Map'), journey: l10n.t('Journey'), emotion: l10n.t('Emotion'), day: l10n.t('Day'), compare: l10n.t('Compare') },
        oneError: l10n.t('{0} error: the map shows the last version without errors.', '{0}'),
        manyErrors: l10n.t('{0} errors: the map shows the last version without errors.', '{0}'),
        problemLine: l10n.t('Line {0}: {1}', '{0}', '{1}')
    };
    const toolbar = {
        toolbar: l10n.t('Preview'),
        journey: l10n.t('Journey'),
        view: l10n.t('View'),
        zoomOutTitle: l10n.t('Zoom out (-)'),
        zoomOut: l10n.t('Zoom out'),
        zoomLevelTitle: l10n.t('Zoom in use; click for 100% (0)'),
        zoomLevel: l10n.t('Zoom in use; reset to 100%'),
        zoomInTitle: l10n.t('Zoom in (+)'),
        zoomIn: l10n.t('Zoom in'),
        fitTitle: l10n.t('Fit the whole map in the pane (F)'),
        fitLabel: l10n.t('Fit the whole map'),
        fit: l10n.t('Fit'),
        exportSvg: l10n.t('Export as SVG'),
        exportPng: l10n.t('Export as PNG'),
        exportMarkdown: l10n.t('Export as Markdown'),
        diagram: l10n.t('Journey map diagram')
    };
    return { page: words, toolbar };
}

export type AllPageWords = ReturnType<typeof pageWords>;
