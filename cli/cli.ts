import { main } from './main.js';

// Entry of dist/cli.js (the `journey-map` command).
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, error => {
    process.stderr.write(`journey-map: internal error: ${(error as Error).message}\n`);
    process.exitCode = 70;
});
