// Three test projects:
// - unit: every test outside test/editor/ (what `vitest run` ran before the editor tests existed);
// - editor: test/editor/*.test.ts, the extension in a real VS Code (code-server) driven through
//   Chromium. They need Chromium and code-server (npm run editor:install); without them they are
//   skipped with a loud message, or fail under `npm run test:editor` / EDITOR_TESTS=required.
// - package: test/package/*.test.ts, the product as a user gets it: `npm start`, the .vsix installed in
//   code-server, the CLI's npm tarball in another project. One at a time (each starts editors or npm).
// `vitest run` runs all three; `vitest run --project unit` or `--project editor` runs one. See docs/testing.md.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        projects: [
            {
                extends: true,
                test: {
                    name: 'unit',
                    include: configDefaults.include,
                    exclude: [...configDefaults.exclude, 'test/editor/**', 'test/package/**', '.editor-test/**', 'dist/**'],
                    // Hooks that start a language server or Chromium take seconds on a busy 2-core machine (10 s timed out in CI).
                    hookTimeout: 60_000
                }
            },
            {
                extends: true,
                test: {
                    name: 'editor',
                    // test/editor/suite/ holds the mocha suite that runs inside VS Code, not under vitest.
                    include: ['test/editor/*.test.ts'],
                    // Repeats the skip message after the run, when the editor tests could not run.
                    globalSetup: ['test/editor/global-setup.ts'],
                    // One VS Code and one Chromium at a time; each costs a few seconds to start.
                    fileParallelism: false,
                    testTimeout: 180_000,
                    hookTimeout: 300_000
                }
            },
            {
                extends: true,
                test: {
                    name: 'package',
                    include: ['test/package/*.test.ts'],
                    // A group of its own, never run alongside the other projects: these start npm, VS Code and Chromium.
                    sequence: { groupOrder: 1 },
                    globalSetup: ['test/editor/global-setup.ts'],
                    fileParallelism: false,
                    testTimeout: 300_000,
                    hookTimeout: 300_000
                }
            }
        ]
    }
});
