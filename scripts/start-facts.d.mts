import type { Env, StartFacts } from './start-plan.mjs';

export interface ReadStartFactsOptions {
  root: string;
  env: Env;
  execPath: string;
  userArgs: readonly string[];
}

export declare function readStartFacts(options: ReadStartFactsOptions): StartFacts;
export declare function readElectronVersion(root: string): string;
