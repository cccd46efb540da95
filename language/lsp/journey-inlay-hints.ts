import * as l10n from '@vscode/l10n';
import type { AstNode } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isEmotionLine } from '../generated/ast.js';
import { moodScore } from '../domain/moods.js';

/** `emotion relieved` shows the score it stands for: `emotion relieved (4)`. */
export class JourneyInlayHintProvider extends AbstractInlayHintProvider {
    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isEmotionLine(node) || node.score !== undefined || node.mood === undefined) {
            return;
        }
        const score = moodScore(node.mood);
        const end = node.$cstNode?.range.end;
        if (score !== undefined && end) {
            acceptor({ position: end, label: `(${score})`, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: l10n.t('The mood `{0}` stands for emotion score {1}.', node.mood, score) });
        }
    }
}
