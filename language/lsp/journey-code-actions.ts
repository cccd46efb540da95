import * as l10n from '@vscode/l10n';
import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Journey, Stage, Workspace } from '../generated/ast.js';
import { isEmotionLine, isJourney, isPain, isTextLine, isTouchpoint, isTypeLine } from '../generated/ast.js';
import { journeyModel, allTouchpoints } from '../ast-helpers.js';
import { closestMood, MOOD_SCORES, moodScore } from '../domain/moods.js';
import { modelStageIndex, STAGE_MODELS } from '../domain/stage-models.js';
import { isCurlyLabel } from '../parser/journey-token-builder.js';

type Fix = (diagnostic: Diagnostic, document: LangiumDocument<Workspace>) => CodeAction[];

/** A quick fix for each warning that has an obvious remedy (and for unknown names and moods). */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly fixes: Readonly<Record<string, Fix>> = {
        JM001: (d, doc) => fixSyntax(d, doc),
        JM002: (d, doc) => [...replaceName(d, doc), ...declareMissing(d, doc)],
        JM004: (d, doc) => replaceMood(d, doc),
        JM006: (d, doc) => [...replaceName(d, doc), ...fixStages(d, doc)],
        JM007: (d, doc) => addPain(d, doc),
        JM008: (d, doc) => addOpportunity(d, doc),
        JM013: (d, doc) => alignEmotion(d, doc),
        JM017: (d, doc) => showLine(d, doc)
    };

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const journeyDocument = document as LangiumDocument<Workspace>;
        return params.context.diagnostics.flatMap(diagnostic => {
            const fix = this.fixes[String(diagnostic.code)];
            return fix ? fix(diagnostic, journeyDocument).map(action => ({ ...action, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] })) : [];
        });
    }
}

function edit(title: string, document: LangiumDocument, edits: TextEdit[], isPreferred = false): CodeAction {
    return { title, isPreferred, edit: { changes: { [document.uri.toString()]: edits } } };
}

function nodeAt(document: LangiumDocument, position: Position): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    return root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position))?.astNode : undefined;
}

function indentOf(document: LangiumDocument, line: number): string {
    return /^\s*/.exec(document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0].replace(/\r?\n/g, '');
}

/** JM002: declare the missing persona or channel at the top level, just before the declaration that uses it. */
function declareMissing(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const data = diagnostic.data as { containerType?: string; property?: string; refText?: string } | undefined;
    const name = data?.refText;
    const declaration = nodeAt(document, diagnostic.range.start);
    const topLevel = declaration ? topLevelOf(declaration) : undefined;
    if (!name || !topLevel?.$cstNode) {
        return [];
    }
    const text = data.containerType === 'ChannelLine' ? `channel ${name} "${name}" other`
        : data.property === 'personas' ? `persona ${name} "${name}"` : undefined;
    if (!text) {
        return [];
    }
    const at = topLevel.$cstNode.range.start;
    const title = text.startsWith('channel') ? l10n.t('Declare channel `{0}`', name) : l10n.t('Declare persona `{0}`', name);
    return [edit(title, document, [{ range: { start: at, end: at }, newText: `${text}\n\n` }], true)];
}

function topLevelOf(node: AstNode): AstNode | undefined {
    let current: AstNode | undefined = node;
    while (current?.$container && current.$container.$container) {
        current = current.$container;
    }
    return current?.$container ? current : undefined;
}

/** The word a diagnostic is on, replaced with the one meant ("did you mean": closest-name.ts). */
function replaceWord(diagnostic: Diagnostic, document: LangiumDocument, meant: string | undefined): CodeAction[] {
    const written = document.textDocument.getText(diagnostic.range);
    return meant && meant !== written ? [edit(l10n.t('Replace `{0}` with `{1}`', written, meant), document, [{ range: diagnostic.range, newText: meant }], true)] : [];
}

/** JM004: replace an unknown mood with the closest known one. */
function replaceMood(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const written = document.textDocument.getText(diagnostic.range);
    return replaceWord(diagnostic, document, /^[\p{L}_]/u.test(written) ? closestMood(written) : undefined);
}

/** JM002, JM006: replace an unknown name with the name it is closest to (the message suggests it). */
function replaceName(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    return replaceWord(diagnostic, document, (diagnostic.data as { suggestion?: string } | undefined)?.suggestion);
}

/** JM001: a misspelt keyword becomes the keyword meant, a `}` too many goes; a label in curly quotes gets straight ones. */
function fixSyntax(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const keyword = (diagnostic.data as { keyword?: string } | undefined)?.keyword;
    if (keyword === '') {
        return [edit(l10n.t('Remove this `}`'), document, [removal(document, diagnostic.range)], true)];
    }
    if (keyword) {
        return replaceWord(diagnostic, document, keyword);
    }
    const written = document.textDocument.getText(diagnostic.range);
    if (!isCurlyLabel(written)) {
        return [];
    }
    const straight = `"${written.slice(1, -1).replace(/(^|[^\\])"/g, '$1\\"')}"`;
    return [edit(l10n.t('Use straight quotes `"`'), document, [{ range: diagnostic.range, newText: straight }], true)];
}

/** JM013: make the score follow the mood, or the mood follow the score. */
function alignEmotion(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const emotion = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range.start), isEmotionLine);
    const scoreNode = emotion?.$cstNode ? GrammarUtils.findNodeForProperty(emotion.$cstNode, 'score') : undefined;
    const moodNode = emotion?.$cstNode ? GrammarUtils.findNodeForProperty(emotion.$cstNode, 'mood') : undefined;
    const fromMood = emotion?.mood ? moodScore(emotion.mood) : undefined;
    if (!emotion || !scoreNode || !moodNode || fromMood === undefined) {
        return [];
    }
    const score = Number(emotion.score);
    const moodForScore = [...MOOD_SCORES].find(([, value]) => value === score)?.[0];
    return [
        edit(l10n.t('Change the score to {0} (the score of `{1}`)', fromMood, emotion.mood!), document, [{ range: scoreNode.range, newText: String(fromMood) }], true),
        ...(moodForScore ? [edit(l10n.t('Change the mood to `{0}` (score {1})', moodForScore, score), document, [{ range: moodNode.range, newText: moodForScore }])] : [])
    ];
}

/** JM017: change the map's type to the one whose view draws the line, or remove the line. */
function showLine(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const line = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range.start), isTextLine);
    const journey = line ? AstUtils.getContainerOfType(line, isJourney) : undefined;
    const mapType = (diagnostic.data as { mapType?: string } | undefined)?.mapType;
    if (!line?.$cstNode || !journey?.$cstNode || !mapType) {
        return [];
    }
    const typeLine = journey.headers.find(isTypeLine);
    const typeValue = typeLine?.$cstNode ? GrammarUtils.findNodeForProperty(typeLine.$cstNode, 'value') : undefined;
    const firstInside = journey.headers[0]?.$cstNode ?? journey.stages[0]?.$cstNode;
    const changeType: TextEdit | undefined = typeValue ? { range: typeValue.range, newText: mapType }
        : firstInside ? { range: { start: firstInside.range.start, end: firstInside.range.start }, newText: `type ${mapType}\n${indentOf(document, firstInside.range.start.line)}` }
        : undefined;
    return [
        ...(changeType ? [edit(l10n.t("Change the map's type to `{0}`", mapType), document, [changeType])] : []),
        edit(l10n.t('Remove the `{0}` line', line.kind), document, [removal(document, line.$cstNode.range)])
    ];
}

/** The edit that removes a statement: its whole line when nothing else is on it. */
function removal(document: LangiumDocument, range: Range): TextEdit {
    const text = document.textDocument;
    const before = text.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
    const after = text.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } });
    if (before.trim() === '' && after.trim() === '') {
        return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range, newText: '' };
}

/** JM007: add a pain point stub under the negative emotion. */
function addPain(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const touchpoint = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range.start), isTouchpoint);
    const emotion = touchpoint?.lines.find(isEmotionLine);
    const journey = touchpoint ? AstUtils.getContainerOfType(touchpoint, isJourney) : undefined;
    if (!touchpoint || !emotion?.$cstNode || !journey) {
        return [];
    }
    const taken = new Set(allTouchpoints(journey).flatMap(t => t.lines.filter(isPain).map(pain => pain.name)));
    const name = uniqueName(`${touchpoint.name}_pain`, taken);
    const line = emotion.$cstNode.range.end.line;
    const at = emotion.$cstNode.range.end;
    return [edit(l10n.t('Add a pain point `{0}`', name), document, [{ range: { start: at, end: at }, newText: `\n${indentOf(document, line)}pain ${name} "${l10n.t('What causes this feeling?')}"` }], true)];
}

/** JM008: add an opportunity that fixes the pain point, at the end of its journey. */
function addOpportunity(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const pain = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range.start), isPain);
    const journey = pain ? AstUtils.getContainerOfType(pain, isJourney) : undefined;
    const end = journey?.$cstNode?.range.end;
    if (!pain || pain.name === undefined || !journey || !end) {
        return [];
    }
    const name = uniqueName(`fix_${pain.name}`, new Set(journey.opportunities.map(o => o.name)));
    const indent = indentOf(document, end.line);
    const closing = { line: end.line, character: end.character - 1 };
    const label = (pain.label ?? pain.name).replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n');
    const text = `\n${indent}  opportunity ${name} "${l10n.t('Fix: {0}', label)}" {\n${indent}    fixes ${pain.name}\n${indent}  }\n${indent}`;
    const lineBefore = document.textDocument.getText({ start: { line: end.line, character: 0 }, end: closing });
    // When `}` is alone on its line, insert before that line; otherwise just before the `}`.
    const at = lineBefore.trim() === '' ? { line: end.line, character: 0 } : closing;
    const newText = lineBefore.trim() === '' ? text.slice(1).replace(/\n[ \t]*$/, '\n') : text;
    return [edit(l10n.t('Add an opportunity that fixes `{0}`', pain.name), document, [{ range: { start: at, end: at }, newText }], true)];
}

/** JM006: insert the model's missing stages where they belong, or put the stages in the model's order. */
function fixStages(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const journey = AstUtils.getContainerOfType(nodeAt(document, diagnostic.range.start), isJourney);
    const model = journey ? journeyModel(journey) : undefined;
    if (!journey || !model) {
        return [];
    }
    const missing = (diagnostic.data as { missing?: string[] } | undefined)?.missing;
    if (missing) {
        return [edit(l10n.t('Add the missing {0} stages ({1})', model, missing.join(', ')), document, insertStages(document, journey, missing), true)];
    }
    const reordered = reorderStages(document, journey);
    return reordered ? [edit(l10n.t('Put the stages in {0} order', model), document, [reordered])] : [];
}

function insertStages(document: LangiumDocument, journey: Journey, missing: string[]): TextEdit[] {
    const model = journeyModel(journey)!;
    const stages = journey.stages.filter(stage => stage.$cstNode);
    const indent = stages[0]?.$cstNode ? indentOf(document, stages[0].$cstNode.range.start.line) : '  ';
    const stageText = (name: string) => `stage ${name} "${name[0].toUpperCase()}${name.slice(1)}" {\n${indent}}`;
    return missing.map(name => {
        const index = STAGE_MODELS[model].indexOf(name);
        const before = stages.find(stage => modelStageIndex(model, stage.name) > index);
        if (before?.$cstNode) {
            const at = before.$cstNode.range.start;
            return { range: { start: at, end: at }, newText: `${stageText(name)}\n\n${indent}` };
        }
        const last = stages.at(-1)?.$cstNode ?? journey.headers.at(-1)?.$cstNode;
        const at = last?.range.end ?? journey.$cstNode!.range.end;
        return { range: { start: at, end: at }, newText: `\n\n${indent}${stageText(name)}` };
    });
}

/** The stages in model order (stages outside the model last), each moving with the comments just above it. */
function reorderStages(document: LangiumDocument, journey: Journey): TextEdit | undefined {
    const model = journeyModel(journey)!;
    const stages = journey.stages.filter((stage): stage is Stage & { $cstNode: NonNullable<Stage['$cstNode']> } => stage.$cstNode !== undefined);
    if (stages.length < 2) {
        return undefined;
    }
    const first = stages[0].$cstNode.offset;
    const last = stages.at(-1)!.$cstNode.end;
    const between = journey.opportunities.some(o => o.$cstNode && o.$cstNode.offset > first && o.$cstNode.end < last);
    if (between) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const pieces = stages.map((stage, i) => ({
        stage,
        text: text.slice(i === 0 ? first : stages[i - 1].$cstNode.end, stage.$cstNode.end)
    }));
    const separator = /^\s*/.exec(pieces[1].text)![0];
    const rank = (stage: Stage) => {
        const index = modelStageIndex(model, stage.name);
        return index < 0 ? Number.MAX_SAFE_INTEGER : index;
    };
    const ordered = [...pieces].sort((a, b) => rank(a.stage) - rank(b.stage)).map(piece => piece.text.replace(/^\s*/, ''));
    const range = { start: document.textDocument.positionAt(first), end: document.textDocument.positionAt(last) };
    return { range, newText: ordered.join(separator) };
}

function uniqueName(base: string, taken: Set<string>): string {
    let name = base;
    for (let i = 2; taken.has(name); i++) {
        name = `${base}_${i}`;
    }
    return name;
}
