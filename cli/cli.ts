import * as l10n from '@vscode/l10n';
import { main } from './main.js';

// Entry of dist/cli.js (the `journey-map` command).
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, error => {
    process.stderr.write(`journey-map: ${l10n.t('internal error: {0}', (error as Error).message)}\n`);
    process.exitCode = 70;
});
