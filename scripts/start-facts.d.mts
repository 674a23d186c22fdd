import type { Env, NativeStamp, StartFacts, StartMode } from './start-plan.mjs';

export interface ReadStartFactsOptions {
  root: string;
  env: Env;
  execPath: string;
  userArgs: readonly string[];
  mode?: StartMode;
}

export declare function readStartFacts(options: ReadStartFactsOptions): StartFacts;
export declare function readWantedNativeStamp(root: string, env: Env): NativeStamp;
export declare function readElectronVersion(root: string): string;
