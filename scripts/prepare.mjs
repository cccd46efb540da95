// `prepare`: npm runs it after `npm install` / `npm ci` in this folder, before `npm pack`, and when
// another project installs the package from git (`npm install git+…`). It builds dist/ (the CLI
// among it). When npm itself runs on a Node older than 22, it first says why npm printed a wall of
// EBADENGINE warnings, and that they do no harm here.
import { spawnSync } from 'node:child_process';

// npm_config_user_agent: "npm/11.6.2 node/v20.19.2 linux x64 workspaces/false"
const npmNode = /\bnode\/(v(\d+)\S*)/.exec(process.env.npm_config_user_agent ?? '');
if (npmNode && Number(npmNode[2]) < 22) {
    console.log(`
Note: npm runs on Node.js ${npmNode[1]} here, hence the "EBADENGINE Unsupported engine" warnings
above: these packages (this one too) want Node.js 22. They do no harm: every \`npm run …\` script
(npm start, npm test, …) runs on the project's own Node 22, the \`node\` dev dependency in
node_modules/. With Node.js 22 on the machine npm prints none (see the README, "Why Node 22").
`);
}

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
process.exit(build.status ?? 1);
