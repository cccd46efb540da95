/**
 * A process of its own (run by bench/run.ts): the first build in a new process, as the CLI and a
 * starting language server pay it (the JIT is cold, the parser new), and the heap it leaves.
 * Prints one JSON line.
 */
import { loadWorkspace } from '../language/index.js';
import { generateWorkspace } from './generate.js';
import { collect, median, times } from './measure.js';
import { benchServices, benchUri, MemoryFileSystem } from './workspace.js';

const size = Number(process.argv[2] ?? 10_000);
const generated = generateWorkspace(size);
const json = generated.files.map(file => file.json);
const jsonParseMs = median(await times(5, () => json.forEach(text => JSON.parse(text)), 1));
// Only the texts stay (as the files' contents stay in a server); the generator's data goes.
const files = generated.files.map(file => ({ uri: benchUri(file.name), text: file.text }));
generated.files.length = 0;
json.length = 0;
collect();
collect();
const baseline = process.memoryUsage().heapUsed;
let start = performance.now();
const services = benchServices(new MemoryFileSystem());
// Langium builds the parser and the lexer on first use: here, not in the build.
void services.parser.LangiumParser;
void services.parser.Lexer;
const servicesMs = performance.now() - start;
start = performance.now();
const documents = await loadWorkspace(services, files);
const buildMs = performance.now() - start;
collect();
collect();
const heap = process.memoryUsage().heapUsed;
if (documents.length !== files.length) {
    throw new Error('not all files loaded');
}
console.log(JSON.stringify({ size, jsonParseMs, servicesMs, buildMs, baselineMiB: baseline / 2 ** 20, heapMiB: heap / 2 ** 20 }));
