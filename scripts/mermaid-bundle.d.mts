/** Marks of the preview's two changes to Mermaid (scripts/mermaid-bundle.mjs): the faster copy of its configuration, the remembered sanitizer results. */
export declare const MERMAID_PATCH_MARKS: readonly string[];
/** Mermaid's release build with the preview's two changes. */
export declare function patchMermaid(source: string): string;
