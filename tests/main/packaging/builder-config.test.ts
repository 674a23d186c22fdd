import { describe, expect, it } from 'vitest';
import { coachbookBuildConfig } from '../../../electron-builder.config';
import { afterPack } from '../../../scripts/packaging/after-pack';
import packageJson from '../../../package.json';

const config = coachbookBuildConfig({ nativeDriverDir: 'build/electron-native/x', updateFeedUrl: undefined });

describe('electron-builder.config.ts', () => {
  it('names the app and keeps its build resources out of build/, where the driver is built', () => {
    expect(config).toMatchObject({ appId: 'app.coachbook.desktop', productName: 'Coachbook' });
    expect(config.directories?.buildResources).toBe('build-resources');
  });

  it('packs only the built app and package.json, never node_modules rebuilt in place', () => {
    const includes = [config.files].flat().filter((entry) => typeof entry === 'string' && !entry.startsWith('!'));
    expect(includes).toEqual(['out/**/*', 'package.json']);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.afterPack).toBe(afterPack);
  });

  it('builds a dmg and a zip for Apple silicon and Intel Macs, with the hardened runtime', () => {
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ]);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build-resources/entitlements.mac.plist' });
  });

  it('builds a per-user Windows installer that lets the manager choose the folder and keeps their data on uninstall', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('uses the committed icon sets everywhere', () => {
    expect(config.mac?.icon).toBe('build-resources/icon.icns');
    expect(config.win?.icon).toBe('build-resources/icon.ico');
    expect(config.nsis?.installerIcon).toBe('build-resources/icon.ico');
    expect(config.linux?.icon).toBe('build-resources/icons');
    expect(config.extraResources).toEqual([{ from: 'build-resources/icons/512x512.png', to: 'icon.png' }]);
  });

  it('publishes no update feed unless one is configured, and a generic one when it is', () => {
    expect(config.publish).toBeNull();
    const withFeed = coachbookBuildConfig({
      nativeDriverDir: 'x',
      updateFeedUrl: 'https://updates.example.com/coachbook',
    });
    expect(withFeed.publish).toEqual([{ provider: 'generic', url: 'https://updates.example.com/coachbook' }]);
  });
});

describe('package.json dependencies', () => {
  it('lists only what the main process loads at run time; everything Vite bundles is a devDependency', () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([
      'better-sqlite3',
      'electron-updater',
      'reflect-metadata',
      'typeorm',
    ]);
  });
});
