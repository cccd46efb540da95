/**
 * Names made from labels: lower case, NFC, letters (any script, with their marks) and digits kept,
 * every other run of characters one `_`; at most 40 characters (cut at a `_`); a name that would
 * start with a digit, a mark or nothing gets the kind in front (`step_1`). Unique within its scope:
 * the second `Go home` becomes `go_home_2`. The same labels in the same order give the same names.
 */

const MAX_LENGTH = 40;

export function nameFromLabel(label: string, kind: string): string {
    const words = label.normalize('NFC').toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
    // Counted in code points, so that a letter outside the BMP is never cut in half.
    const points = [...words];
    let name = words;
    if (points.length > MAX_LENGTH) {
        const cut = points.lastIndexOf('_', MAX_LENGTH);
        name = points.slice(0, cut > 0 ? cut : MAX_LENGTH).join('');
    }
    return /^\p{L}/u.test(name) ? name : `${kind}${name === '' ? '' : '_'}${name}`;
}

/** Hands out names unique within one scope (compared as the language compares them: after NFC). */
export class NameScope {
    private readonly taken = new Set<string>();

    /** A name made from `label`, with `_2`, `_3`… when the scope already has it. */
    claim(label: string, kind: string): string {
        const base = nameFromLabel(label, kind);
        let name = base;
        for (let n = 2; this.taken.has(name); n++) {
            name = `${base}_${n}`;
        }
        this.taken.add(name);
        return name;
    }
}
