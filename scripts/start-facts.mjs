// Reads what scripts/start-plan.mjs decides on. Types: start-facts.d.mts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateElectronRuntime, NATIVE_BINDING_PATH, NATIVE_STAMP_PATH } from './start-plan.mjs';

/** Facts about the Electron binary and the native build under the app root `root`. */
export function readStartFacts({ root, env, execPath, userArgs }) {
  const electronDir = join(root, 'node_modules', 'electron');
  return {
    root,
    execPath,
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
      electronVersion: readElectronVersion(root),
    },
  };
}

/** The version of the installed electron package (its binary may still be missing). */
export function readElectronVersion(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return String(pkg.version);
}

function readText(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

function readStamp(file) {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8'));
    return typeof stamp?.electron === 'string' ? { electron: stamp.electron } : null;
  } catch {
    return null;
  }
}
