import type { AstNodeDescription, BuildOptions, DefaultReference, LangiumDocument, URI, ValidationCategory } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, GrammarUtils, isLinkingError, isMultiReference, isOperationCancelled, isReference, OperationCancelled, URI as Uris } from 'langium';
import { isBuiltinUri } from '../references/builtin-channels.js';
import { buildFailureDiagnostic, describeFailure } from './build-failure.js';

/**
 * References whose validation reads nothing of their target but its name: when a document they
 * point into changes and still exports that name, they are pointed at the new node without
 * linking and validating their document again. Any other reference (`improves`: JM012 reads the
 * target's type) gets its document linked and validated again, as Langium does.
 * A check that starts reading a persona's or a channel's content must take its reference off this list.
 */
const NAME_ONLY_REFERENCES: ReadonlySet<string> = new Set(['PersonaLine.personas', 'ChannelLine.channel']);

/**
 * Keeps the workspace-wide "declared more than once" errors (JM003) of every file up to date.
 * Langium validates a changed file again, and the files that refer to it; but a file that declares
 * `persona lan` depends on every other file that declares a persona `lan` without referring to it.
 * So on an update, the files that declare a top-level name the changed files declared before the
 * change (their JM003 may go) or declare after it (their JM003 may come) are validated again.
 * Found by the editing storm (test/robustness/editing-storm.test.ts).
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    /**
     * Documents whose references point into changed documents, with those documents' URIs: decided
     * on (point the references at the new nodes, or link and validate again) once the changed
     * documents are indexed again. Kept until decided, so that a cancelled build leaves none stale.
     */
    private readonly dependents = new Map<LangiumDocument, Set<string>>();

    override async update(changedUris: URI[], deletedUris: URI[], cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        // As Langium does first thing: a request from now on waits for this update.
        this.currentState = DocumentState.Changed;
        // A loaded file that is no longer a regular file (now a folder, a link, a FIFO, or gone) left the workspace.
        const gone = await this.noLongerFiles(changedUris);
        const changed = changedUris.filter(uri => !gone.includes(uri));
        const deleted = [...deletedUris, ...gone];
        const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
        // Before the change: the index still holds what the changed and deleted files declared.
        const before = this.sharingNames(touched);
        for (const document of before) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await super.update(changed, deleted, cancelToken);
        // After it: what the changed files declare now.
        const after = this.sharingNames(touched).filter(document => document.state === DocumentState.Validated && !before.includes(document));
        if (after.length > 0) {
            for (const document of after) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
            await this.buildDocuments(after, this.updateBuildOptions, cancelToken);
        }
    }

    /**
     * Langium relinks (and validates again) every document with a reference into a changed one:
     * editing the shared persona file rebuilt every journey. Here such a document waits until the
     * changed documents are indexed again (see buildDocuments); documents with linking errors are
     * linked again as in Langium (a new name may resolve them).
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.hasLinkingErrors(document)) {
            return true;
        }
        if (!this.indexManager.isAffected(document, changedUris)) {
            return false;
        }
        const uris = this.dependents.get(document) ?? new Set<string>();
        changedUris.forEach(uri => uris.add(uri));
        this.dependents.set(document, uris);
        return false;
    }

    /** The build below; should it throw, buildOneByOne. */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        try {
            await this.buildWithDependents(documents, options, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            await this.buildOneByOne(documents, options, cancelToken, error);
        }
    }

    /**
     * A build that threw (a bug of the language, never a mistake in a map: docs/reliability.md) left
     * its documents half built, and every request waiting for them waited until the next edit. Each
     * unfinished document is built again alone, so that one failing document does not hold back the
     * others; one that fails alone gets an error that says so (build-failure.ts) and is given out as
     * checked; it is built again when it is edited (as any changed document).
     */
    private async buildOneByOne(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken, error: unknown): Promise<void> {
        console.error(`[journey] building ${documents.length} document(s) failed; building them one by one. ${describeFailure(error)}`);
        const failed: LangiumDocument[] = [];
        for (const document of documents) {
            if (document.state >= DocumentState.Validated || !this.langiumDocuments.hasDocument(document.uri)) {
                continue;
            }
            try {
                await super.buildDocuments([document], options, cancelToken);
            } catch (failure) {
                if (isOperationCancelled(failure)) {
                    throw failure;
                }
                console.error(`[journey] ${document.uri.toString()} could not be checked. ${describeFailure(failure)}`);
                document.diagnostics = [buildFailureDiagnostic(failure)];
                this.markAsCompleted(document);
                failed.push(document);
            }
        }
        // Whoever waits for these documents, or for the build, gets them now (the diagnostics are published).
        for (let state = DocumentState.Parsed; state <= DocumentState.Validated; state++) {
            const reaching = failed.filter(document => document.state < state);
            for (const document of reaching) {
                document.state = state;
                await this.notifyDocumentPhase(document, state, cancelToken);
            }
            if (reaching.length > 0) {
                await this.notifyBuildPhase(reaching, state, cancelToken);
            }
            if (this.currentState < state) {
                this.currentState = state;
            }
        }
    }

    /**
     * Langium's build, with one step between indexing and linking: each waiting dependent either
     * gets its references into the changed documents pointed at the new nodes (every name it uses is
     * still exported, by the same document: nothing it is validated on changed) or is linked and
     * validated again. Dependents handled the first way are reported with the validated documents
     * (their diagrams may show a changed label) without being validated.
     */
    private async buildWithDependents(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (this.dependents.size === 0) {
            return super.buildDocuments(documents, options, cancelToken);
        }
        // Parse and index the changed documents first (the build below skips what is done).
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, document => this.langiumDocumentFactory.update(document, cancelToken));
        await this.runCancelable(documents, DocumentState.IndexedContent, cancelToken, document => this.indexManager.updateContent(document, cancelToken));
        const relink: LangiumDocument[] = [];
        const retargeted: LangiumDocument[] = [];
        for (const [document, uris] of [...this.dependents]) {
            this.dependents.delete(document);
            if (documents.includes(document) || document.state < DocumentState.Linked || !this.langiumDocuments.hasDocument(document.uri)) {
                continue; // built anyway, or gone
            }
            if (await this.retarget(document, uris)) {
                retargeted.push(document);
            } else {
                this.resetToState(document, DocumentState.ComputedScopes);
                relink.push(document);
            }
        }
        await super.buildDocuments([...documents, ...relink], options, cancelToken);
        await this.notifyBuildPhase(retargeted.filter(document => document.state === DocumentState.Validated), DocumentState.Validated, cancelToken);
    }

    /**
     * Points the document's references into `uris` at the nodes those documents export now. False
     * (and nothing changed) when one of them needs the document linked and validated again: its
     * name is no longer exported by the same document, or it is not a NAME_ONLY_REFERENCES one.
     */
    private async retarget(document: LangiumDocument, uris: ReadonlySet<string>): Promise<boolean> {
        const linker = this.serviceRegistry.getServices(document.uri).references.Linker;
        const updates: Array<{ reference: DefaultReference; description: AstNodeDescription }> = [];
        let moved = false;
        // document.references: every reference of the document the linker resolved (no AST walk).
        for (const reference of document.references) {
            if (!isReference(reference)) {
                // None in this grammar; should one come, its document is linked again.
                if (isMultiReference(reference) && reference.items.some(item => item.$nodeDescription && uris.has(item.$nodeDescription.documentUri.toString()))) {
                    return false;
                }
                continue;
            }
            const before = reference.$nodeDescription;
            if (!before || !uris.has(before.documentUri.toString())) {
                continue;
            }
            const container = reference.$refNode?.astNode;
            const property = reference.$refNode ? GrammarUtils.findAssignment(reference.$refNode)?.feature : undefined;
            if (!container || !property || !NAME_ONLY_REFERENCES.has(`${container.$type}.${property}`)) {
                return false;
            }
            const now = linker.getCandidate({ reference, container, property });
            if (isLinkingError(now) || now.name !== before.name || now.type !== before.type || now.documentUri.toString() !== before.documentUri.toString()) {
                return false;
            }
            moved ||= now.path !== before.path;
            updates.push({ reference: reference as DefaultReference, description: now });
        }
        for (const { reference, description } of updates) {
            const target = this.langiumDocuments.getDocument(description.documentUri);
            const node = description.node ?? (target ? this.serviceRegistry.getServices(description.documentUri).workspace.AstNodeLocator.getAstNode(target.parseResult.value, description.path) : undefined);
            if (!node) {
                return false;
            }
            reference._ref = node;
            reference._nodeDescription = description;
        }
        if (moved) {
            // The reference index holds the targets' paths.
            await this.indexManager.updateReferences(document);
        }
        return true;
    }

    /**
     * Whether a document has an unresolved reference, remembered per list of references: the linker
     * makes a new list when it unlinks a document and only adds to it, and pointing references at new
     * nodes (retarget) resolves nothing and unresolves nothing. Asked of every document on every edit.
     */
    private hasLinkingErrors(document: LangiumDocument): boolean {
        const references = document.references;
        const known = this.linkingErrors.get(references);
        if (known && known.length === references.length) {
            return known.errors;
        }
        const errors = references.some(reference => reference.error !== undefined);
        this.linkingErrors.set(references, { length: references.length, errors });
        return errors;
    }

    private readonly linkingErrors = new WeakMap<readonly unknown[], { length: number; errors: boolean }>();

    /** Langium's, without building streams for every document on every update (profiled: a fifth of a one-file edit). */
    protected override findMissingValidationCategories(document: LangiumDocument, options: BuildOptions | undefined): ValidationCategory[] {
        const executed = this.buildState.get(document.uri.toString())?.result?.validationChecks;
        const requested = options && typeof options.validation === 'object' ? options.validation.categories : undefined;
        if (executed && requested && requested.every(category => executed.includes(category))) {
            return [];
        }
        return super.findMissingValidationCategories(document, options);
    }

    /** The changed URIs of loaded documents, not open in the editor, that are no longer regular files on disk. */
    private async noLongerFiles(changed: readonly URI[]): Promise<URI[]> {
        const gone: URI[] = [];
        for (const uri of changed) {
            if (!this.langiumDocuments.hasDocument(uri) || this.textDocuments?.get(uri.toString()) || isBuiltinUri(uri)) {
                continue;
            }
            try {
                if (!(await this.fileSystemProvider.stat(uri)).isFile) {
                    gone.push(uri);
                }
            } catch {
                gone.push(uri);
            }
        }
        return gone;
    }

    /** Requests waiting for the workspace to reach a state (workspace symbols: IndexedContent). */
    private readonly stateWaiters = new Set<{ state: DocumentState; wake(): void }>();

    /**
     * Langium resolves such a request when a build phase notifies its documents, and notifies none
     * when a phase has no document: an update that finds nothing to build (a watched `x.journey` that
     * is a folder or a dangling link) reached every state, yet left the request unanswered forever.
     * Here a request is answered when any build phase reaches its state, with or without documents.
     */
    protected override awaitBuilderState(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (this.currentState >= state || cancelToken.isCancellationRequested) {
            return super.awaitBuilderState(state, cancelToken);
        }
        return new Promise((resolve, reject) => {
            const waiter = {
                state,
                wake: () => {
                    this.stateWaiters.delete(waiter);
                    cancellation.dispose();
                    resolve();
                }
            };
            const cancellation = cancelToken.onCancellationRequested(() => {
                this.stateWaiters.delete(waiter);
                cancellation.dispose();
                reject(OperationCancelled);
            });
            this.stateWaiters.add(waiter);
        });
    }

    protected override async notifyBuildPhase(documents: LangiumDocument[], state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const waiter of [...this.stateWaiters]) {
            if (waiter.state <= state) {
                waiter.wake();
            }
        }
        await super.notifyBuildPhase(documents, state, cancelToken);
    }

    /** The documents, other than `uris`, that declare a top-level name (of the same kind) that one of `uris` declares. */
    private sharingNames(uris: ReadonlySet<string>): LangiumDocument[] {
        if (uris.size === 0) {
            return [];
        }
        const key = (description: AstNodeDescription) => `${description.type}:${description.name}`;
        const all = this.indexManager.allElements().filter(description => !isBuiltinUri(description.documentUri)).toArray();
        const declared = new Set(all.filter(description => uris.has(description.documentUri.toString())).map(key));
        if (declared.size === 0) {
            return [];
        }
        const sharing = new Set(all.filter(description => !uris.has(description.documentUri.toString()) && declared.has(key(description))).map(description => description.documentUri.toString()));
        return [...sharing].flatMap(uri => this.langiumDocuments.getDocument(Uris.parse(uri)) ?? []);
    }
}
