// `npm run icons`: draws every icon set from build-resources/icon.svg. The sets are committed,
// so `npm run dist` and CI need neither this script nor a rasterizer; run it after editing the SVG.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { BICUBIC, createICNS, createICO } from 'png2icons';
import { ICON_SOURCE, ICON_SOURCE_STAMP, LINUX_ICON_SIZES, MAC_ICON, WINDOWS_ICON, linuxIconFile } from './icon-sets';

const svg = readFileSync(ICON_SOURCE);
// Each size is drawn from the vector, not scaled down from a large PNG, so small sizes stay sharp.
const draw = (size: number): Buffer =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

for (const size of LINUX_ICON_SIZES) writeFileSync(linuxIconFile(size), draw(size));
const master = draw(1024);
writeFileSync(MAC_ICON, required(createICNS(master, BICUBIC, 0), MAC_ICON));
// PNG-compressed entries, laid out as Windows' resource compiler expects for an .exe icon.
writeFileSync(WINDOWS_ICON, required(createICO(master, BICUBIC, 0, true, true), WINDOWS_ICON));
writeFileSync(ICON_SOURCE_STAMP, `${createHash('sha256').update(svg).digest('hex')}\n`);
console.log(`Drew ${LINUX_ICON_SIZES.length} PNGs, ${MAC_ICON} and ${WINDOWS_ICON} from ${ICON_SOURCE}.`);

function required(icon: Buffer | null, file: string): Buffer {
  if (!icon) throw new Error(`png2icons could not make ${file}`);
  return icon;
}
