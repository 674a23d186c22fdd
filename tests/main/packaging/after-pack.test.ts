import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuseV1Config } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishPackedApp, type PackedApp } from '../../../scripts/packaging/after-pack';
import { COACHBOOK_FUSES } from '../../../scripts/packaging/fuses';
import { STAND_IN_MARKER, writeStandInElectron } from '../../../scripts/packaging/stand-in';

const NODE_BUILD = join(process.cwd(), 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
let appOutDir: string;
let flipped: FuseV1Config[];
let logged: string[];

beforeEach(() => {
  appOutDir = mkdtempSync(join(tmpdir(), 'coachbook-after-pack-'));
  flipped = [];
  logged = [];
});
afterEach(() => rmSync(appOutDir, { recursive: true, force: true }));

/** A Linux app folder as electron-builder leaves it before the hook, with this machine's driver. */
function packedApp(overrides: Partial<PackedApp> = {}): PackedApp {
  const resourcesDir = join(appOutDir, 'resources');
  return {
    appOutDir,
    resourcesDir,
    platform: 'linux',
    arch: process.arch,
    flipFuses: async (config) => void flipped.push(config),
    log: (line) => void logged.push(line),
    ...overrides,
  };
}

function putDriver(source = NODE_BUILD): void {
  const dir = join(appOutDir, 'resources', 'app.asar.unpacked', 'native');
  mkdirSync(dir, { recursive: true });
  copyFileSync(source, join(dir, 'better_sqlite3.node'));
}

describe('finishPackedApp (electron-builder afterPack)', () => {
  it('flips Coachbook’s fuses in a real build', async () => {
    putDriver();
    await finishPackedApp(packedApp());
    expect(flipped).toHaveLength(1);
    expect(flipped[0]).toMatchObject(COACHBOOK_FUSES);
    expect(logged).toEqual([`fuses flipped for linux ${process.arch}`]);
  });

  it('skips the fuses only beside dist:check’s stand-in Electron, and logs that it did', async () => {
    putDriver();
    writeStandInElectron(appOutDir, '45.5.0');
    await finishPackedApp(packedApp());
    expect(flipped).toEqual([]);
    expect(logged).toEqual([expect.stringMatching(/fuses NOT flipped/)]);
  });

  it('fails the build when the driver was never built, rather than ship an app that cannot open its book', async () => {
    await expect(finishPackedApp(packedApp())).rejects.toThrow(
      /SQLite driver for Electron is missing .*rebuild:electron-native/,
    );
    expect(flipped).toEqual([]);
  });

  it('fails the build when the driver is for another system', async () => {
    putDriver();
    await expect(finishPackedApp(packedApp({ platform: 'win32', arch: 'x64' }))).rejects.toThrow(
      /not packed: the SQLite driver was built for elf/,
    );
  });

  it('fails when the driver is not a compiled module, even in the stand-in pack', async () => {
    const fake = join(appOutDir, 'fake.node');
    writeFileSync(fake, 'not a binary');
    putDriver(fake);
    writeFileSync(join(appOutDir, STAND_IN_MARKER), '');
    await expect(finishPackedApp(packedApp())).rejects.toThrow(/not a compiled native module/);
  });
});
