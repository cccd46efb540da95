import * as l10n from '@vscode/l10n';
import type { AstNode, LangiumDocument, LangiumDocuments, ParseResult, ScopeProvider, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { JourneyServices } from '../journey-module.js';
import { DefaultDocumentValidator, interruptAndCheck, type LinkingErrorData } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { allNodes, isCheckpoint } from '../ast-walk.js';
import { isKeywordTypoError } from '../parser/keyword-typos.js';
import { closestName } from '../domain/closest-name.js';
import { hasSyntaxErrors, mentionsName } from '../workspace/syntax-errors.js';

/** What each kind of reference points at, in a BA's words, by the AST type and property that hold it. */
const REFERENCE_KINDS: Readonly<Record<string, string>> = {
    'PersonaLine.personas': 'persona',
    'ChannelLine.channel': 'channel',
    'FixesLine.pains': 'pain point',
    'ImprovesLine.journey': 'journey'
};

/** What is missing, in the reader's language (functions: the language is chosen after this module loads). */
const MISSING: Readonly<Record<string, (written: string) => string>> = {
    'persona': written => l10n.t('No persona named `{0}` in the workspace.', written),
    'channel': written => l10n.t('No channel named `{0}` in the workspace.', written),
    'pain point': written => l10n.t('No pain point named `{0}` in this journey.', written),
    'journey': written => l10n.t('No journey named `{0}` in the workspace.', written)
};

const WHERE_TO_LOOK: Readonly<Record<string, () => string>> = {
    'persona': () => l10n.t('Declare it with `persona NAME "Label"` in any file of the workspace.'),
    'channel': () => l10n.t('Declare it with `channel NAME "Label" KIND`, or use a built-in channel: web, mobile, social, email, chat, phone, store, ads, event, review, word-of-mouth, other.'),
    'pain point': () => l10n.t('An opportunity fixes pain points of its own journey, declared with `pain NAME` in a touchpoint.'),
    'journey': () => l10n.t('Name a journey declared in any file of the workspace.')
};

/** The message of JM002: what is missing, then the name probably meant, or else how to declare it. */
function unresolvedMessage(kind: string, written: string, suggestion: string | undefined): string {
    const missing = MISSING[kind]?.(written) ?? l10n.t('No element named `{0}` in the workspace.', written);
    const next = suggestion ? l10n.t('Did you mean `{0}`?', suggestion) : WHERE_TO_LOOK[kind]?.() ?? '';
    return `${missing} ${next}`.trim();
}

/**
 * Gives Langium's own diagnostics their stable codes: lexing and parsing errors are JM001,
 * unresolved references JM002, with a message that says what is missing and how to add it.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly docsUri: string | undefined;
    private readonly scopeProvider: ScopeProvider;
    private readonly documents: LangiumDocuments;

    constructor(services: JourneyServices) {
        super(services);
        this.docsUri = services.options.diagnosticsDocsUri;
        this.scopeProvider = services.references.ScopeProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** Every diagnostic with a code links to that code's section of the diagnostics page. */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        if (this.docsUri) {
            for (const diagnostic of diagnostics) {
                if (typeof diagnostic.code === 'string' && diagnostic.code.startsWith('JM')) {
                    diagnostic.codeDescription = { href: `${this.docsUri}#${diagnostic.code.toLowerCase()}` };
                }
            }
        }
        return diagnostics;
    }

    /**
     * Langium's, over the nodes of language/ast-walk.ts, with each type's checks looked up once per
     * document rather than as a new stream for every node (profiled: most of the validation time).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating') || this.validateSingleNodeOptions !== DefaultDocumentValidator.prototype['validateSingleNodeOptions']) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksOf = new Map<string, ValidationCheck[]>();
        const nodes = allNodes(rootNode);
        for (let i = 0; i < nodes.length; i++) {
            if (isCheckpoint(i)) {
                await interruptAndCheck(cancelToken);
            }
            const node = nodes[i];
            let checks = checksOf.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksOf.set(node.$type, checks);
            }
            for (const check of checks) {
                // Checks return nothing when they are synchronous (journey-validation-registry.ts): no await then.
                const result = check(node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
            }
        }
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        diagnostics.slice(start).forEach(diagnostic => diagnostic.code = 'JM001');
    }

    /**
     * Parsing errors on a line after a lexing error there are its echo (an unclosed text): only the first is shown.
     * A misspelt keyword's error carries the keyword meant, for its quick fix.
     */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const lexingErrorLines = new Set(diagnostics.filter(diagnostic => diagnostic.code === 'JM001').map(diagnostic => diagnostic.range.start.line));
        const parsing: Diagnostic[] = [];
        super.processParsingErrors(parseResult, parsing, options);
        const typos = parseResult.parserErrors.filter(isKeywordTypoError);
        for (const diagnostic of parsing) {
            const typo = typos.find(error => error.message === diagnostic.message && error.token.startLine === diagnostic.range.start.line + 1 && error.token.startColumn === diagnostic.range.start.character + 1);
            if (typo) {
                diagnostic.data = { ...diagnostic.data, keyword: typo.keyword };
            }
            if (!lexingErrorLines.has(diagnostic.range.start.line)) {
                diagnostic.code = 'JM001';
                diagnostics.push(diagnostic);
            }
        }
    }

    /** JM002, led by the declared name closest to the one written when there is one ("did you mean", with a quick fix). */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        // Langium makes one diagnostic per unresolved reference, in this order.
        const unresolved = document.references.filter(reference => reference.error);
        const made = diagnostics.splice(start);
        const broken = made.length > 0 ? this.documents.all.filter(other => other !== document && hasSyntaxErrors(other)).toArray() : [];
        made.forEach((diagnostic, i) => {
            const data = diagnostic.data as LinkingErrorData;
            const kind = REFERENCE_KINDS[`${data.containerType}.${data.property}`] ?? 'element';
            // A name that a file with syntax errors mentions may be a declaration the parser could not read there: not missing.
            if (kind !== 'pain point' && broken.some(other => mentionsName(other, data.refText))) {
                return;
            }
            const info = unresolved[i]?.error?.info;
            const suggestion = info ? closestName(data.refText, this.scopeProvider.getScope(info).getAllElements().map(element => element.name)) : undefined;
            diagnostic.code = 'JM002';
            diagnostic.message = unresolvedMessage(kind, data.refText, suggestion);
            if (suggestion) {
                diagnostic.data = { ...data, suggestion };
            }
            diagnostics.push(diagnostic);
        });
    }
}
