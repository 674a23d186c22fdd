import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { FuseV1Config } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { PACKAGED_NATIVE_BINDING } from '../../src/main/shell/packaged-native-binding';
import { planFuses } from './fuses';
import { describeNativeBinary, nativeBinaryMismatch } from './native-binary';
import { STAND_IN_MARKER } from './stand-in';

/**
 * electron-builder's afterPack hook: runs once per packed app, after the files are in place and
 * before signing (fuses change the binary, so they must be flipped before it is signed).
 */
export async function afterPack(context: AfterPackContext): Promise<void> {
  await finishPackedApp({
    appOutDir: context.appOutDir,
    resourcesDir: context.packager.getResourcesDir(context.appOutDir),
    platform: context.electronPlatformName,
    arch: Arch[context.arch],
    flipFuses: (config) => context.packager.addElectronFuses(context, config),
    log: (line) => console.log(`  • coachbook: ${line}`),
  });
}

export interface PackedApp {
  appOutDir: string;
  resourcesDir: string;
  platform: string;
  arch: string;
  flipFuses(config: FuseV1Config): Promise<unknown>;
  log(line: string): void;
}

/** Refuses an app without a SQLite driver that fits it, then flips the fuses. */
export async function finishPackedApp(app: PackedApp): Promise<void> {
  const driver = join(app.resourcesDir, ...PACKAGED_NATIVE_BINDING);
  if (!existsSync(driver)) {
    throw new Error(
      `The SQLite driver for Electron is missing from the app (${driver}); run npm run rebuild:electron-native first.`,
    );
  }
  const target = { platform: app.platform, arch: app.arch };
  const mismatch = nativeBinaryMismatch(describeNativeBinary(readHeader(driver)), target);
  if (mismatch) throw new Error(`Coachbook was not packed: ${mismatch}.`);

  const plan = planFuses({ ...target, standIn: existsSync(join(app.appOutDir, STAND_IN_MARKER)) });
  if (plan.action === 'skip') {
    app.log(plan.reason);
    return;
  }
  await app.flipFuses(plan.config);
  app.log(`fuses flipped for ${app.platform} ${app.arch}`);
}

function readHeader(file: string): Uint8Array {
  const header = new Uint8Array(4096);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
