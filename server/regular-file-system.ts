import { lstatSync, promises as fs } from 'node:fs';
import type { URI } from 'langium';
import type { FileSystemNode } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readRegularFile } from '../language/index.js';

/**
 * The server's view of the disk, by the same rule as the CLI (docs/workspace.md): the workspace is
 * the regular `.journey` files below its folders. A link is neither a file nor a folder (it is not
 * followed, as the folder listing already says), and only a regular file of at most 50 MB is read,
 * without blocking: a watched `x.journey` that became a FIFO, a link to `/dev/zero` or a folder
 * never hangs the server.
 */
export class RegularFileSystemProvider extends NodeFileSystemProvider {
    override async stat(uri: URI): Promise<FileSystemNode> {
        const stats = await fs.lstat(uri.fsPath);
        return { isFile: stats.isFile(), isDirectory: stats.isDirectory(), uri };
    }

    override statSync(uri: URI): FileSystemNode {
        const stats = lstatSync(uri.fsPath);
        return { isFile: stats.isFile(), isDirectory: stats.isDirectory(), uri };
    }

    override async readFile(uri: URI): Promise<string> {
        return readRegularFile(uri.fsPath);
    }

    override readFileSync(uri: URI): string {
        return readRegularFile(uri.fsPath);
    }
}

export const RegularFileSystem = {
    fileSystemProvider: () => new RegularFileSystemProvider()
};
