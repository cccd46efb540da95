import { readdirSync, readFileSync } from 'node:fs';

/** The `journey` blocks of the project's language reference (docs/language.md), as files of one workspace. */
export function referenceBlocks(): Record<string, string> {
    const reference = readFileSync('docs/language.md', 'utf8');
    const blocks = [...reference.matchAll(/```journey\n([\s\S]*?)```/g)].map(match => match[1]);
    return Object.fromEntries(blocks.map((block, i) => [`block${i + 1}.journey`, block]));
}

/** The files of examples/ (name → text). */
export function exampleFiles(): Record<string, string> {
    const names = readdirSync('examples').filter(name => name.endsWith('.journey')).sort();
    return Object.fromEntries(names.map(name => [name, readFileSync(`examples/${name}`, 'utf8')]));
}
