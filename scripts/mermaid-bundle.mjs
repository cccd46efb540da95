// The Mermaid the preview loads: the published release build (node_modules/mermaid/dist/mermaid.min.js),
// with one change that makes a map drawn 1.5–2× sooner and changes nothing else.
//
// Mermaid's `getConfig()` hands each caller a copy of its whole configuration (848 keys: every diagram's
// settings and the theme's variables), so that no caller can change it for the others. A block diagram
// asks for it about fourteen times per block, and Mermaid's copy (`assignWithDepth`) defines each key
// with `Object.defineProperty`: in the map view that copying was two thirds of Mermaid's time
// (measured with a CPU profile in Chromium; docs/performance.md). `cloneConfig` below makes the same
// copy, to the same depth with the same rules (null skipped, arrays copied without repeats, the third
// level shared), by plain assignment. test/webview/mermaid-bundle.test.ts compares the two copies in
// Chromium. Mermaid is pinned (package.json): the build stops if the line it replaces is not there.

/** Mermaid 12.3.0's `getConfig` in its release build: `Bh` is `assignWithDepth`, `Uee` the current configuration. */
const GET_CONFIG = 'ri=i(()=>Bh({},Uee),"getConfig")';

/** The same copy as `assignWithDepth({}, config)` (depth 2), without defining each key as a property. */
const CLONE_CONFIG = `(function cloneConfig(config) {
    var put = function (target, key, value) {
        key === "__proto__" ? Object.defineProperty(target, key, { value: value, writable: true, enumerable: true, configurable: true }) : target[key] = value;
    };
    var level = function (source, depth) {
        var copy = {};
        for (var key of Object.keys(source)) {
            var value = source[key];
            if (typeof value !== "object") { put(copy, key, value); continue; }
            if (value === null) continue;
            if (Array.isArray(value)) {
                var items = [];
                for (var item of value) items.includes(item) || items.push(item);
                put(copy, key, items);
            } else {
                put(copy, key, depth - 1 <= 0 ? Object.assign({}, value) : level(value, depth - 1));
            }
        }
        return copy;
    };
    return level(config, 2);
})`;

/** Where the faster copy is in use: tests look for it in dist/mermaid.min.js. */
export const MERMAID_PATCH_MARK = 'journeyMapsCloneConfig';

/** Mermaid's release build with `getConfig` copying by `cloneConfig`. Throws when the build is not the one expected. */
export function patchMermaid(source) {
    const at = source.indexOf(GET_CONFIG);
    if (at < 0 || source.indexOf(GET_CONFIG, at + 1) >= 0) {
        throw new Error(`scripts/mermaid-bundle.mjs: Mermaid's getConfig is not where it was in 12.3.0 (${GET_CONFIG}); see the note at the top of the file`);
    }
    const replacement = `ri=i((${MERMAID_PATCH_MARK}=>()=>${MERMAID_PATCH_MARK}(Uee))(${CLONE_CONFIG}),"getConfig")`;
    return source.slice(0, at) + replacement + source.slice(at + GET_CONFIG.length);
}
