// Reads what scripts/start-plan.mjs decides on. Types: start-facts.d.mts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  electronArch,
  locateElectronRuntime,
  NATIVE_BINDING_PATH,
  NATIVE_STAMP_PATH,
  wantedNativeStamp,
} from './start-plan.mjs';

/** Facts about the Electron binary and the native build under the app root `root`. */
export function readStartFacts({ root, env, execPath, userArgs, mode = 'start' }) {
  const electronDir = join(root, 'node_modules', 'electron');
  const electronPackage = readPackage(root, 'electron');
  return {
    mode,
    root,
    execPath,
    nodeVersion: process.versions.node,
    electronNodeRange: electronPackage.engines?.node,
    userArgs,
    env,
    runtime: locateElectronRuntime({
      electronDir,
      pathTxt: readText(join(electronDir, 'path.txt')),
      overrideDistPath: env.ELECTRON_OVERRIDE_DIST_PATH || undefined,
      exists: existsSync,
    }),
    nativeBuild: {
      bindingExists: existsSync(join(root, NATIVE_BINDING_PATH)),
      stamp: readStamp(join(root, NATIVE_STAMP_PATH)),
      wanted: readWantedNativeStamp(root, env),
    },
  };
}

/** What the Electron-ABI driver has to be built for on this machine. */
export function readWantedNativeStamp(root, env) {
  return wantedNativeStamp({
    electronVersion: readElectronVersion(root),
    betterSqlite3Version: String(readPackage(root, 'better-sqlite3').version),
    platform: process.platform,
    arch: electronArch({
      platform: process.platform,
      nodeArch: process.arch,
      env,
      runsUnderRosetta: runsUnderRosetta(),
    }),
  });
}

/** The version of the installed electron package (its binary may still be missing). */
export function readElectronVersion(root) {
  return String(readPackage(root, 'electron').version);
}

function readPackage(root, name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
}

/** The same question node_modules/electron/install.js asks before choosing the arm64 download. */
function runsUnderRosetta() {
  if (process.platform !== 'darwin' || process.arch !== 'x64') return false;
  try {
    return execFileSync('sysctl', ['-in', 'sysctl.proc_translated'], { encoding: 'utf8' }).trim() === '1';
  } catch {
    return false;
  }
}

function readText(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

function readStamp(file) {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    return stamp !== null && typeof stamp === 'object' ? stamp : null;
  } catch {
    return null;
  }
}
