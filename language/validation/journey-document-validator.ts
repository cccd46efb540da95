import type { LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { JourneyServices } from '../journey-module.js';
import { DefaultDocumentValidator, type LinkingErrorData } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

/** What each kind of reference points at, in a BA's words, by the AST type and property that hold it. */
const REFERENCE_KINDS: Readonly<Record<string, string>> = {
    'PersonaLine.personas': 'persona',
    'ChannelLine.channel': 'channel',
    'FixesLine.pains': 'pain point',
    'ImprovesLine.journey': 'journey'
};

const WHERE_TO_LOOK: Readonly<Record<string, string>> = {
    'persona': 'Declare it with `persona NAME "Label"` in any file of the workspace.',
    'channel': 'Declare it with `channel NAME "Label" KIND`, or use a built-in channel: web, mobile, social, email, chat, phone, store, ads, event, review, word-of-mouth, other.',
    'pain point': 'An opportunity fixes pain points of its own journey, declared with `pain NAME` in a touchpoint.',
    'journey': 'Name a journey declared in any file of the workspace.'
};

/**
 * Gives Langium's own diagnostics their stable codes: lexing and parsing errors are JM001,
 * unresolved references JM002, with a message that says what is missing and how to add it.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly docsUri: string | undefined;

    constructor(services: JourneyServices) {
        super(services);
        this.docsUri = services.options.diagnosticsDocsUri;
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

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        diagnostics.slice(start).forEach(diagnostic => diagnostic.code = 'JM001');
    }

    /** Parsing errors on a line after a lexing error there are its echo (an unclosed text): only the first is shown. */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const lexingErrorLines = new Set(diagnostics.filter(diagnostic => diagnostic.code === 'JM001').map(diagnostic => diagnostic.range.start.line));
        const parsing: Diagnostic[] = [];
        super.processParsingErrors(parseResult, parsing, options);
        for (const diagnostic of parsing) {
            if (!lexingErrorLines.has(diagnostic.range.start.line)) {
                diagnostic.code = 'JM001';
                diagnostics.push(diagnostic);
            }
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        for (const diagnostic of diagnostics.slice(start)) {
            const data = diagnostic.data as LinkingErrorData;
            const kind = REFERENCE_KINDS[`${data.containerType}.${data.property}`] ?? 'element';
            const scope = kind === 'pain point' ? 'in this journey' : 'in the workspace';
            diagnostic.code = 'JM002';
            diagnostic.message = `No ${kind} named \`${data.refText}\` ${scope}. ${WHERE_TO_LOOK[kind] ?? ''}`.trim();
        }
    }
}
