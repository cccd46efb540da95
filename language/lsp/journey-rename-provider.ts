import * as l10n from '@vscode/l10n';
import type { AstNode, IndexManager, LangiumDocument } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError } from 'vscode-languageserver';
import type { RenameParams, WorkspaceEdit } from 'vscode-languageserver';
import { isChannel, isJourney, isOpportunity, isPain, isPersona, isStage, isTouchpoint } from '../generated/ast.js';
import { allTouchpoints } from '../ast-helpers.js';
import { CHANNEL_KINDS } from '../domain/channel-kinds.js';
import type { JourneyServices } from '../journey-module.js';

const VALID_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;
/** LSP's "request failed" code: the editor shows the message to the user. */
const REQUEST_FAILED = -32803;

/**
 * Rename across the workspace (Langium finds every reference), refusing a new name that is not a
 * valid name or that another element of the same kind already has: a rename never leaves a
 * reference pointing at something else.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    private readonly indexManager: IndexManager;

    constructor(services: JourneyServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        const newName = params.newName.normalize('NFC');
        if (!VALID_NAME.test(newName)) {
            throw new ResponseError(REQUEST_FAILED, l10n.t('`{0}` is not a valid name: use letters, digits, `_` and `-`, starting with a letter or `_`.', params.newName));
        }
        const clash = this.clash(target, newName);
        if (clash) {
            throw new ResponseError(REQUEST_FAILED, clash);
        }
        return super.rename(document, { ...params, newName });
    }

    private targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp) : undefined;
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    /** Why `newName` would collide with another element of the target's kind, if it would. */
    private clash(target: AstNode, newName: string): string | undefined {
        const kind = describe(target);
        if (isPersona(target) || isChannel(target) || isJourney(target)) {
            const taken = this.indexManager.allElements(target.$type).some(description => description.name === newName && description.node !== target
                && !(isChannel(target) && description.documentUri.scheme === 'journey-builtin'));
            if (taken) {
                return l10n.t('A {0} named `{1}` already exists in the workspace.', kind, newName);
            }
            if (isChannel(target) && (CHANNEL_KINDS as readonly string[]).includes(newName)) {
                return l10n.t('`{0}` is a built-in channel: touchpoints that use it would switch to this one. Pick another name.', newName);
            }
            return undefined;
        }
        const journey = AstUtils.getContainerOfType(target, isJourney);
        if (!journey) {
            return undefined;
        }
        const siblings: AstNode[] = isStage(target) ? journey.stages
            : isTouchpoint(target) ? allTouchpoints(journey)
                : isPain(target) ? allTouchpoints(journey).flatMap(t => t.lines.filter(isPain))
                    : isOpportunity(target) ? journey.opportunities : [];
        if (siblings.some(sibling => sibling !== target && (sibling as AstNode & { name?: string }).name === newName)) {
            return l10n.t('Journey `{0}` already has a {1} named `{2}`.', journey.name, kind, newName);
        }
        return undefined;
    }
}

/** The kind of a renamed element, in the reader's words. */
function describe(node: AstNode): string {
    switch (node.$type) {
        case 'Persona': return l10n.t('persona');
        case 'Channel': return l10n.t('channel');
        case 'Journey': return l10n.t('journey');
        case 'Stage': return l10n.t('stage');
        case 'Touchpoint': return l10n.t('touchpoint');
        case 'Pain': return l10n.t('pain point');
        case 'Opportunity': return l10n.t('opportunity');
        default: return node.$type.toLowerCase();
    }
}
