/**
 * Labels meant to break or inject into Mermaid: syntax characters of every diagram type, Mermaid
 * entity codes, comments and directives, interaction statements, HTML, Markdown, KaTeX, icons,
 * scripts from right to left, invisible characters, very long and empty-looking labels.
 * `blank`: a label that shows nothing (the views show the name instead).
 */
export interface HostileLabel {
    label: string;
    blank?: boolean;
}

const LONG_WORDS = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');

export const HOSTILE_LABELS: readonly HostileLabel[] = [
    { label: 'Colon: in the middle' },
    { label: 'Semicolon; ends a statement' },
    { label: 'a: 5: Me' },
    { label: 'Task: 1: Alice, Bob' },
    { label: 'Hash # alone' },
    { label: '#12; looks like an entity' },
    { label: '#quot; and #lt;b#gt; typed by hand' },
    { label: '#58; #59; #35; #44;' },
    { label: 'C# and F#; done' },
    { label: 'ﬂ°°60¶ß Mermaid\'s own marker' },
    { label: '&amp; &lt;b&gt; &#60; typed entities' },
    { label: '%% a comment?' },
    { label: '%%{init: {"theme": "dark"}}%%' },
    { label: 'before %%{init: {"securityLevel": "loose"}}%% after' },
    { label: '%' },
    { label: '100% sure' },
    { label: 'click x call alert()' },
    { label: 'click tp_1 href "javascript:alert(1)"' },
    { label: '<script>alert(1)</script>' },
    { label: '<img src=x onerror=alert(1)>' },
    { label: '<b>bold</b> <br> <br/> line?' },
    { label: '<a href="javascript:alert(1)">x</a>' },
    { label: '"double" and \'single\' quotes' },
    { label: '"' },
    { label: 'Braces { } and {{ }}' },
    { label: 'Brackets [ ] [[ ]] ([ ])' },
    { label: 'Parens ( ) (( )) ((( )))' },
    { label: 'Pipes | a | b ||' },
    { label: 'Arrows --> <-- -.-> ==> ~~~ --- x' },
    { label: '`backticks` and ``` fences' },
    { label: '"`**markdown string**`"' },
    { label: '**bold** _em_ ~~strike~~ [link](http://x)' },
    { label: '$$ x^2 $$ KaTeX' },
    { label: 'fa:fa-user icon' },
    { label: 'Back\\slash and \\n typed' },
    { label: 'style x fill:#f00;' },
    { label: 'classDef red fill:#f00;' },
    { label: 'end' },
    { label: 'title Not a title' },
    { label: 'section Not a section' },
    { label: 'journey' },
    { label: 'accTitle: not a title' },
    { label: 'accDescr { not a description }' },
    { label: 'x-axis "a" [1, 2] --> line [5]' },
    { label: 'space columns 3 block:x end' },
    { label: '05:30 : event : another' },
    { label: 'Emoji 🎁🎂👩‍👩‍👧 ☕ ⭐️ 🇻🇳' },
    { label: 'Tiếng Việt: Mua quà sinh nhật cho mẹ, đặt hàng tại cửa hàng' },
    { label: 'Tiếng Việt tổ hợp: Mua qua\u0300 sinh nhâ\u0323t' },
    { label: 'العربية: رحلة العميل' },
    { label: 'RTL \u202Eoverride\u202C then text' },
    { label: 'Unclosed \u202Eoverride and \u2067isolate' },
    { label: '日本語のラベルと中文标签' },
    { label: 'Zero\u200Bwidth\u200Djoiner\uFEFF' },
    { label: 'Tab\tseparated\tcells' },
    { label: 'Line one\nLine two\nLine three' },
    { label: '\nLeading and trailing breaks\n' },
    { label: '   spaces around   ' },
    { label: 'Non\u00A0breaking\u00A0spaces' },
    { label: 'A'.repeat(2000) },
    { label: LONG_WORDS.slice(0, 2000) },
    { label: 'Supercalifragilisticexpialidocious-and-then-some-more-without-spaces' },
    { label: '' , blank: true },
    { label: ' ', blank: true },
    { label: '\n', blank: true },
    { label: '\u200B', blank: true },
    { label: '\u00A0\t', blank: true }
];

/** A label written as a `.journey` string (the language's escapes `\"`, `\\`, `\n`, `\t`). */
export function quote(label: string): string {
    return '"' + label.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}
