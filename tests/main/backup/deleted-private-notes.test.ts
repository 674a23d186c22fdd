import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import { startExportRig, type ExportRig } from '../exports/export-fixtures';

/*
 * A private note the manager deleted must not live on in free pages of the
 * database file, nor in every backup copied from it (the backup API copies free pages too).
 */

const SECRET = 'Ana told me in confidence that she is interviewing with Globex and Initech next month.';
/** Long enough to spill into overflow pages, which go to the free list when the note is cleared. */
const LONG_SECRET = `${SECRET} `.repeat(120);

const doc = (text: string): TiptapDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

let rig: ExportRig;
beforeEach(async () => {
  rig = await startExportRig();
});
afterEach(async () => {
  await rig.dispose();
});

/** Writes a private note, then the manager deletes it; returns once the change is in the main file. */
async function writeAndDeletePrivateNote(privateText: string): Promise<void> {
  const rep = await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
  const meeting = await rig.app.call('meetings.schedule', { repId: rep.id, scheduledAt: '2026-11-30T10:00:00.000Z' });
  const saved = await rig.app.call('meetings.saveNotes', {
    id: meeting.id,
    baseRevision: 0,
    shared: doc('Pipeline review.'),
    private: doc(privateText),
  });
  // The note was really written (and checkpointed into the file) before it was deleted.
  await rig.app.core.dataSource?.query('PRAGMA wal_checkpoint(TRUNCATE)');
  expect(readFileSync(rig.app.core.status.databaseFile).includes('interviewing with Globex')).toBe(true);

  await rig.app.call('meetings.saveNotes', {
    id: meeting.id,
    baseRevision: saved.notesRevision,
    private: { type: 'doc', content: [{ type: 'paragraph' }] },
  });
  await rig.app.core.dataSource?.query('PRAGMA wal_checkpoint(TRUNCATE)');
}

const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'));

describe('a deleted private note', () => {
  it.each([
    ['a short note', SECRET],
    ['a long note (overflow pages)', LONG_SECRET],
  ])('%s: its text is gone from the database file and from a backup made afterwards', async (_name, text) => {
    await writeAndDeletePrivateNote(text);

    const file = readFileSync(rig.app.core.status.databaseFile);
    expect(contains(file, 'interviewing with Globex')).toBe(false);
    expect(contains(file, 'in confidence')).toBe(false);
    // Nor its words in the search index (FTS5 keeps them lower-cased, one by one).
    for (const word of ['globex', 'initech']) expect(contains(file, word), word).toBe(false);

    const backup = join(rig.outDir, 'after-delete.sqlite');
    rig.saveAs.push(backup);
    await rig.app.call('backup.create', {});
    const copy = readFileSync(backup);
    expect(contains(copy, 'interviewing with Globex')).toBe(false);
    expect(contains(copy, 'in confidence')).toBe(false);
    for (const word of ['globex', 'initech']) expect(contains(copy, word), word).toBe(false);
  });
});
