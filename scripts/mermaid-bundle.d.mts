/** Where the faster copy of Mermaid's configuration is in use (scripts/mermaid-bundle.mjs). */
export declare const MERMAID_PATCH_MARK: string;
/** Mermaid's release build with `getConfig` copying by `cloneConfig`. */
export declare function patchMermaid(source: string): string;
