// Decisions behind `npm start` and `npm run dev`, kept free of I/O so tests/main/shell can cover
// every branch. Types: start-plan.d.mts.
import { join } from 'node:path';

export const NATIVE_BUILD_FAILED_MESSAGE =
  "Coachbook can't start: the SQLite driver for Electron could be neither downloaded nor compiled (see the output above); fix that, then run npm run rebuild:electron-native.";

export const APP_BUILD_FAILED_MESSAGE = "Coachbook can't start: electron-vite build failed (see the output above).";

/** Relative to the app root; the copy scripts/build-electron-native.mjs makes for Electron's ABI. */
export const NATIVE_BINDING_PATH =
  'build/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
/** Records what the native build is for, so any change of Electron, driver, OS or CPU rebuilds it. */
export const NATIVE_STAMP_PATH = 'build/electron-native/built-for.json';

/** Said when the Electron binary is still missing after its installer ran (or claimed success). */
export const MISSING_AFTER_FETCH_MESSAGE =
  "Coachbook can't start: the Electron runtime is still missing after its download; delete node_modules/electron/dist and run npm start again.";

/**
 * The one sentence for a failed download of the Electron runtime. Without network this is the
 * only line a manager sees: what is missing, why, and what to do.
 */
export function fetchFailedMessage(reason) {
  const why = reason ? ` (${reason})` : '';
  return `Coachbook can't start: the Electron runtime (about 100 MB, needed once) could not be downloaded${why}; connect to the internet and run npm start again.`;
}

/**
 * Electron 45 declares Node 22.12 or newer (its downloader is an ES module its installer loads
 * with require()). Node 20.19+ often manages anyway, so this is a warning, printed before the
 * download, and the download's own failure says the rest.
 */
export function nodeTooOldWarning({ nodeVersion, required }) {
  return `Note: Electron's installer asks for Node ${required} or newer and this is Node ${nodeVersion}; if the download below fails, install Node 22 (see .nvmrc) and run npm start again.`;
}

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

/**
 * The CPU the Electron binary is for, decided as node_modules/electron/install.js decides it: an
 * x64 Node on Apple Silicon (under Rosetta) downloads the arm64 Electron, so the driver must be
 * arm64 too, whatever `process.arch` says.
 */
export function electronArch({ platform, nodeArch, env, runsUnderRosetta }) {
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || nodeArch;
  if (platform === 'darwin' && arch === 'x64' && env.npm_config_arch === undefined && runsUnderRosetta) return 'arm64';
  return arch;
}

/** What a native build made now would be stamped with. */
export function wantedNativeStamp({ electronVersion, betterSqlite3Version, platform, arch }) {
  return { electron: electronVersion, betterSqlite3: betterSqlite3Version, platform, arch };
}

/** Whether the native build exists and was made for exactly this Electron, driver, OS and CPU. */
export function nativeBuildIsCurrent({ bindingExists, stamp, wanted }) {
  if (!bindingExists || stamp === null) return false;
  return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
}

/** `>= 22.12.0`, `>=22.12`, `^22.12.0`: the lowest version a range allows, or null. */
export function minimumVersion(range) {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(range ?? '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : null;
}

export function satisfiesMinimum(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const have = parts[index] ?? 0;
    if (have !== minimum[index]) return have > minimum[index];
  }
  return true;
}

/**
 * What `npm start` (mode 'start') or `npm run dev` (mode 'dev') does next. A missing Electron is
 * fetched first ('fetch'); the caller runs that step and asks again with `fetched: true`, when a
 * binary still missing is refused. Then the stale native driver, the app build (start only) and
 * the launch.
 */
export function planStart(facts, { fetched = false } = {}) {
  if (!facts.runtime.found) return planFetch(facts, fetched);
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
  const electronVite = join(facts.root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (facts.mode === 'dev') {
    // electron-vite dev builds and runs Electron itself; the extra arguments reach the app after --.
    const userArgs = facts.userArgs.length > 0 ? ['--', ...facts.userArgs] : [];
    steps.push(launchStep(facts, facts.execPath, [electronVite, 'dev', ...userArgs]));
    return { action: 'run', steps };
  }
  steps.push({
    name: 'build-app',
    command: facts.execPath,
    args: [electronVite, 'build'],
    env: facts.env,
    failureMessage: APP_BUILD_FAILED_MESSAGE,
  });
  steps.push(launchStep(facts, facts.runtime.path, [facts.root, ...facts.userArgs]));
  return { action: 'run', steps };
}

function planFetch(facts, fetched) {
  if (fetched) return { action: 'refuse', message: MISSING_AFTER_FETCH_MESSAGE, reason: facts.runtime.reason };
  const minimum = minimumVersion(facts.electronNodeRange);
  const tooOld = minimum !== null && !satisfiesMinimum(facts.nodeVersion, minimum);
  return {
    action: 'fetch',
    warning: tooOld ? nodeTooOldWarning({ nodeVersion: facts.nodeVersion, required: minimum.join('.') }) : null,
    step: {
      name: 'fetch-electron',
      command: facts.execPath,
      args: [
        join(facts.root, 'scripts', 'fetch-electron.mjs'),
        join(facts.root, 'node_modules', 'electron', 'install.js'),
      ],
      env: facts.env,
      // fetch-electron.mjs prints its own one sentence, with the reason the download failed.
      failureMessage: null,
    },
  };
}

function launchStep(facts, command, args) {
  return { name: 'launch', command, args, env: launchEnv(facts.env), failureMessage: null };
}

/**
 * Electron's environment. ELECTRON_RUN_AS_NODE (left over from an editor or tool) would make
 * the binary behave as plain Node and never open a window.
 */
export function launchEnv(env) {
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...rest } = env;
  return rest;
}

/**
 * What start.mjs does with a signal while Electron runs. Ctrl+C in a terminal already reaches
 * Electron (the whole foreground process group gets SIGINT), and Chromium treats a second
 * signal as "die now", mid-flush: so SIGINT is never passed on. A signal only this process got
 * (SIGTERM, SIGHUP from a closing terminal) is passed on once. On Windows child.kill() is
 * TerminateProcess, which would skip the notes' flush; there Electron gets the console's Ctrl+C
 * itself and start.mjs only waits for it to exit.
 */
export function signalAction({ signal, platform, alreadyForwarded }) {
  if (platform === 'win32' || alreadyForwarded || signal === 'SIGINT') return 'wait';
  return 'forward';
}
