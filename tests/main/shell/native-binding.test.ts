import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronNativeBinding } from '../../../src/main/shell/native-binding';
import { profileDirForDataDir } from '../../../src/main/shell/profile-dir';
import { NATIVE_BINDING_PATH } from '../../../scripts/start-plan.mjs';

describe('findElectronNativeBinding', () => {
  const expected = join('/app', 'build/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');

  it('finds the Electron-ABI build under the app root', () => {
    expect(findElectronNativeBinding('/app', (path) => path === expected)).toBe(expected);
  });

  it('is undefined when it was never built', () => {
    expect(findElectronNativeBinding('/app', () => false)).toBeUndefined();
  });

  it('looks where scripts/build-electron-native.mjs builds', () => {
    expect(expected).toBe(join('/app', NATIVE_BINDING_PATH));
  });
});

describe('profileDirForDataDir', () => {
  it('keeps Electron’s profile for the default data folder', () => {
    expect(profileDirForDataDir('/home/ana/.config/Coachbook', '/home/ana/.config/Coachbook/')).toBeUndefined();
  });

  it('gives another data folder its own profile, and so its own single-instance lock', () => {
    expect(profileDirForDataDir('/tmp/book-b', '/home/ana/.config/Coachbook')).toBe('/tmp/book-b/electron-profile');
  });
});
