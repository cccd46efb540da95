import type { LangiumDocument } from 'langium';
import { exportJson } from '../../cli/export-command.js';
import { formatJourneyText } from '../../language/format/format-journey-text.js';
import { buildJourneyModel } from '../../language/model/build-model.js';
import type { PreviewSupport } from '../../language/lsp/preview-support.js';
import { parseMermaid } from '../helpers/mermaid.js';
import { tokenize } from './mutate.js';
import type { FuzzWorkspace } from './harness.js';

/** Whether a built document has an error (any severity-1 diagnostic). */
export function hasErrors(document: LangiumDocument): boolean {
    return (document.diagnostics ?? []).some(diagnostic => diagnostic.severity === 1);
}

/** Whether a document has a syntax error (JM001): the formatter leaves such a document alone. */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return (document.diagnostics ?? []).some(diagnostic => diagnostic.code === 'JM001');
}

/**
 * Every view of every journey of a document without errors, as the preview asks for it, checked by
 * the real `mermaid.parse`. Returns the failures (view and Mermaid's message) and how many views were parsed.
 */
export async function checkViews(preview: PreviewSupport, document: LangiumDocument): Promise<{ failures: string[]; parsed: number }> {
    const uri = document.uri.toString();
    const first = preview.diagram(uri);
    const failures: string[] = [];
    let parsed = 0;
    for (const journey of first.journeys) {
        for (const view of journey.views) {
            const result = preview.diagram(uri, journey.name, view);
            if (!result.mermaid) {
                failures.push(`${journey.name} ${view}: no diagram (${result.notice ?? result.errors.map(e => e.message).join('; ')})`);
                continue;
            }
            try {
                await parseMermaid(result.mermaid);
                parsed++;
            } catch (error) {
                failures.push(`${journey.name} ${view}: mermaid.parse failed: ${(error as Error).message}\n${result.mermaid}`);
            }
        }
    }
    return { failures, parsed };
}

/** The comments of a text, in order, each without trailing spaces on its lines (all the formatter may change in them). */
export function commentsOf(text: string): string[] {
    return tokenize(text).filter(token => /^(\/\/|\/\*)/.test(token.text)).map(token => token.text.split(/\r\n|\r|\n/).map(line => line.trimEnd()).join('\n'));
}

/** The text without its white space outside labels and comments: what formatting must keep, character for character. */
export function inkOf(text: string): string {
    return tokenize(text).filter(token => /\S/u.test(token.text)).map(token => token.text.startsWith('/*') || token.text.startsWith('//') ? token.text.split(/\r\n|\r|\n/).map(line => line.trimEnd()).join('\n') : token.text).join('');
}

/** The workspace's exported JSON (`journey-map export`) without source ranges: what a change of layout must keep. */
export function exportWithoutSources(workspace: FuzzWorkspace): unknown {
    const model = buildJourneyModel(workspace.services.shared.workspace.LangiumDocuments.all);
    return JSON.parse(exportJson(model), (key, value: unknown) => key === 'source' ? undefined : value);
}

/**
 * Formatter safety on a document without syntax errors: formatting succeeds, is idempotent, keeps every
 * character outside white space (labels, names, comments), and gives the same exported model
 * (the workspace is rebuilt with the formatted text, then restored). Returns what went wrong.
 */
export async function checkFormatter(workspace: FuzzWorkspace, name: string, text: string): Promise<string[]> {
    const problems: string[] = [];
    const once = formatJourneyText(text);
    if (!once.ok) {
        return [`not formatted: ${once.reason} on line ${once.line}`];
    }
    const twice = formatJourneyText(once.text);
    if (!twice.ok || twice.text !== once.text) {
        problems.push(`not idempotent:\n--- once\n${once.text}\n--- twice\n${twice.ok ? twice.text : twice.reason}`);
    }
    if (inkOf(once.text) !== inkOf(text)) {
        problems.push(`a character outside white space changed:\n--- before\n${text}\n--- after\n${once.text}`);
    }
    const comments = [commentsOf(text), commentsOf(once.text)];
    if (JSON.stringify(comments[0]) !== JSON.stringify(comments[1])) {
        problems.push(`comments changed: ${JSON.stringify(comments[0])} → ${JSON.stringify(comments[1])}`);
    }
    const codes = (document: LangiumDocument | undefined) => (document?.diagnostics ?? []).map(d => String(d.code)).sort().join(' ');
    const codesBefore = codes(workspace.document(name));
    const before = JSON.stringify(exportWithoutSources(workspace));
    const [formattedDocument] = Object.values(await workspace.set({ [name]: once.text }));
    const after = JSON.stringify(exportWithoutSources(workspace));
    if (before !== after) {
        problems.push(`the exported model changed:\n--- before\n${before}\n--- after\n${after}`);
    }
    if (codes(formattedDocument) !== codesBefore) {
        problems.push(`the diagnostics changed: ${codesBefore} → ${codes(formattedDocument)}`);
    }
    await workspace.set({ [name]: text });
    return problems;
}
