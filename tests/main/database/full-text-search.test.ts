import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { ActionItemEntity, MeetingEntity, RepEntity } from '../../../src/main/database/entities';
import { openDatabase } from '../../../src/main/database/open-database';
import { useTempFolders } from './temp-folders';

const folders = useTempFolders();
const NOW = '2026-11-27T09:30:00.000Z';

async function openWithRep(): Promise<{ db: DataSource; repId: number }> {
  const opened = await openDatabase({ dataDir: await folders.make() });
  if (opened.status !== 'ready') throw new Error(opened.message);
  const db = folders.track(opened.dataSource);
  const rep = await db.getRepository(RepEntity).save({ name: 'Ana Ruiz', createdAt: NOW, updatedAt: NOW });
  return { db, repId: rep.id };
}

const meetingsMatching = async (db: DataSource, query: string): Promise<number[]> =>
  (
    await db.query('SELECT rowid AS id FROM meeting_notes_fts WHERE meeting_notes_fts MATCH ? ORDER BY rowid', [query])
  ).map((row: { id: number }) => row.id);

const actionItemsMatching = async (db: DataSource, query: string): Promise<number[]> =>
  (
    await db.query('SELECT rowid AS id FROM action_items_fts WHERE action_items_fts MATCH ? ORDER BY rowid', [query])
  ).map((row: { id: number }) => row.id);

/** FTS5's integrity-check with rank 1 compares the index with the content table; it throws on any drift. */
async function expectIndexMatchesContent(db: DataSource, table: string): Promise<void> {
  await db.query(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`);
}

describe('meeting notes search', () => {
  it('follows inserts, updates and deletes of the notes text', async () => {
    const { db, repId } = await openWithRep();
    const meetings = db.getRepository(MeetingEntity);
    const meeting = await meetings.save({
      repId,
      scheduledAt: NOW,
      sharedNotesText: 'Pipeline review for Acme renewal',
      privateNotesText: 'Seems tired lately',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await meetingsMatching(db, 'acme')).toEqual([meeting.id]);
    expect(await meetingsMatching(db, 'private_notes_text: tired')).toEqual([meeting.id]);
    expect(await meetingsMatching(db, 'shared_notes_text: tired')).toEqual([]);

    await meetings.update(meeting.id, { sharedNotesText: 'Globex expansion plan' });
    expect(await meetingsMatching(db, 'acme')).toEqual([]);
    expect(await meetingsMatching(db, 'globex')).toEqual([meeting.id]);
    // The untouched column stays indexed.
    expect(await meetingsMatching(db, 'tired')).toEqual([meeting.id]);

    await meetings.delete(meeting.id);
    expect(await meetingsMatching(db, 'globex OR tired')).toEqual([]);
  });

  it('ignores updates of other columns, and forgets a deleted rep’s notes', async () => {
    const { db, repId } = await openWithRep();
    const meetings = db.getRepository(MeetingEntity);
    const meeting = await meetings.save({
      repId,
      scheduledAt: NOW,
      sharedNotesText: 'Quota at 80%',
      createdAt: NOW,
      updatedAt: NOW,
    });
    await meetings.update(meeting.id, { status: 'held', heldAt: NOW });
    expect(await meetingsMatching(db, 'quota')).toEqual([meeting.id]);

    // ON DELETE CASCADE fires the meetings' delete trigger too.
    await db.getRepository(RepEntity).delete(repId);
    expect(await meetingsMatching(db, 'quota')).toEqual([]);
    await expectIndexMatchesContent(db, 'meeting_notes_fts');
  });

  it('finds word prefixes and ignores accents', async () => {
    const { db, repId } = await openWithRep();
    const meeting = await db.getRepository(MeetingEntity).save({
      repId,
      scheduledAt: NOW,
      sharedNotesText: 'Discussed the résumé of the new SDR',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await meetingsMatching(db, 'resume')).toEqual([meeting.id]);
    expect(await meetingsMatching(db, 'disc*')).toEqual([meeting.id]);
  });
});

describe('action item search', () => {
  it('follows inserts, title edits and deletes', async () => {
    const { db, repId } = await openWithRep();
    const items = db.getRepository(ActionItemEntity);
    const item = await items.save({ repId, title: 'Send proposal to Initech', createdAt: NOW, updatedAt: NOW });
    expect(await actionItemsMatching(db, 'initech')).toEqual([item.id]);

    await items.update(item.id, { title: 'Send revised proposal to Umbrella' });
    expect(await actionItemsMatching(db, 'initech')).toEqual([]);
    expect(await actionItemsMatching(db, 'umbrella')).toEqual([item.id]);

    await items.update(item.id, { status: 'done', completedOn: '2026-11-28' });
    expect(await actionItemsMatching(db, 'umbrella')).toEqual([item.id]);

    await items.delete(item.id);
    expect(await actionItemsMatching(db, 'umbrella OR proposal')).toEqual([]);
    await expectIndexMatchesContent(db, 'action_items_fts');
  });
});
