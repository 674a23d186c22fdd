import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeNativeBinary, nativeBinaryMismatch } from '../../../scripts/packaging/native-binary';

const nodeBuild = readFileSync(join(process.cwd(), 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'));

function machO(cpuType: number): Uint8Array {
  const bytes = new Uint8Array(32);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xfeedfacf, true);
  view.setUint32(4, cpuType, true);
  return bytes;
}

function pe(machine: number): Uint8Array {
  const bytes = new Uint8Array(256);
  const view = new DataView(bytes.buffer);
  bytes.set([0x4d, 0x5a]);
  view.setUint32(0x3c, 0x80, true);
  view.setUint32(0x80, 0x50450000, false);
  view.setUint16(0x84, machine, true);
  return bytes;
}

describe('describeNativeBinary', () => {
  it('reads the Linux build of better-sqlite3 on this machine', () => {
    expect(describeNativeBinary(nodeBuild)).toEqual({ format: 'elf', arch: process.arch });
  });

  it('tells an Apple-silicon module from an Intel one', () => {
    expect(describeNativeBinary(machO(0x0100000c))).toEqual({ format: 'mach-o', arch: 'arm64' });
    expect(describeNativeBinary(machO(0x01000007))).toEqual({ format: 'mach-o', arch: 'x64' });
  });

  it('reads a Windows DLL', () => {
    expect(describeNativeBinary(pe(0x8664))).toEqual({ format: 'pe', arch: 'x64' });
  });

  it('is null for bytes that are no compiled module', () => {
    expect(describeNativeBinary(new TextEncoder().encode('#!/bin/sh\necho hello\n'))).toBeNull();
  });
});

describe('nativeBinaryMismatch', () => {
  it('accepts a driver built for the packed app’s system', () => {
    expect(nativeBinaryMismatch({ format: 'mach-o', arch: 'arm64' }, { platform: 'darwin', arch: 'arm64' })).toBeNull();
  });

  it('refuses a Linux-built driver in a Windows installer', () => {
    expect(nativeBinaryMismatch({ format: 'elf', arch: 'x64' }, { platform: 'win32', arch: 'x64' })).toMatch(
      /built for elf x64, but this app is for win32 x64/,
    );
  });

  it('refuses an arm64 driver in an Intel Mac app', () => {
    expect(nativeBinaryMismatch({ format: 'mach-o', arch: 'arm64' }, { platform: 'darwin', arch: 'x64' })).toMatch(
      /built for mach-o arm64, but this app is for darwin x64/,
    );
  });

  it('refuses a file that is not a native module at all', () => {
    expect(nativeBinaryMismatch(null, { platform: 'linux', arch: 'x64' })).toMatch(/not a compiled native module/);
  });
});
