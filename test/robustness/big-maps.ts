/**
 * Big, valid maps for the robustness tests: a workspace of many files, one huge file. Every file
 * declares its own persona and journey; touchpoints carry the usual lines, so every phase of the
 * build (lexing, parsing, linking, each check) has real work to do.
 */

/**
 * A journey of about `lines` lines, without errors or warnings: 7 touchpoints per stage (9 lines each),
 * a negative emotion with a pain point, and an opportunity per stage that fixes its pains.
 */
export function bigJourneyFile(id: string, lines: number, personas = 1): string {
    const out: string[] = [];
    for (let p = 0; p < personas; p++) {
        out.push(`persona p_${id}_${p} "Persona ${id}/${p}" {`, `  goal "Goal of persona ${p}"`, '}', '');
    }
    out.push(`journey j_${id} "Journey ${id}" {`, `  persona p_${id}_0`, '');
    const opportunities: string[] = [];
    let t = 0;
    for (let stage = 0; stage === 0 || out.length + opportunities.length + 55 <= lines - 1; stage++) {
        out.push(`  stage s${stage} "Stage ${stage}" {`);
        const pains: string[] = [];
        for (let k = 0; k < 7; k++, t++) {
            const negative = t % 5 < 2;
            out.push(
                `    touchpoint t${t} "Touchpoint ${t} of ${id}" {`,
                `      channel ${['web', 'mobile', 'email', 'store'][t % 4]}`,
                `      action "Does step ${t}: opens the page, reads the price, compares"`,
                `      thought "Is step ${t} worth it?"`,
                `      emotion ${1 + (t % 5)}${negative ? '' : ' curious'}`,
                negative ? `      pain pain${t} "Pain at step ${t}" severity high` : `      metric visits ${t * 10}`,
                '    }'
            );
            if (negative) {
                pains.push(`pain${t}`);
            }
        }
        out.push('  }', '');
        opportunities.push(`  opportunity fix_s${stage} "Fix the pains of stage ${stage}" {`, `    fixes ${pains.join(', ')}`, '  }');
    }
    out.push(...opportunities, '}');
    return out.join('\n') + '\n';
}

/** `files` files of `linesPerFile` lines each. */
export function bigWorkspace(files: number, linesPerFile: number): Record<string, string> {
    return Object.fromEntries(Array.from({ length: files }, (_, i) => [`map${i}.journey`, bigJourneyFile(String(i), linesPerFile)]));
}

/** One file of at least `bytes` bytes (UTF-8). */
export function hugeFile(bytes: number): string {
    // About 38 bytes a line.
    let lines = Math.ceil(bytes / 38);
    let text = bigJourneyFile('huge', lines);
    while (Buffer.byteLength(text) < bytes) {
        lines = Math.ceil(lines * 1.1);
        text = bigJourneyFile('huge', lines);
    }
    return text;
}
