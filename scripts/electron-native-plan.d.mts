import type { Env } from './start-plan.mjs';

export declare const ELECTRON_HEADERS_URL: string;

export interface NativeBuildPaths {
  /** node_modules/better-sqlite3: read, never written. */
  source: string;
  /** build/electron-native */
  buildRoot: string;
  /** build/electron-native/node_modules/better-sqlite3 */
  destination: string;
}

export declare function nativeBuildPaths(root: string): NativeBuildPaths;
export declare function shouldCopy(source: string, file: string): boolean;

export interface FindNodeGypOptions {
  env: Env;
  execPath: string;
  platform: NodeJS.Platform;
  exists(path: string): boolean;
}

export declare function findNodeGyp(options: FindNodeGypOptions): string | null;
export declare function nodeGypEnv(env: Env): Env;

export interface NodeGypInvocationOptions {
  execPath: string;
  nodeGyp: string;
  electronVersion: string;
  /** The CPU Electron runs on (electronArch), not necessarily Node's. */
  arch: string;
  env: Env;
  cwd: string;
}

export interface NodeGypInvocation {
  command: string;
  args: string[];
  cwd: string;
  env: Env;
}

export declare function nodeGypInvocation(options: NodeGypInvocationOptions): NodeGypInvocation;

export interface PrebuildInstallOptions {
  execPath: string;
  /** prebuild-install/bin.js */
  prebuildInstall: string;
  electronVersion: string;
  platform: string;
  arch: string;
  env: Env;
  cwd: string;
}

export declare function prebuildInstallInvocation(options: PrebuildInstallOptions): NodeGypInvocation;
export declare function compilerToolchain(platform: NodeJS.Platform): string;
