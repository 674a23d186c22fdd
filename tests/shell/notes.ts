import Database from 'better-sqlite3';
import type { FakePage } from './page';

/** A rep with a one-on-one today, created through the page's API as the UI would. */
export async function meetingToWriteIn(page: FakePage): Promise<number> {
  const rep = await page.call('reps.create', { name: 'Dana Whitfield', cadence: 'weekly' });
  const meeting = await page.call('meetings.schedule', { repId: rep.id, scheduledAt: new Date().toISOString() });
  return meeting.id;
}

export function noteDoc(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** What the autosave sends: the shared notes of `meetingId`, from the revision it last saw. */
export async function saveNote(page: FakePage, meetingId: number, text: string, baseRevision: number) {
  return page.call('meetings.saveNotes', { id: meetingId, baseRevision, shared: noteDoc(text) });
}

/** The shared notes as stored in the file, read with a connection of the test's own. */
export function sharedNotesInFile(file: string, meetingId: number): string | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT shared_notes_text AS text FROM meetings WHERE id = ?').get(meetingId);
    return typeof row === 'object' && row !== null && 'text' in row ? String(row.text) : undefined;
  } finally {
    db.close();
  }
}
