import type { FileSystemNode, FileSystemProvider } from 'langium';
import { DefaultDocumentBuilder, DefaultIndexManager, URI } from 'langium';
import { createJourneyServices, loadWorkspace, type JourneyDocument, type JourneyServices } from '../language/index.js';
import type { BenchWorkspace } from './generate.js';

/**
 * The language in-process, as the CLI and the server run it, over an in-memory file system: the
 * document builder re-reads an edited file from it, exactly as the server re-reads an editor buffer.
 */
export class MemoryFileSystem implements FileSystemProvider {
    readonly files = new Map<string, string>();

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) {
            throw new Error(`no file ${uri.toString()}`);
        }
        return text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString());
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        return { uri, isFile: this.files.has(uri.toString()), isDirectory: false };
    }

    async readDirectory(): Promise<FileSystemNode[]> {
        return [];
    }

    readDirectorySync(): FileSystemNode[] {
        return [];
    }
}

export function benchUri(name: string): URI {
    return URI.from({ scheme: 'memory', path: '/bench/' + name });
}

export interface LoadedBench {
    services: JourneyServices;
    fs: MemoryFileSystem;
    documents: Map<string, JourneyDocument>;
    /** Replaces a file's text and runs the incremental rebuild the server runs on an edit. */
    edit(name: string, text: string): Promise<void>;
}

/**
 * `stock`: Langium's own document builder instead of the journey language's (the "before" of the
 * persona-file edit, measured in the same run).
 */
export function benchServices(fs: MemoryFileSystem, stock = false): JourneyServices {
    if (!stock) {
        return createJourneyServices({ fileSystemProvider: () => fs }).journeyLanguage;
    }
    // createJourneyServices with Langium's own document builder and index manager put back.
    return createJourneyServices({ fileSystemProvider: () => fs }, {}, {
        workspace: { DocumentBuilder: services => new DefaultDocumentBuilder(services), IndexManager: services => new DefaultIndexManager(services) }
    }).journeyLanguage;
}

/** Parses, links and validates every file of the workspace (the cold build). */
export async function loadBench(workspace: BenchWorkspace, stock = false): Promise<LoadedBench> {
    const fs = new MemoryFileSystem();
    for (const file of workspace.files) {
        fs.files.set(benchUri(file.name).toString(), file.text);
    }
    const services = benchServices(fs, stock);
    const loaded = await loadWorkspace(services, workspace.files.map(file => ({ uri: benchUri(file.name), text: file.text })));
    const documents = new Map(workspace.files.map((file, i) => [file.name, loaded[i]]));
    return {
        services,
        fs,
        documents,
        edit: async (name, text) => {
            const uri = benchUri(name);
            fs.files.set(uri.toString(), text);
            await services.shared.workspace.DocumentBuilder.update([uri], []);
        }
    };
}
