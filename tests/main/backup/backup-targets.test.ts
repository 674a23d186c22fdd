import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startExportRig, type ExportRig } from '../exports/export-fixtures';

/*
 * The place a manager picks in the save dialog can still be a folder, a
 * read-only file, somewhere Coachbook may not write, or a folder that is gone by the time the
 * backup runs. Each gets a clear message, and nothing is written (no partial file either).
 */

let rig: ExportRig;
beforeEach(async () => {
  rig = await startExportRig();
  await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
});
afterEach(async () => {
  await rig.dispose();
});

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['backup.sqlite', 'Coachbook Backup 2026.sqlite', 'sauvegarde-équipe.sqlite', 'x', '.hidden.sqlite'];

type Target = { kind: string; path: string };

/** Places a save dialog can still hand back that cannot take a backup, built inside `dir`. */
function unusableTarget(dir: string, next: () => number, index: number): Target {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const name = pick(NAMES);
  const folder = join(dir, `case-${index}`);
  mkdirSync(folder);
  const kinds = ['folder', 'folder with separator', 'missing folder', 'parent is a file', 'read-only file'];
  if (existsSync('/sys')) kinds.push('system folder');
  const kind = pick(kinds);
  switch (kind) {
    case 'folder':
    case 'folder with separator': {
      const target = join(folder, name);
      mkdirSync(target);
      if (next() < 0.5) writeFileSync(join(target, 'inside.txt'), 'keep me');
      return { kind, path: kind === 'folder' ? target : `${target}${sep}` };
    }
    case 'missing folder': {
      const depth = 1 + Math.floor(next() * 3);
      const parts = Array.from({ length: depth }, (_, level) => `gone-${level}`);
      return { kind, path: join(folder, ...parts, name) };
    }
    case 'parent is a file': {
      const file = join(folder, 'notes.txt');
      writeFileSync(file, 'a text file');
      return { kind, path: join(file, name) };
    }
    case 'read-only file': {
      const target = join(folder, name);
      writeFileSync(target, 'an older backup the manager protected');
      chmodSync(target, 0o444);
      return { kind, path: target };
    }
    default:
      return { kind, path: join('/sys', `coachbook-${index}.sqlite`) };
  }
}

/** Every file and folder under `dir` with its bytes, to prove a refused backup wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const info = statSync(path);
      if (info.isDirectory()) {
        entries.set(relative(dir, path) + sep, 'folder');
        walk(path);
      } else entries.set(relative(dir, path), `${info.mode.toString(8)} ${readFileSync(path, 'base64')}`);
    }
  };
  walk(dir);
  return entries;
}

describe('backup.create to a place that cannot take it', () => {
  it('answers a clear message and writes nothing, for 60 generated targets', async () => {
    const next = random(12);
    const seen = new Set<string>();
    for (let index = 0; index < 60; index += 1) {
      const target = unusableTarget(rig.outDir, next, index);
      seen.add(target.kind);
      const before = snapshot(rig.outDir);
      rig.saveAs.push(target.path);
      const error = await rig.app.callError('backup.create', {});
      expect(error, `${target.kind}: ${target.path}`).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/Nothing was saved/),
      });
      expect(snapshot(rig.outDir), `${target.kind}: ${target.path}`).toEqual(before);
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'Backups')), join(dir, 'Backups')), /is a folder/],
    ['a missing folder', (dir: string) => join(dir, 'unplugged-drive', 'backup.sqlite'), /folder .* does not exist/],
    [
      'a read-only file',
      (dir: string) => {
        const file = join(dir, 'protected.sqlite');
        writeFileSync(file, 'old');
        chmodSync(file, 0o444);
        return file;
      },
      /read-only/,
    ],
  ])('%s gets a message that says what to do', async (_name, make, message) => {
    rig.saveAs.push(make(rig.outDir));
    expect(await rig.app.callError('backup.create', {})).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(message),
    });
  });

  it('still overwrites an ordinary file the manager confirmed in the dialog', async () => {
    const target = join(rig.outDir, 'last-week.sqlite');
    writeFileSync(target, 'an older backup');
    rig.saveAs.push(target);
    expect(await rig.app.call('backup.create', {})).toMatchObject({ filePath: target });
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
