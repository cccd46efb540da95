// The processes of this machine as /proc shows them: the editor tests find the journey language
// server among them (from the test process and from inside VS Code's extension host).
import * as fs from 'node:fs';

export interface ProcessInfo {
    pid: number;
    parent: number;
    session: number;
    /** The command line, its arguments separated by spaces. */
    commandLine: string;
}

/** The pids of the processes for which `accept` is true. */
export function findProcesses(accept: (process: ProcessInfo) => boolean): number[] {
    const pids: number[] = [];
    for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            // /proc/PID/stat: "pid (comm) state ppid pgrp session ..."; comm may hold spaces: read after the last ')'.
            const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
            const info = { pid: Number(entry), parent: Number(fields[1]), session: Number(fields[3]), commandLine };
            if (accept(info)) pids.push(info.pid);
        } catch {
            // The process ended while we looked.
        }
    }
    return pids;
}

/** Whether a command line runs the journey language server (dist/server.js). */
export function isLanguageServer(commandLine: string): boolean {
    return /dist[/\\]server\.js\b/.test(commandLine);
}
