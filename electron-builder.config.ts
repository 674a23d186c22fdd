// electron-builder's configuration: `npm run dist` packs Coachbook into the installers of the OS
// it runs on. Signing and notarisation happen only when their environment variables are set
// (README → Installers); without them a local build is unsigned and works on that machine.
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { afterPack } from './scripts/packaging/after-pack';
import { ELECTRON_NATIVE_BINDING } from './src/main/shell/native-binding';
import { SOURCE_WINDOW_ICON, WINDOW_ICON_RESOURCE } from './src/main/shell/app-icon';
import { PACKAGED_NATIVE_DIR, PACKAGED_NATIVE_FILE } from './src/main/shell/packaged-native-binding';

/** Icons, entitlements and installer art; build/ is taken by the Electron-ABI driver build. */
export const BUILD_RESOURCES = 'build-resources';
/** Folder holding the Electron-ABI better_sqlite3.node that scripts/build-electron-native.mjs builds. */
export const ELECTRON_NATIVE_DIR = join(...ELECTRON_NATIVE_BINDING.slice(0, -1));

export interface CoachbookBuildOptions {
  /** Where the Electron-ABI driver is taken from. */
  nativeDriverDir: string;
  /** The generic update feed (COACHBOOK_UPDATE_URL); without it the build cannot check for updates. */
  updateFeedUrl: string | undefined;
}

/**
 * The packaging rules. A function so `npm run dist:check` packs with exactly these rules, only
 * pointing the driver at its stand-in.
 */
export function coachbookBuildConfig(options: CoachbookBuildOptions): Configuration {
  return {
    appId: 'app.coachbook.desktop',
    productName: 'Coachbook',
    copyright: 'Copyright © 2026 Coachbook',
    directories: { buildResources: BUILD_RESOURCES, output: 'dist' },
    // Only the built app goes in. Vite has already bundled the renderer and every library main
    // can bundle; node_modules holds just the `dependencies` main loads at run time.
    files: [
      'out/**/*',
      'package.json',
      { from: options.nativeDriverDir, to: PACKAGED_NATIVE_DIR, filter: [PACKAGED_NATIVE_FILE] },
      // better-sqlite3's sources, its Node-ABI build and the SQLite amalgamation: the app loads
      // the Electron-ABI copy above, so none of these may ship.
      '!**/node_modules/better-sqlite3/{build,deps,src,binding.gyp}{,/**}',
      // Installed with better-sqlite3 to fetch prebuilt binaries at npm install time only.
      '!**/node_modules/{prebuild-install,node-abi}{,/**}',
      // TypeORM's browser build (a second copy of the library) and everyone's maps and typings.
      '!**/node_modules/typeorm/browser{,/**}',
      '!**/node_modules/**/*.{map,d.ts,d.mts,d.cts,md,markdown}',
    ],
    // A native module must be a real file for the OS to load it. electron-builder matches this
    // against the file's path in the project (build/electron-native/…), not its place in the app.
    asarUnpack: [`**/${PACKAGED_NATIVE_FILE}`],
    extraResources: [{ from: SOURCE_WINDOW_ICON.join('/'), to: WINDOW_ICON_RESOURCE }],
    // Never rebuild node_modules in place: its better-sqlite3 is the Node build the tests use,
    // and the app brings its own Electron-ABI driver (files above).
    npmRebuild: false,
    nodeGypRebuild: false,
    afterPack,
    publish: options.updateFeedUrl ? [{ provider: 'generic', url: options.updateFeedUrl }] : null,
    mac: {
      category: 'public.app-category.business',
      icon: `${BUILD_RESOURCES}/icon.icns`,
      target: [
        { target: 'dmg', arch: ['arm64', 'x64'] },
        { target: 'zip', arch: ['arm64', 'x64'] },
      ],
      // Notarisation requires the hardened runtime; the entitlements re-allow what V8's JIT needs.
      hardenedRuntime: true,
      entitlements: `${BUILD_RESOURCES}/entitlements.mac.plist`,
      entitlementsInherit: `${BUILD_RESOURCES}/entitlements.mac.plist`,
    },
    dmg: { title: '${productName} ${version}' },
    win: {
      icon: `${BUILD_RESOURCES}/icon.ico`,
      target: [{ target: 'nsis', arch: ['x64'] }],
    },
    nsis: {
      // An installer that asks: per user by default (no administrator needed), folder of choice.
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      // The manager's book lives in %APPDATA%\Coachbook; uninstalling the app never takes it.
      deleteAppDataOnUninstall: false,
      installerIcon: `${BUILD_RESOURCES}/icon.ico`,
      uninstallerIcon: `${BUILD_RESOURCES}/icon.ico`,
      shortcutName: 'Coachbook',
    },
    linux: {
      icon: `${BUILD_RESOURCES}/icons`,
      category: 'Office',
      synopsis: 'One-on-ones, action items and follow-through for sales managers',
      target: ['AppImage', 'deb'],
      maintainer: 'Coachbook <hello@coachbook.app>',
    },
  };
}

export default coachbookBuildConfig({
  nativeDriverDir: ELECTRON_NATIVE_DIR,
  updateFeedUrl: process.env.COACHBOOK_UPDATE_URL || undefined,
});
