// The Mermaid the preview loads: the published release build (node_modules/mermaid/dist/mermaid.min.js),
// with two changes that make a map drawn sooner and change nothing else. Mermaid is pinned
// (package.json): the build stops if a line a change replaces is not there, once.
//
// 1. Mermaid's `getConfig()` hands each caller a copy of its whole configuration (848 keys: every
//    diagram's settings and the theme's variables), so that no caller can change it for the others. A
//    block diagram asks for it about fourteen times per block, and Mermaid's copy (`assignWithDepth`)
//    defines each key with `Object.defineProperty`: in the map view that copying was two thirds of
//    Mermaid's time (measured with a CPU profile in Chromium; docs/performance.md). `cloneConfig` below
//    makes the same copy, to the same depth with the same rules (null skipped, arrays copied without
//    repeats, the third level shared), by plain assignment, and copies each diagram's settings only
//    when the caller uses them.
// 2. Mermaid's `sanitizeText` runs DOMPurify twice on a label each time it draws or measures it: four
//    times per block of the map, each parsing the label as HTML; a quarter of Mermaid's time in the map
//    view. Its result depends only on the text and the three settings it reads, so it is remembered:
//    a key redraws only the labels whose text changed.
//
// test/webview/mermaid-bundle.test.ts compares both with Mermaid's own, in Chromium.

/** Mermaid 12.3.0's `getConfig` in its release build: `Bh` is `assignWithDepth`, `Uee` the current configuration. */
const GET_CONFIG = 'ri=i(()=>Bh({},Uee),"getConfig")';

/**
 * A function making the same copy as `assignWithDepth({}, config)` (depth 2) (its helpers made once), without defining each key as a property,
 * and each object of the first level (a diagram's settings, the theme's variables) copied only when
 * the caller first reads or sets it: a caller reads one or two of the forty. Copying later gives the
 * same copy because Mermaid never changes a configuration in place: `updateCurrentConfig` builds a
 * new one and replaces the old, and no one else holds it (`getConfig` hands out copies).
 */
const CLONE_CONFIG = `(function () {
    var define = function (target, key, value) {
        Object.defineProperty(target, key, { value: value, writable: true, enumerable: true, configurable: true });
    };
    var put = function (target, key, value) {
        key === "__proto__" ? define(target, key, value) : target[key] = value;
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
            } else if (depth === 2) {
                copyWhenUsed(copy, key, value);
            } else {
                put(copy, key, Object.assign({}, value));
            }
        }
        return copy;
    };
    var copyWhenUsed = function (copy, key, value) {
        Object.defineProperty(copy, key, {
            enumerable: true,
            configurable: true,
            get: function () { var own = level(value, 1); define(copy, key, own); return own; },
            set: function (replacement) { define(copy, key, replacement); }
        });
    };
    return function cloneConfig(config) { return level(config, 2); };
})()`;

/**
 * Mermaid 12.3.0's `sanitizeText(text, config)` in its release build (`hcr` is `sanitizeMore`, `oy` DOMPurify).
 * It reads `config.dompurifyConfig`, `securityLevel` and the effective `htmlLabels`.
 */
const SANITIZE_TEXT_FUNCTION = '(r,t)=>r&&(t.dompurifyConfig?r=oy.sanitize(hcr(r,t),t.dompurifyConfig).toString():r=oy.sanitize(hcr(r,t),{FORBID_TAGS:["style"]}).toString(),r)';
const SANITIZE_TEXT = `Ns=i(${SANITIZE_TEXT_FUNCTION},"sanitizeText")`;

/**
 * `sanitizeText` that remembers its results by text and the settings it reads (not when a diagram gives
 * its own DOMPurify settings). It forgets them all past 8 million characters (16 MB), a hundred times
 * the labels of the largest map of the benchmark.
 */
const REMEMBER_SANITIZED = `(function journeyMapsRememberSanitized(sanitizeText) {
    var results = new Map();
    var size = 0;
    return function (text, config) {
        if (typeof text !== "string" || !text || !config || config.dompurifyConfig) return sanitizeText(text, config);
        var key = config.securityLevel + "\\u0000" + (config.htmlLabels ?? config.flowchart?.htmlLabels ?? true) + "\\u0000" + text;
        var result = results.get(key);
        if (result === undefined) {
            result = sanitizeText(text, config);
            if (size > 8000000) { results.clear(); size = 0; }
            results.set(key, result);
            size += key.length + result.length;
        }
        return result;
    };
})`;

/** Marks of the two changes (the second is REMEMBER_SANITIZED's name): tests look for them in dist/mermaid.min.js. */
export const MERMAID_PATCH_MARKS = ['journeyMapsCloneConfig', 'journeyMapsRememberSanitized'];

/** `source` with `find` (there exactly once) replaced by `replacement`; throws when it is not there once. */
function replaceOnce(source, find, replacement) {
    const at = source.indexOf(find);
    if (at < 0 || source.indexOf(find, at + 1) >= 0) {
        throw new Error(`scripts/mermaid-bundle.mjs: Mermaid's build is not the 12.3.0 one this change was made for (${find.slice(0, 40)}…); see the note at the top of the file`);
    }
    return source.slice(0, at) + replacement + source.slice(at + find.length);
}

/** Mermaid's release build with the two changes above. Throws when the build is not the one expected. */
export function patchMermaid(source) {
    const [cloneMark] = MERMAID_PATCH_MARKS;
    const withCopy = replaceOnce(source, GET_CONFIG, `ri=i((${cloneMark}=>()=>${cloneMark}(Uee))(${CLONE_CONFIG}),"getConfig")`);
    return replaceOnce(withCopy, SANITIZE_TEXT, `Ns=i(${REMEMBER_SANITIZED}(${SANITIZE_TEXT_FUNCTION}),"sanitizeText")`);
}
