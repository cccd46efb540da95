import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

/** In-memory files that the document builder re-reads on an update, as the server re-reads an editor buffer. */
export class MemoryFiles implements FileSystemProvider {
    readonly texts = new Map<string, string>();
    async readFile(uri: URI): Promise<string> { return this.readFileSync(uri); }
    readFileSync(uri: URI): string {
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`no file ${uri.toString()}`);
        return text;
    }
    async readBinary(uri: URI): Promise<Uint8Array> { return new TextEncoder().encode(this.readFileSync(uri)); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    async exists(uri: URI): Promise<boolean> { return this.texts.has(uri.toString()); }
    existsSync(uri: URI): boolean { return this.texts.has(uri.toString()); }
    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    statSync(uri: URI): FileSystemNode { return { uri, isFile: this.texts.has(uri.toString()), isDirectory: false }; }
    async readDirectory(): Promise<FileSystemNode[]> { return []; }
    readDirectorySync(): FileSystemNode[] { return []; }
}
