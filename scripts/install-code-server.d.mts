// Types of install-code-server.mjs, for the TypeScript harness in test/editor/.
export const CODE_SERVER_VERSION: string;
/** The repository root (the folder holding package.json). */
export const ROOT: string;
/** .editor-test/ in the repository root (git-ignored). */
export const EDITOR_TEST_DIR: string;
/** .editor-test/code-server/, where code-server is installed. */
export const INSTALL_DIR: string;
/** code-server's entry script, run with the project's Node 22. */
export const CODE_SERVER_BIN: string;
/** Debian's Chromium. */
export const CHROMIUM: string;
export function isCodeServerInstalled(): boolean;
/** Names of the missing Debian packages among chromium (unless needChromium is false), libkrb5-dev, ripgrep. */
export function missingSystemPackages(options?: { needChromium?: boolean }): string[];
/** The project's Node 22 (node_modules/node). */
export function projectNode(): { version: string; bin: string };
/** Installs code-server unless the right version is there; throws with a clear message on failure. */
export function installCodeServer(options?: { quietWhenInstalled?: boolean; needChromium?: boolean }): void;
