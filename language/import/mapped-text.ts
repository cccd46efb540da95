/**
 * A text that remembers, for each of its characters, the line of the original text it came from:
 * Mermaid rewrites a diagram before its parser reads it (drops front matter, directives and comment
 * lines), and an error must still name the line the user sees in the file.
 */
export class MappedText {
    private constructor(readonly text: string, private readonly lines: readonly number[]) {}

    /** `text` as it stands in its file, its first line numbered `firstLine`. */
    static of(text: string, firstLine = 1): MappedText {
        const lines: number[] = [];
        let line = firstLine;
        for (const char of text) {
            for (let i = 0; i < char.length; i++) {
                lines.push(line);
            }
            if (char === '\n') {
                line++;
            }
        }
        return new MappedText(text, lines);
    }

    /** The original line of the character at `offset` (the last line after the end). */
    lineAt(offset: number): number {
        return this.lines[Math.min(offset, this.lines.length - 1)] ?? 1;
    }

    /** Every match of a global `pattern` replaced; the characters a replacement writes take the line of the match. */
    replace(pattern: RegExp, replacement: (match: RegExpExecArray) => string): MappedText {
        return this.edit([...this.text.matchAll(pattern)].map(match => ({ start: match.index, end: match.index + match[0].length, text: replacement(match as RegExpExecArray) })));
    }

    /** The text with some ranges (in order, not overlapping) replaced; the characters written take the line of their range. */
    edit(edits: ReadonlyArray<{ start: number; end: number; text: string }>): MappedText {
        if (edits.length === 0) {
            return this;
        }
        const parts: string[] = [];
        const lines: number[] = [];
        let kept = 0;
        const keep = (end: number) => {
            parts.push(this.text.slice(kept, end));
            for (let i = kept; i < end; i++) {
                lines.push(this.lines[i]);
            }
        };
        for (const { start, end, text } of edits) {
            keep(start);
            parts.push(text);
            for (let i = 0; i < text.length; i++) {
                lines.push(this.lineAt(start));
            }
            kept = end;
        }
        keep(this.text.length);
        return new MappedText(parts.join(''), lines);
    }

    /** The text from `start` on. */
    slice(start: number): MappedText {
        return new MappedText(this.text.slice(start), this.lines.slice(start));
    }
}
