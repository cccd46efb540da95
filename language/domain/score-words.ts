import * as l10n from '@vscode/l10n';

/** What an emotion score from 1 to 5 means, in the reader's language (hovers, completion details). */
export function scoreWord(score: number): string {
    switch (score) {
        case 1: return l10n.t('very negative');
        case 2: return l10n.t('negative');
        case 3: return l10n.t('neutral');
        case 4: return l10n.t('positive');
        default: return l10n.t('very positive');
    }
}
