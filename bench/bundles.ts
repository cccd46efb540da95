import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Strings only Mermaid's own code holds (its API object, its sanitizer, its diagram registry). */
export const MERMAID_MARKERS = ['mermaidAPI', 'DOMPurify', 'flowchart-v2', 'classDiagram', 'dagre'];

/** Bundles that must never carry Mermaid: the extension host and the language server load it never. */
export const MERMAID_FREE = ['extension.js', 'server.js'];

export interface BundleResult {
    sizes: Array<{ file: string; kiB: number; gzipKiB: number }>;
    /** Mermaid markers found in the bundles that must not hold Mermaid (must stay empty). */
    mermaidLeaks: Array<{ file: string; marker: string }>;
}

export function benchBundles(dist = 'dist'): BundleResult {
    const files = readdirSync(dist).filter(name => name.endsWith('.js')).sort();
    const sizes = files.map(file => {
        const bytes = readFileSync(join(dist, file));
        return { file, kiB: statSync(join(dist, file)).size / 1024, gzipKiB: gzipSync(bytes).length / 1024 };
    });
    const mermaidLeaks = MERMAID_FREE.flatMap(file => {
        const text = readFileSync(join(dist, file), 'utf8');
        return MERMAID_MARKERS.filter(marker => text.includes(marker)).map(marker => ({ file, marker }));
    });
    return { sizes, mermaidLeaks };
}

// `node dist/bench/bundles.mjs` (via `node bench/bench.mjs --entry bench/bundles.ts`): the check alone.
if (process.argv[1]?.endsWith('bundles.mjs')) {
    const result = benchBundles();
    for (const size of result.sizes) {
        console.log(`${size.file.padEnd(24)} ${size.kiB.toFixed(0).padStart(6)} KiB  ${size.gzipKiB.toFixed(0).padStart(5)} KiB gzip`);
    }
    if (result.mermaidLeaks.length > 0) {
        console.error(`Mermaid found where it must not be: ${result.mermaidLeaks.map(leak => `${leak.file} (${leak.marker})`).join(', ')}`);
        process.exit(1);
    }
    console.log(`${MERMAID_FREE.join(' and ')} hold no Mermaid code.`);
}
