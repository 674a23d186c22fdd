import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * dist:check packs the app without Electron (it cannot be downloaded on CI). This file, inside
 * the stand-in Electron folder and so inside the packed app, tells the afterPack hook the
 * binary beside it is a shell script: there are no fuses to flip.
 */
export const STAND_IN_MARKER = 'STAND-IN-NOT-ELECTRON.txt';

/**
 * An unpacked "Electron" for Linux that electron-builder accepts as `electronDist`: the
 * executable it renames to the app's name, and the resources folder it packs into.
 */
export function writeStandInElectron(dir: string, electronVersion: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(executable, '#!/bin/sh\necho "stand-in for Electron, written by npm run dist:check" >&2\nexit 1\n');
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), `${electronVersion}\n`);
  writeFileSync(
    join(dir, STAND_IN_MARKER),
    'Written by npm run dist:check: the "Electron" binary in this folder is a shell script, so fuses are not flipped.\n',
  );
}
