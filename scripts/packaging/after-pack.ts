import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Arch, type AfterPackContext } from 'electron-builder';
import { PACKAGED_NATIVE_BINDING } from '../../src/main/shell/packaged-native-binding';
import { planFuses } from './fuses';
import { describeNativeBinary, nativeBinaryMismatch } from './native-binary';
import { STAND_IN_MARKER } from './stand-in';

/**
 * electron-builder's afterPack hook: runs once per packed app, after the files are in place and
 * before signing (fuses change the binary, so they must be flipped before it is signed).
 * Refuses an app without a fitting SQLite driver, then flips the fuses.
 */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const target = { platform: context.electronPlatformName, arch: Arch[context.arch] };
  const driver = join(context.packager.getResourcesDir(context.appOutDir), ...PACKAGED_NATIVE_BINDING);
  if (!existsSync(driver)) {
    throw new Error(
      `The SQLite driver for Electron is missing from the app (${driver}); run npm run rebuild:electron-native first.`,
    );
  }
  const mismatch = nativeBinaryMismatch(describeNativeBinary(readHeader(driver)), target);
  if (mismatch) throw new Error(`Coachbook was not packed: ${mismatch}.`);

  const plan = planFuses({ ...target, standIn: existsSync(join(context.appOutDir, STAND_IN_MARKER)) });
  if (plan.action === 'skip') {
    console.log(`  • coachbook: ${plan.reason}`);
    return;
  }
  await context.packager.addElectronFuses(context, plan.config);
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
