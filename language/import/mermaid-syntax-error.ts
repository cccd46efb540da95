/** A diagram Mermaid would refuse: the message says why in words, `line` is its line in the file read. */
export class MermaidSyntaxError extends Error {
    constructor(message: string, readonly line: number) {
        super(message);
        this.name = 'MermaidSyntaxError';
    }
}
