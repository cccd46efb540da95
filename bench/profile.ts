import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/**
 * Runs `work` under the V8 CPU profiler (what `node --cpu-prof` records, limited to this work),
 * writes dist/bench/profiles/NAME.cpuprofile (open it in Chrome DevTools or VS Code) and returns the
 * functions with the most self time and the most total time.
 */
export async function profile(name: string, work: () => Promise<unknown>): Promise<string> {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop') as unknown as { profile: Profile };
    session.disconnect();
    mkdirSync('dist/bench/profiles', { recursive: true });
    writeFileSync(`dist/bench/profiles/${name}.cpuprofile`, JSON.stringify(profile));
    return summarize(profile);
}

export function summarize(profile: Profile, top = 25): string {
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, '')}:${node.callFrame.lineNumber + 1}`;
    const selfBy = new Map<string, number>();
    const totalBy = new Map<string, number>();
    for (const [id, time] of self) {
        const node = byId.get(id)!;
        selfBy.set(key(node), (selfBy.get(key(node)) ?? 0) + time);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
            const k = key(byId.get(at)!);
            if (!seen.has(k)) {
                seen.add(k);
                totalBy.set(k, (totalBy.get(k) ?? 0) + time);
            }
        }
    }
    const all = [...self.values()].reduce((a, b) => a + b, 0);
    const fmt = (entries: Map<string, number>) => [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)
        .map(([k, t]) => `${(t / 1000).toFixed(1).padStart(8)} ms ${(100 * t / all).toFixed(1).padStart(5)}%  ${k}`).join('\n');
    return `total ${(all / 1000).toFixed(0)} ms\n-- self --\n${fmt(selfBy)}\n-- total --\n${fmt(totalBy)}`;
}
