import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../../src/main/shell/packaged-native-binding';
import { coachbookBuildConfig } from '../../../electron-builder.config';

const resources = join('/Applications/Coachbook.app/Contents/Resources');
const packagedDriver = join(resources, 'app.asar.unpacked', 'native', 'better_sqlite3.node');
const packaged = { isPackaged: true, appRoot: join(resources, 'app.asar'), resourcesPath: resources };

describe('resolveNativeBinding in an installed app', () => {
  it('loads the driver from app.asar.unpacked beside the archive', () => {
    expect(resolveNativeBinding({ ...packaged, exists: (path) => path === packagedDriver })).toBe(packagedDriver);
  });

  it('never looks in the source tree’s build folder, which an installer does not ship', () => {
    const looked: string[] = [];
    resolveNativeBinding({ ...packaged, exists: (path) => (looked.push(path), path === packagedDriver) });
    expect(looked).toEqual([packagedDriver]);
  });

  it('says the installation is broken when the driver is missing, instead of falling back to a Node build', () => {
    expect(() => resolveNativeBinding({ ...packaged, exists: () => false })).toThrow(
      /missing its SQLite driver .*app\.asar\.unpacked.*please reinstall/,
    );
  });

  it('is the place electron-builder.config.ts copies the driver to and unpacks', () => {
    const config = coachbookBuildConfig({ nativeDriverDir: 'driver-dir', updateFeedUrl: undefined });
    const mapping = [config.files].flat().find((entry) => typeof entry === 'object' && entry !== null);
    expect(mapping).toEqual({ from: 'driver-dir', to: 'native', filter: ['better_sqlite3.node'] });
    expect(config.asarUnpack).toEqual(['**/better_sqlite3.node']);
  });
});

describe('resolveNativeBinding run from source', () => {
  const source = { isPackaged: false, appRoot: '/repo', resourcesPath: '/repo/node_modules/electron/dist/resources' };
  const built = join('/repo', 'build/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');

  it('takes the Electron-ABI build under build/electron-native', () => {
    expect(resolveNativeBinding({ ...source, exists: (path) => path === built })).toBe(built);
  });

  it('is undefined when that was never built (the start-up script builds it first)', () => {
    expect(resolveNativeBinding({ ...source, exists: () => false })).toBeUndefined();
  });
});
