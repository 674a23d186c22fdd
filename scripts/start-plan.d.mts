export declare const MISSING_ELECTRON_MESSAGE: string;
export declare const NATIVE_BUILD_FAILED_MESSAGE: string;
export declare const APP_BUILD_FAILED_MESSAGE: string;
export declare const NATIVE_BINDING_PATH: string;
export declare const NATIVE_STAMP_PATH: string;

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

export interface NativeStamp {
  electron: string;
}

export interface NativeBuildFacts {
  bindingExists: boolean;
  stamp: NativeStamp | null;
  electronVersion: string;
}

export declare function nativeBuildIsCurrent(facts: NativeBuildFacts): boolean;

export interface StartFacts {
  root: string;
  /** The Node running this script, used to run the other scripts. */
  execPath: string;
  runtime: ElectronRuntime;
  nativeBuild: NativeBuildFacts;
  /** Arguments after `npm start --`, passed on to the app (e.g. `--data-dir`). */
  userArgs: readonly string[];
  env: Env;
}

export type StartStepName = 'build-native' | 'build-app' | 'launch';

export interface StartStep {
  name: StartStepName;
  command: string;
  args: string[];
  env: Env;
  /** The one sentence printed when the step fails; null for the launch, whose exit code is passed on. */
  failureMessage: string | null;
}

export type StartPlan = { action: 'refuse'; message: string; reason: string } | { action: 'run'; steps: StartStep[] };

export declare function planStart(facts: StartFacts): StartPlan;
export declare function launchEnv(env: Env): Env;
