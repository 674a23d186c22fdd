export declare const NATIVE_BUILD_FAILED_MESSAGE: string;
export declare const APP_BUILD_FAILED_MESSAGE: string;
export declare const NATIVE_BINDING_PATH: string;
export declare const NATIVE_STAMP_PATH: string;
export declare const MISSING_AFTER_FETCH_MESSAGE: string;

export declare function fetchFailedMessage(reason: string | null): string;
export declare function nodeTooOldWarning(options: { nodeVersion: string; required: string }): string;

export type Env = Readonly<Record<string, string | undefined>>;

export type ElectronRuntime = { found: true; path: string } | { found: false; reason: string };

export interface ElectronRuntimeFacts {
  /** node_modules/electron */
  electronDir: string;
  /** Contents of node_modules/electron/path.txt, null when absent. */
  pathTxt: string | null;
  /** ELECTRON_OVERRIDE_DIST_PATH */
  overrideDistPath: string | undefined;
  exists(path: string): boolean;
}

export declare function locateElectronRuntime(facts: ElectronRuntimeFacts): ElectronRuntime;

export interface ElectronArchFacts {
  platform: NodeJS.Platform;
  /** process.arch of the Node running the script. */
  nodeArch: string;
  env: Env;
  /** macOS only: `sysctl -in sysctl.proc_translated` said 1. */
  runsUnderRosetta: boolean;
}

export declare function electronArch(facts: ElectronArchFacts): string;

export interface NativeStamp {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export declare function wantedNativeStamp(facts: {
  electronVersion: string;
  betterSqlite3Version: string;
  platform: string;
  arch: string;
}): NativeStamp;

export interface NativeBuildFacts {
  bindingExists: boolean;
  /** What built-for.json says; fields of an older stamp may be missing. */
  stamp: Partial<NativeStamp> | null;
  wanted: NativeStamp;
}

export declare function nativeBuildIsCurrent(facts: NativeBuildFacts): boolean;
export declare function minimumVersion(range: string | undefined): [number, number, number] | null;
export declare function satisfiesMinimum(version: string, minimum: readonly [number, number, number]): boolean;

export type StartMode = 'start' | 'dev';

export interface StartFacts {
  mode: StartMode;
  root: string;
  /** The Node running this script, used to run the other scripts. */
  execPath: string;
  /** process.versions.node */
  nodeVersion: string;
  /** node_modules/electron's `engines.node`, what its installer needs. */
  electronNodeRange: string | undefined;
  runtime: ElectronRuntime;
  nativeBuild: NativeBuildFacts;
  /** Arguments after `npm start --`, passed on to the app (e.g. `--data-dir`). */
  userArgs: readonly string[];
  env: Env;
}

export type StartStepName = 'fetch-electron' | 'build-native' | 'build-app' | 'launch';

export interface StartStep {
  name: StartStepName;
  command: string;
  args: string[];
  env: Env;
  /** The one sentence printed when the step fails; null when the step prints its own, or for the launch. */
  failureMessage: string | null;
}

export type StartPlan =
  | { action: 'refuse'; message: string; reason: string }
  | { action: 'fetch'; step: StartStep; /** Printed before the download. */ warning: string | null }
  | { action: 'run'; steps: StartStep[] };

export declare function planStart(facts: StartFacts, options?: { fetched?: boolean }): StartPlan;
export declare function launchEnv(env: Env): Env;

export declare function signalAction(options: {
  signal: NodeJS.Signals;
  platform: NodeJS.Platform;
  alreadyForwarded: boolean;
}): 'forward' | 'wait';
