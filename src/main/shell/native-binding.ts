import { join } from 'node:path';

/**
 * Where scripts/build-electron-native.mjs puts better-sqlite3 compiled for Electron's ABI. The
 * copy in node_modules stays built for Node, which the tests and scripts run on.
 */
export const ELECTRON_NATIVE_BINDING = [
  'build',
  'electron-native',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
] as const;

/** The Electron-ABI binary under `appRoot` when it was built, else undefined. */
export function findElectronNativeBinding(appRoot: string, exists: (path: string) => boolean): string | undefined {
  const binding = join(appRoot, ...ELECTRON_NATIVE_BINDING);
  return exists(binding) ? binding : undefined;
}
