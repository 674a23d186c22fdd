/** What a native module file was compiled for, read from its first bytes. */
export interface NativeBinaryKind {
  format: 'elf' | 'mach-o' | 'pe';
  arch: string;
}

const ELF_MACHINES: Record<number, string> = { 0x03: 'ia32', 0x3e: 'x64', 0xb7: 'arm64', 0x28: 'armv7l' };
const MACH_O_CPUS: Record<number, string> = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES: Record<number, string> = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };

/**
 * The format and CPU of a compiled .node file, or null when the bytes are none of ELF, Mach-O
 * or PE. Packing a Linux-built driver into a Windows installer, or an arm64 one into an Intel
 * Mac app, gives an app that cannot open its database; the afterPack hook refuses such a pack.
 */
export function describeNativeBinary(bytes: Uint8Array): NativeBinaryKind | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 20 && view.getUint32(0, false) === 0x7f454c46) {
    const littleEndian = bytes[5] === 1;
    return { format: 'elf', arch: ELF_MACHINES[view.getUint16(18, littleEndian)] ?? 'unknown' };
  }
  if (bytes.length >= 8 && view.getUint32(0, true) === 0xfeedfacf) {
    return { format: 'mach-o', arch: MACH_O_CPUS[view.getUint32(4, true)] ?? 'unknown' };
  }
  if (bytes.length >= 64 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const peOffset = view.getUint32(0x3c, true);
    if (peOffset + 6 <= bytes.length && view.getUint32(peOffset, false) === 0x50450000) {
      return { format: 'pe', arch: PE_MACHINES[view.getUint16(peOffset + 4, true)] ?? 'unknown' };
    }
  }
  return null;
}

const FORMAT_OF_PLATFORM: Record<string, NativeBinaryKind['format']> = {
  linux: 'elf',
  darwin: 'mach-o',
  mas: 'mach-o',
  win32: 'pe',
};

/** Null when the driver suits the packed app, else the sentence that fails the build. */
export function nativeBinaryMismatch(
  kind: NativeBinaryKind | null,
  target: { platform: string; arch: string },
): string | null {
  const wanted = FORMAT_OF_PLATFORM[target.platform];
  if (!kind) return 'the SQLite driver is not a compiled native module';
  if (kind.format !== wanted || kind.arch !== target.arch) {
    return `the SQLite driver was built for ${kind.format} ${kind.arch}, but this app is for ${target.platform} ${target.arch}; build it on (or download it for) that system first`;
  }
  return null;
}
