import type { RenderBlockParams, RenderBlockResult } from '../../protocol/preview-data.js';

/**
 * markdown-it renders synchronously, the language server answers asynchronously: a block seen for the
 * first time is fetched, and the preview is refreshed when the answer arrives.
 */
export class BlockCache {
    private readonly known = new Map<string, RenderBlockResult>();
    private readonly inFlight = new Set<string>();

    constructor(private readonly fetch: (params: RenderBlockParams) => Promise<RenderBlockResult>, private readonly refresh: () => void,
        /** The message for a request that failed, in the reader's language. */
        private readonly failed: (message: string) => string = message => `The journey map could not be drawn: ${message}`) {}

    get(params: RenderBlockParams): RenderBlockResult | undefined {
        const key = JSON.stringify(params);
        const known = this.known.get(key);
        if (known || this.inFlight.has(key)) {
            return known;
        }
        this.inFlight.add(key);
        this.fetch(params).then(result => {
            this.known.set(key, result);
        }, (error: Error) => {
            this.known.set(key, { errors: [{ line: 1, message: this.failed(error.message) }] });
        }).finally(() => {
            this.inFlight.delete(key);
            this.refresh();
        });
        return undefined;
    }

    /** Forgets every rendering and redraws the previews that showed one (the workspace changed: personas may have new labels). */
    clear(): void {
        if (this.known.size > 0) {
            this.known.clear();
            this.refresh();
        }
    }
}
