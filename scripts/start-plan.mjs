// Decisions behind `npm start`, kept free of I/O so tests/main/shell can cover every branch.
// Types: start-plan.d.mts.
import { join } from 'node:path';

export const MISSING_ELECTRON_MESSAGE =
  "Coachbook can't start: the Electron runtime isn't installed on this machine (npm install downloads it, which needs network access once).";

export const NATIVE_BUILD_FAILED_MESSAGE =
  "Coachbook can't start: building the SQLite driver for Electron failed (see the output above); fix that, then run npm run rebuild:electron-native.";

export const APP_BUILD_FAILED_MESSAGE = "Coachbook can't start: electron-vite build failed (see the output above).";

/** Relative to the app root; the copy scripts/build-electron-native.mjs builds for Electron's ABI. */
export const NATIVE_BINDING_PATH =
  'build/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
/** Records which Electron version the native build is for, so an Electron upgrade rebuilds it. */
export const NATIVE_STAMP_PATH = 'build/electron-native/built-for.json';

/**
 * Where the Electron binary is, following node_modules/electron/index.js but without its side
 * effect: requiring that file when the binary is missing starts a download, prints progress
 * and a stack trace, and fails without network. Here a missing binary is only a fact.
 */
export function locateElectronRuntime({ electronDir, pathTxt, overrideDistPath, exists }) {
  if (!overrideDistPath && !pathTxt) {
    return { found: false, reason: 'node_modules/electron has no downloaded binary (path.txt is missing)' };
  }
  const path = overrideDistPath ? join(overrideDistPath, pathTxt || 'electron') : join(electronDir, 'dist', pathTxt);
  return exists(path) ? { found: true, path } : { found: false, reason: `the Electron binary ${path} does not exist` };
}

/** Whether the native build exists and was made for the installed Electron. */
export function nativeBuildIsCurrent({ bindingExists, stamp, electronVersion }) {
  return bindingExists && stamp !== null && stamp.electron === electronVersion;
}

/**
 * What `npm start` does: refuse with one sentence when Electron is missing, else build what is
 * stale and launch Electron on the app root with the user's extra arguments.
 */
export function planStart(facts) {
  if (!facts.runtime.found)
    return { action: 'refuse', message: MISSING_ELECTRON_MESSAGE, reason: facts.runtime.reason };
  const steps = [];
  if (!nativeBuildIsCurrent(facts.nativeBuild)) {
    steps.push({
      name: 'build-native',
      command: facts.execPath,
      args: [join(facts.root, 'scripts', 'build-electron-native.mjs')],
      env: facts.env,
      failureMessage: NATIVE_BUILD_FAILED_MESSAGE,
    });
  }
  steps.push({
    name: 'build-app',
    command: facts.execPath,
    args: [join(facts.root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    env: facts.env,
    failureMessage: APP_BUILD_FAILED_MESSAGE,
  });
  steps.push({
    name: 'launch',
    command: facts.runtime.path,
    args: [facts.root, ...facts.userArgs],
    env: launchEnv(facts.env),
    failureMessage: null,
  });
  return { action: 'run', steps };
}

/**
 * Electron's environment. ELECTRON_RUN_AS_NODE (left over from an editor or tool) would make
 * the binary behave as plain Node and never open a window.
 */
export function launchEnv(env) {
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...rest } = env;
  return rest;
}
