// The import rules between the rooms (docs/architecture.md), checked by test/architecture/imports.test.ts.
// Each rule says which imports are forbidden; `depcruise --config .dependency-cruiser.cjs ROOMS` lists breaches.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'protocol-stands-alone',
            comment: 'protocol/ is the contract between the rooms: it imports none of them.',
            severity: 'error',
            from: { path: '^protocol/' },
            to: { path: '^(language|server|client|cli|bench|scripts|test)/' }
        },
        {
            name: 'language-front-door',
            comment: 'The server, the extension, the CLI and the benchmarks use the language through language/index.ts only.',
            severity: 'error',
            from: { path: '^(server|client|cli|bench|scripts)/' },
            to: { path: '^language/', pathNot: '^language/index\\.ts$' }
        },
        {
            name: 'generated-stays-inside',
            comment: 'Only language/ knows the grammar: nothing outside it imports what langium generate makes.',
            severity: 'error',
            from: { pathNot: '^language/' },
            to: { path: '^language/generated/' }
        },
        {
            name: 'page-speaks-protocol-only',
            comment: 'The preview page and the Markdown preview script run in a browser: they use protocol/ and their own room, never the language, the server or the extension host.',
            severity: 'error',
            from: { path: '^client/(webview/|markdown-preview/preview-script\\.ts$)' },
            to: { path: '^(language|server|cli|bench)/|^client/(preview|extension|restart-policy)' }
        },
        {
            name: 'page-has-no-node',
            comment: 'The browser rooms import no Node module.',
            severity: 'error',
            from: { path: '^client/(webview/|markdown-preview/preview-script\\.ts$)' },
            to: { dependencyTypes: ['core'] }
        },
        {
            name: 'language-is-the-core',
            comment: 'The language knows nothing of who uses it.',
            severity: 'error',
            from: { path: '^language/' },
            to: { path: '^(server|client|cli|bench|scripts|test)/' }
        },
        {
            name: 'rooms-apart',
            comment: 'The server, the extension and the CLI share code through language/ and protocol/ only.',
            severity: 'error',
            from: { path: '^(server|client|cli)/' },
            // $1: the importing room, which may import its own files.
            to: { path: '^(server|client|cli)/', pathNot: '^$1/' }
        }
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^(node_modules|dist|\\.editor-test)/' },
        tsConfig: { fileName: 'tsconfig.json' },
        tsPreCompilationDeps: true,
        enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] }
    }
};
