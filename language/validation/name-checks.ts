import * as l10n from '@vscode/l10n';
import type { AstNode, AstNodeDescription, AstNodeLocator, IndexManager, LangiumDocuments, URI, ValidationAcceptor } from 'langium';
import { MultiMap, UriUtils, WorkspaceCache } from 'langium';
import type { Journey, Persona, Workspace } from '../generated/ast.js';
import { isChannelLine, isEmotionLine, isImpactLine, isImprovesLine, isLanguageLine, isModelLine, isOpportunityText, isPain, isTextLine, isTypeLine } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { isBuiltinUri } from '../references/builtin-channels.js';
import { allTouchpoints } from '../ast-helpers.js';
import { report } from './report.js';
import { hasSyntaxErrors } from '../workspace/syntax-errors.js';

type NamedNode = AstNode & { name: string };

/**
 * JM003: personas, channels and journeys are unique per kind across the workspace (a declared
 * channel may replace a built-in one; a file with syntax errors counts only in its own JM003); stages,
 * touchpoints, pains and opportunities within a journey.
 * JM015: a line that may appear once (a persona's description, a journey's type, model and improves,
 * a touchpoint's channel, emotion and time, an opportunity's impact and owner) appears again.
 */
export class NameChecks {
    private readonly indexManager: IndexManager;
    private readonly locator: AstNodeLocator;
    private readonly documents: LangiumDocuments;
    /** The workspace's declarations per kind and name, recomputed only after a document changes. */
    private readonly declarations: WorkspaceCache<string, MultiMap<string, AstNodeDescription>>;

    constructor(services: JourneyServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.locator = services.workspace.AstNodeLocator;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.declarations = new WorkspaceCache(services.shared);
    }

    checkWorkspaceUniqueness(workspace: Workspace, accept: ValidationAcceptor): void {
        const uri = workspace.$document?.uri.toString();
        for (const declaration of workspace.declarations.filter(declaration => declaration.name !== undefined)) {
            const path = this.locator.getAstNodePath(declaration);
            // A file with syntax errors may have read lines of a block as declarations: it causes no JM003 in other files.
            const others = this.declarationsOf(declaration.$type).get(declaration.name)
                .filter(other => other.documentUri.toString() === uri ? other.path !== path : !this.isBroken(other.documentUri));
            if (others.length > 0) {
                // In a fixed order (file, then line): the message must not depend on the order the editor indexed the files in;
                // and at most a few places: 5,000 copies of a name made 5,000 messages of 5,000 places each (found by test/robustness).
                const places = others.slice(0, MAX_PLACES).map(locate).join(', ');
                const where = others.length > MAX_PLACES ? l10n.t('{0} and {1} more', places, others.length - MAX_PLACES) : places;
                report(accept, 'JM003', l10n.t('{0} `{1}` is declared more than once in the workspace (also at {2}).', DECLARATION_KINDS[declaration.$type]?.() ?? declaration.$type, declaration.name, where),
                    { node: declaration, property: 'name' });
            }
        }
    }

    checkJourneyUniqueness(journey: Journey, accept: ValidationAcceptor): void {
        const touchpoints = allTouchpoints(journey);
        reportDuplicates(l10n.t('Stage'), journey.stages, journey, accept);
        reportDuplicates(l10n.t('Touchpoint'), touchpoints, journey, accept);
        reportDuplicates(l10n.t('Pain point'), touchpoints.flatMap(touchpoint => touchpoint.lines.filter(isPain)), journey, accept);
        reportDuplicates(l10n.t('Opportunity'), journey.opportunities, journey, accept);
    }

    checkSingleLines(journey: Journey, accept: ValidationAcceptor): void {
        const inJourney = l10n.t('a journey');
        reportRepeated(journey.headers.filter(isTypeLine), '`type`', inJourney, accept);
        reportRepeated(journey.headers.filter(isModelLine), '`model`', inJourney, accept);
        reportRepeated(journey.headers.filter(isImprovesLine), '`improves`', inJourney, accept);
        reportRepeated(journey.headers.filter(isLanguageLine), '`language`', inJourney, accept);
        const inTouchpoint = l10n.t('a touchpoint');
        for (const touchpoint of allTouchpoints(journey)) {
            reportRepeated(touchpoint.lines.filter(isChannelLine), '`channel`', inTouchpoint, accept);
            reportRepeated(touchpoint.lines.filter(isEmotionLine), '`emotion`', inTouchpoint, accept);
            reportRepeated(touchpoint.lines.filter(line => isTextLine(line) && line.kind === 'time'), '`time`', inTouchpoint, accept);
        }
        const inOpportunity = l10n.t('an opportunity');
        for (const opportunity of journey.opportunities) {
            reportRepeated(opportunity.lines.filter(isImpactLine), '`impact`', inOpportunity, accept);
            reportRepeated(opportunity.lines.filter(line => isOpportunityText(line) && line.kind === 'owner'), '`owner`', inOpportunity, accept);
        }
    }

    checkPersonaFields(persona: Persona, accept: ValidationAcceptor): void {
        reportRepeated(persona.fields.filter(field => field.kind === 'description'), '`description`', l10n.t('a persona'), accept);
    }

    private isBroken(uri: URI): boolean {
        const document = this.documents.getDocument(uri);
        return document !== undefined && hasSyntaxErrors(document);
    }

    private declarationsOf(type: string): MultiMap<string, AstNodeDescription> {
        return this.declarations.get(type, () => {
            const byName = new MultiMap<string, AstNodeDescription>();
            // Sorted once here (file, then line), so that each name's declarations are in that order.
            for (const description of this.indexManager.allElements(type).filter(description => !isBuiltinUri(description.documentUri)).toArray().sort(byPlace)) {
                byName.add(description.name, description);
            }
            return byName;
        });
    }
}

/** The workspace-wide declarations, by AST type, in the reader's language. */
const DECLARATION_KINDS: Readonly<Record<string, () => string>> = {
    Persona: () => l10n.t('Persona'),
    Channel: () => l10n.t('Channel'),
    Journey: () => l10n.t('Journey')
};

/** How many other declarations a "declared more than once" message names. */
const MAX_PLACES = 5;

function byPlace(a: AstNodeDescription, b: AstNodeDescription): number {
    const byFile = UriUtils.basename(a.documentUri).localeCompare(UriUtils.basename(b.documentUri)) || a.documentUri.toString().localeCompare(b.documentUri.toString());
    return byFile || (a.nameSegment?.range.start.line ?? 0) - (b.nameSegment?.range.start.line ?? 0);
}

function locate(description: AstNodeDescription): string {
    const line = (description.nameSegment?.range.start.line ?? 0) + 1;
    return `${UriUtils.basename(description.documentUri)}:${line}`;
}

function reportDuplicates(kind: string, nodes: readonly NamedNode[], journey: Journey, accept: ValidationAcceptor): void {
    const first = new Map<string, NamedNode>();
    for (const node of nodes.filter(node => node.name !== undefined)) {
        const earlier = first.get(node.name);
        if (!earlier) {
            first.set(node.name, node);
            continue;
        }
        const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
        const message = journey.name === undefined
            ? l10n.t('{0} `{1}` is declared twice in this journey (first at line {2}).', kind, node.name, line)
            : l10n.t('{0} `{1}` is declared twice in journey `{2}` (first at line {3}).', kind, node.name, journey.name, line);
        report(accept, 'JM003', message,
            { node, property: 'name' });
    }
}

function reportRepeated(lines: readonly AstNode[], what: string, where: string, accept: ValidationAcceptor): void {
    for (const line of lines.slice(1)) {
        report(accept, 'JM015', l10n.t('{0} may appear only once in {1}; this is a second one.', what, where), { node: line });
    }
}
