// `npm run rebuild:electron-native`: compiles a copy of better-sqlite3 for Electron's ABI into
// build/electron-native, which the app loads through TypeORM's `nativeBinding`. The copy in
// node_modules keeps its Node build, which tests and scripts need; it is never written to.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNodeGyp, nativeBuildPaths, nodeGypInvocation, shouldCopy } from './electron-native-plan.mjs';
import { readElectronVersion } from './start-facts.mjs';
import { NATIVE_BINDING_PATH, NATIVE_STAMP_PATH } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const paths = nativeBuildPaths(root);
const electronVersion = readElectronVersion(root);

const nodeGyp = findNodeGyp({
  env: process.env,
  execPath: process.execPath,
  platform: process.platform,
  exists: existsSync,
});
if (!nodeGyp) fail('node-gyp was not found beside npm; install it with `npm install -g node-gyp` and run this again.');
if (!existsSync(join(paths.source, 'binding.gyp')))
  fail('node_modules/better-sqlite3 is missing; run npm install first.');

rmSync(paths.buildRoot, { recursive: true, force: true });
mkdirSync(paths.destination, { recursive: true });
cpSync(paths.source, paths.destination, { recursive: true, filter: (file) => shouldCopy(paths.source, file) });

console.log(`Building better-sqlite3 for Electron ${electronVersion} in ${paths.destination}`);
const run = nodeGypInvocation({
  execPath: process.execPath,
  nodeGyp,
  electronVersion,
  env: process.env,
  cwd: paths.destination,
});
const result = spawnSync(run.command, run.args, { cwd: run.cwd, env: run.env, stdio: 'inherit' });
if (result.status !== 0 || !existsSync(join(root, NATIVE_BINDING_PATH))) {
  fail(
    `node-gyp could not build better-sqlite3 for Electron ${electronVersion} (it needs Electron's headers from the network once).`,
  );
}
writeFileSync(join(root, NATIVE_STAMP_PATH), `${JSON.stringify({ electron: electronVersion })}\n`);
console.log(`Built ${NATIVE_BINDING_PATH} for Electron ${electronVersion}.`);

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}
