import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { DocumentState } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PersonaLine, Workspace } from '../../language/ast.js';
import { isJourney, isPersonaLine } from '../../language/ast.js';
import { createJourneyServices, type JourneyServices } from '../../language/journey-module.js';
import { buildJourneyModel, type DocumentModelCache } from '../../language/model/build-model.js';
import { loadWorkspace, memoryUri } from '../../language/workspace/load-workspace.js';
import { MemoryFiles } from '../helpers/memory-files.js';
import { workspaceOf } from '../helpers/workspace.js';

/*
 * Incremental rebuilds (language/workspace/journey-document-builder.ts, docs/performance.md): an
 * edit re-links and re-validates only what depends on it, and the result is what a fresh build of
 * the same texts gives. These tests count the documents re-validated, never time anything.
 */

interface Session {
    services: JourneyServices;
    documents: Record<string, LangiumDocument<Workspace>>;
    /** Changes one file (or deletes it: `undefined`) and waits for the rebuild; returns what it validated and reported. */
    edit(file: string, text: string | undefined): Promise<{ validated: string[]; reported: string[] }>;
    diagnostics(file: string): Diagnostic[];
}

async function session(files: Record<string, string>): Promise<Session> {
    const fs = new MemoryFiles();
    const { journeyLanguage } = createJourneyServices({ fileSystemProvider: () => fs });
    for (const [name, text] of Object.entries(files)) {
        fs.texts.set(memoryUri(name).toString(), text);
    }
    const names = Object.keys(files);
    const loaded = await loadWorkspace(journeyLanguage, names.map(name => ({ uri: memoryUri(name), text: files[name] })));
    const documents = Object.fromEntries(names.map((name, i) => [name, loaded[i]]));
    const builder = journeyLanguage.shared.workspace.DocumentBuilder;
    const nameOf = (document: LangiumDocument) => document.uri.path.slice(1);
    let validated: string[] = [];
    let reported: string[] = [];
    builder.onDocumentPhase(DocumentState.Validated, document => { validated.push(nameOf(document)); });
    builder.onBuildPhase(DocumentState.Validated, built => { reported.push(...built.map(nameOf)); });
    return {
        services: journeyLanguage,
        documents,
        edit: async (file, text) => {
            validated = [];
            reported = [];
            const uri = memoryUri(file);
            if (text === undefined) {
                fs.texts.delete(uri.toString());
                await builder.update([], [uri]);
            } else {
                fs.texts.set(uri.toString(), text);
                await builder.update([uri], []);
            }
            return { validated: [...validated].sort(), reported: [...new Set(reported)].sort() };
        },
        diagnostics: file => journeyLanguage.shared.workspace.LangiumDocuments.getDocument(memoryUri(file))?.diagnostics ?? []
    };
}

const personas = 'persona lan "Lan Nguyen" {\n  goal "Buy a gift"\n}\n\npersona minh "Minh Tran"\n';
const journey = (name: string, persona: string, extra = '') => `journey ${name} "${name}" {\n  persona ${persona}\n${extra}\n  stage s {\n    touchpoint t {\n      channel web\n      persona ${persona}\n      emotion 4\n    }\n  }\n}\n`;
const files = {
    'personas.journey': personas,
    'a.journey': journey('a', 'lan'),
    'b.journey': journey('b', 'lan'),
    'c.journey': journey('c', 'minh')
};

/** The personas a journey's lines point at, resolved now. */
function personaLabels(document: LangiumDocument<Workspace>): Array<string | undefined> {
    const journeyNode = document.parseResult.value.declarations.find(isJourney)!;
    const lines: PersonaLine[] = [...journeyNode.headers.filter(isPersonaLine), ...journeyNode.stages.flatMap(stage => stage.touchpoints.flatMap(t => t.lines.filter(isPersonaLine)))];
    return lines.flatMap(line => line.personas.map(ref => ref.ref?.label));
}

describe('incremental rebuilds', () => {
    it("editing a persona's label or goal re-validates only the persona file, and the journeys see the new persona", async () => {
        const s = await session(files);
        const label = await s.edit('personas.journey', personas.replace('Lan Nguyen', 'Lan Nguyễn'));
        expect(label.validated).toEqual(['personas.journey']);
        // The journeys whose diagrams may show the label are reported with the validated documents.
        expect(label.reported).toEqual(['a.journey', 'b.journey', 'c.journey', 'personas.journey']);
        expect(personaLabels(s.documents['a.journey'])).toEqual(['Lan Nguyễn', 'Lan Nguyễn']);
        const goal = await s.edit('personas.journey', personas.replace('Buy a gift', 'Buy two gifts'));
        expect(goal.validated).toEqual(['personas.journey']);
        expect(personaLabels(s.documents['b.journey'])).toEqual(['Lan Nguyen', 'Lan Nguyen']);
    });

    it('editing one journey re-validates that journey only', async () => {
        const s = await session(files);
        const edit = await s.edit('a.journey', journey('a', 'lan').replace('emotion 4', 'emotion 5'));
        expect(edit.validated).toEqual(['a.journey']);
    });

    it('renaming a persona re-links and re-validates the journeys that use it, and only those', async () => {
        const s = await session(files);
        const rename = await s.edit('personas.journey', personas.replace('persona lan ', 'persona lan2 '));
        expect(rename.validated).toEqual(['a.journey', 'b.journey', 'personas.journey']);
        expect(s.diagnostics('a.journey').map(d => d.code)).toEqual(['JM002', 'JM002']);
        expect(s.diagnostics('c.journey')).toEqual([]);
        expect(personaLabels(s.documents['c.journey'])).toEqual(['Minh Tran', 'Minh Tran']);
        // Back: the unresolved references resolve again.
        const back = await s.edit('personas.journey', personas);
        expect(back.validated).toEqual(['a.journey', 'b.journey', 'personas.journey']);
        expect(s.diagnostics('a.journey')).toEqual([]);
        expect(personaLabels(s.documents['a.journey'])).toEqual(['Lan Nguyen', 'Lan Nguyen']);
    });

    it('points the references at a persona that moved in its file, for navigation and find-references too', async () => {
        const s = await session(files);
        const moved = 'persona an "An Pham"\n\n' + personas;
        const edit = await s.edit('personas.journey', moved);
        expect(edit.validated).toEqual(['personas.journey']);
        expect(personaLabels(s.documents['a.journey'])).toEqual(['Lan Nguyen', 'Lan Nguyen']);
        const lan = s.documents['personas.journey'].parseResult.value.declarations.find(d => d.name === 'lan')!;
        const references = s.services.shared.workspace.IndexManager.findAllReferences(lan, s.services.workspace.AstNodeLocator.getAstNodePath(lan)).toArray();
        expect(references.map(reference => reference.sourceUri.path).sort()).toEqual(['/a.journey', '/a.journey', '/b.journey', '/b.journey']);
    });

    it("re-validates a journey that improves a journey whose type changed (JM012 reads the target's type)", async () => {
        const current = 'journey today "Today" {\n  type current\n  persona lan\n  stage s {\n    touchpoint t { emotion 3 }\n  }\n}\n';
        const future = 'journey tomorrow "Tomorrow" {\n  type future\n  persona lan\n  improves today\n  stage s {\n    touchpoint t { emotion 4 }\n  }\n}\n';
        const s = await session({ 'personas.journey': personas, 'today.journey': current, 'tomorrow.journey': future });
        expect(s.diagnostics('tomorrow.journey')).toEqual([]);
        const edit = await s.edit('today.journey', current.replace('type current', 'type blueprint'));
        expect(edit.validated).toEqual(['today.journey', 'tomorrow.journey']);
        expect(s.diagnostics('tomorrow.journey').map(d => d.code)).toEqual(['JM012']);
    });

    it('keeps JM003 right across files: a duplicate declared, renamed away and deleted', async () => {
        const s = await session({ ...files, 'more.journey': 'persona an "An"\n' });
        await s.edit('more.journey', 'persona lan "Lan again"\n');
        expect(s.diagnostics('more.journey').map(d => d.code)).toEqual(['JM003']);
        expect(s.diagnostics('personas.journey').map(d => d.code)).toEqual(['JM003']);
        await s.edit('more.journey', 'persona lan3 "Lan again"\n');
        expect(s.diagnostics('personas.journey')).toEqual([]);
        await s.edit('more.journey', 'persona lan "Lan again"\n');
        expect(s.diagnostics('personas.journey').map(d => d.code)).toEqual(['JM003']);
        await s.edit('more.journey', undefined);
        expect(s.diagnostics('personas.journey')).toEqual([]);
    });

    it('rebuilds the model of the edited file only, and the model stays that of a fresh build', async () => {
        const s = await session(files);
        const cache: DocumentModelCache = new WeakMap();
        const all = () => s.services.shared.workspace.LangiumDocuments.all;
        const first = buildJourneyModel(all(), cache);
        await s.edit('personas.journey', personas.replace('Lan Nguyen', 'Lan Nguyễn'));
        const second = buildJourneyModel(all(), cache);
        expect(second).toEqual(buildJourneyModel(all()));
        expect(second.personas[0].label).toBe('Lan Nguyễn');
        // The journeys were not parsed again: their models are the same objects.
        expect(second.journeys.map((journey, i) => journey === first.journeys[i])).toEqual([true, true, true]);
        await s.edit('personas.journey', personas.replace('persona lan ', 'persona lan2 '));
        expect(buildJourneyModel(all(), cache)).toEqual(buildJourneyModel(all()));
    });

    it('ends every sequence of edits to the shared files with the diagnostics of a fresh build', async () => {
        const channels = 'channel zalo "Zalo OA" chat\n';
        const users = (persona: string) => journey(`uses_${persona}`, persona, '  improves a').replace('channel web', 'channel zalo');
        const base: Record<string, string> = { ...files, 'channels.journey': channels, 'd.journey': users('minh'), 'e.journey': users('lan') };
        const edits: Array<[string, (text: string) => string]> = [
            ['personas.journey', text => text.replace('Lan Nguyen', 'Lan N.')],
            ['personas.journey', text => text.replace('goal "Buy a gift"', 'goal "Buy a gift"\n  need "Speed"')],
            ['personas.journey', text => text.replace('persona lan ', 'persona lan2 ')],
            ['personas.journey', text => text.replace('persona lan2 ', 'persona lan ')],
            ['personas.journey', text => 'persona an "An"\n\n' + text],
            ['personas.journey', text => text.replace('persona minh "Minh Tran"', '')],
            ['personas.journey', text => text + '\npersona minh "Minh again"\n'],
            ['personas.journey', text => text + '\npersona lan "Lan twice"\n'],
            ['personas.journey', text => text.replace(/persona lan "Lan twice"\n/, '')],
            ['channels.journey', text => text.replace('Zalo OA', 'Zalo')],
            ['channels.journey', text => text.replace('channel zalo', 'channel zalo_oa')],
            ['channels.journey', text => text.replace('channel zalo_oa', 'channel zalo')],
            ['channels.journey', text => text + 'channel web "Our web" web\n'],
            ['a.journey', text => text.replace('journey a ', 'journey a2 ')],
            ['a.journey', text => text.replace('journey a2 ', 'journey a ')],
            ['a.journey', text => text.replace('persona lan\n', 'persona lan\n  type blueprint\n')],
            ['c.journey', text => text.replace('minh', 'lan')]
        ];
        await fc.assert(fc.asyncProperty(fc.array(fc.nat(edits.length - 1), { minLength: 1, maxLength: 8 }), async steps => {
            const s = await session(base);
            const texts = { ...base };
            for (const step of steps) {
                const [file, change] = edits[step];
                texts[file] = change(texts[file]);
                await s.edit(file, texts[file]);
            }
            const fresh = await workspaceOf(texts);
            for (const file of Object.keys(texts)) {
                const summary = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
                expect(summary(s.diagnostics(file)), `${file} after ${steps.map(step => step).join(', ')}`).toEqual(summary(fresh.diagnostics(file)));
            }
        }), { numRuns: 40 });
    }, 60_000);
});
