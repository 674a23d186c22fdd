// `npm run rebuild:electron-native` (and `npm start` when the stamp is stale): puts a copy of
// better-sqlite3 built for Electron's ABI into build/electron-native, which the app loads through
// TypeORM's `nativeBinding`. A prebuilt binary is downloaded first, as better-sqlite3's own install
// does for Node; only when none exists is it compiled with node-gyp. The copy in node_modules
// keeps its Node build, which tests and scripts need; it is never written to.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compilerToolchain,
  findNodeGyp,
  nativeBuildPaths,
  nodeGypInvocation,
  prebuildInstallInvocation,
  shouldCopy,
} from './electron-native-plan.mjs';
import { readWantedNativeStamp } from './start-facts.mjs';
import { NATIVE_BINDING_PATH, NATIVE_STAMP_PATH } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const paths = nativeBuildPaths(root);
const wanted = readWantedNativeStamp(root, process.env);
const binding = join(root, NATIVE_BINDING_PATH);
const target = `Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`;

if (!existsSync(join(paths.source, 'binding.gyp')))
  fail('node_modules/better-sqlite3 is missing; run npm install first.');

rmSync(paths.buildRoot, { recursive: true, force: true });
mkdirSync(paths.destination, { recursive: true });
cpSync(paths.source, paths.destination, { recursive: true, filter: (file) => shouldCopy(paths.source, file) });

const via = downloadPrebuilt() ? 'prebuilt' : compile();
writeFileSync(join(root, NATIVE_STAMP_PATH), `${JSON.stringify({ ...wanted, via })}\n`);
console.log(`SQLite driver ready for ${target} (${via}).`);

function downloadPrebuilt() {
  const prebuildInstall = findPrebuildInstall();
  if (!prebuildInstall) return false;
  console.log(`Downloading the SQLite driver (better-sqlite3 ${wanted.betterSqlite3}) built for ${target}…`);
  const run = prebuildInstallInvocation({
    execPath: process.execPath,
    prebuildInstall,
    electronVersion: wanted.electron,
    platform: wanted.platform,
    arch: wanted.arch,
    env: process.env,
    cwd: paths.destination,
  });
  const result = spawnSync(run.command, run.args, { cwd: run.cwd, env: run.env, stdio: 'inherit' });
  if (result.status === 0 && existsSync(binding)) return true;
  console.log(`No prebuilt SQLite driver for ${target} could be downloaded; compiling it instead.`);
  return false;
}

function compile() {
  const toolchain = compilerToolchain(process.platform);
  const nodeGyp = findNodeGyp({
    env: process.env,
    execPath: process.execPath,
    platform: process.platform,
    exists: existsSync,
  });
  if (!nodeGyp) fail(`node-gyp was not found beside npm; compiling the SQLite driver needs it and ${toolchain}.`);
  console.log(`Compiling better-sqlite3 for ${target} in ${paths.destination}`);
  const run = nodeGypInvocation({
    execPath: process.execPath,
    nodeGyp,
    electronVersion: wanted.electron,
    arch: wanted.arch,
    env: process.env,
    cwd: paths.destination,
  });
  const result = spawnSync(run.command, run.args, { cwd: run.cwd, env: run.env, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(binding)) {
    fail(
      `node-gyp could not compile better-sqlite3 for ${target}: it needs ${toolchain}, and Electron's headers from the network once.`,
    );
  }
  return 'compiled';
}

/** prebuild-install comes with better-sqlite3 (its install script uses it). */
function findPrebuildInstall() {
  try {
    return createRequire(join(paths.source, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}
