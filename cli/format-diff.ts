import { createTwoFilesPatch } from 'diff';

/**
 * `journey-map format --diff`: what formatting would change in a file, as a unified diff (the file
 * as it is, then as formatted; `a/` and `b/` before its path, as git writes them, so the output can
 * be applied with `patch -p1` or `git apply`). Three lines of context.
 */
export function formatDiff(path: string, before: string, after: string, color: boolean): string {
    const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3, stripTrailingCr: true });
    // jsdiff starts with a line of `=` (an "Index:" separator): git's format has none.
    const lines = patch.split('\n').filter(line => !/^=+$/.test(line)).map(visible);
    if (lines.at(-1) === '') {
        lines.pop();
    }
    return lines.map(line => paint(line, color)).join('\n') + '\n';
}

/** Control characters of the file made visible, so that no line of it can move the cursor or colour the terminal. */
function visible(line: string): string {
    return line.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, char => {
        const code = char.charCodeAt(0);
        return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}

function paint(line: string, color: boolean): string {
    if (!color) {
        return line;
    }
    const code = line.startsWith('+++') || line.startsWith('---') ? 1 : line.startsWith('+') ? 32 : line.startsWith('-') ? 31 : line.startsWith('@@') ? 36 : 0;
    return code ? `\u001b[${code}m${line}\u001b[0m` : line;
}
