import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ICON_SOURCE,
  ICON_SOURCE_STAMP,
  LINUX_ICON_SIZES,
  MAC_ICON,
  WINDOWS_ICON,
  linuxIconFile,
} from '../../../scripts/icons/icon-sets';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('committed icon sets', () => {
  it('were drawn from the current icon.svg (run npm run icons after editing it)', () => {
    const svgHash = createHash('sha256').update(readFileSync(ICON_SOURCE)).digest('hex');
    expect(readFileSync(ICON_SOURCE_STAMP, 'utf8').trim()).toBe(svgHash);
  });

  it('have a PNG of every size Linux desktops ask for, each as large as its name says', () => {
    for (const size of LINUX_ICON_SIZES) expect(pngSize(linuxIconFile(size))).toEqual({ width: size, height: size });
  });

  it('have a macOS .icns and a Windows .ico', () => {
    expect(readFileSync(MAC_ICON).subarray(0, 4).toString('ascii')).toBe('icns');
    const ico = readFileSync(WINDOWS_ICON);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    // Windows shows the 256 px entry in Explorer and the installer; the .exe needs it.
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + index * 16] || 256);
    expect(entries).toContain(256);
    expect(entries).toContain(16);
  });
});
