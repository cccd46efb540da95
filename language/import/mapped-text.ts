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
        let text = '';
        const lines: number[] = [];
        let kept = 0;
        for (const match of this.text.matchAll(pattern)) {
            const start = match.index;
            text += this.text.slice(kept, start);
            lines.push(...this.lines.slice(kept, start));
            const written = replacement(match as RegExpExecArray);
            text += written;
            lines.push(...Array<number>(written.length).fill(this.lineAt(start)));
            kept = start + match[0].length;
        }
        if (kept === 0 && text === '') {
            return this;
        }
        text += this.text.slice(kept);
        lines.push(...this.lines.slice(kept));
        return new MappedText(text, lines);
    }

    /** The text from `start` on. */
    slice(start: number): MappedText {
        return new MappedText(this.text.slice(start), this.lines.slice(start));
    }
}
