import { join } from 'node:path';
import { findElectronNativeBinding } from './native-binding';

/**
 * Where electron-builder.config.ts puts the Electron-ABI SQLite driver in an installed app,
 * relative to the resources folder. asar cannot hold a native module (the OS loads it from a
 * real file), so it sits in app.asar.unpacked beside the archive.
 */
export const PACKAGED_NATIVE_DIR = 'native';
export const PACKAGED_NATIVE_FILE = 'better_sqlite3.node';
export const PACKAGED_NATIVE_BINDING = ['app.asar.unpacked', PACKAGED_NATIVE_DIR, PACKAGED_NATIVE_FILE] as const;

export interface NativeBindingFacts {
  isPackaged: boolean;
  /** app.getAppPath(): the repository root when run from source. */
  appRoot: string;
  /** process.resourcesPath: the folder holding app.asar in an installed app. */
  resourcesPath: string;
  exists(path: string): boolean;
}

/**
 * The SQLite driver TypeORM should load. From source: the copy built for Electron under
 * build/electron-native, if any. Installed: the unpacked copy, which must be there — without it
 * better-sqlite3 would look for its Node build, which an installer never ships.
 */
export function resolveNativeBinding(facts: NativeBindingFacts): string | undefined {
  if (!facts.isPackaged) return findElectronNativeBinding(facts.appRoot, facts.exists);
  const binding = join(facts.resourcesPath, ...PACKAGED_NATIVE_BINDING);
  if (!facts.exists(binding)) {
    throw new Error(`This installation of Coachbook is missing its SQLite driver (${binding}); please reinstall it.`);
  }
  return binding;
}
