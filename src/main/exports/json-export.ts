import type { Database } from 'better-sqlite3';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_TABLE_NAMES, orderBy } from './export-tables';

/** Rows are gathered into pieces of about this many characters: one write per row would be ~10× slower. */
const CHUNK_CHARS = 1 << 20;

export interface JsonExportOptions {
  /** Without it every one-on-one's private notes are written empty, as if never typed. */
  includePrivateNotes: boolean;
}

/** A one-on-one row as a file without private notes carries it: every other column as stored. */
const withoutPrivateNotes = (row: unknown): unknown => ({
  ...(row as Record<string, unknown>),
  private_notes_json: null,
  private_notes_text: '',
});

/**
 * All data as the versioned JSON document of docs/export-format.md, one row per line so a large
 * export stays readable and diffable. Read inside one transaction: the export is a consistent
 * snapshot even if a write lands while it runs. Returns ~1 MB chunks to write in order (one
 * string of a hundred megabytes would double the memory for nothing).
 */
export function exportJsonChunks(db: Database, exportedAt: string, options: JsonExportOptions): string[] {
  return db.transaction(() => {
    const chunks: string[] = [];
    let pending: string[] = [];
    let pendingChars = 0;
    const add = (text: string) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= CHUNK_CHARS) {
        chunks.push(pending.join(''));
        pending = [];
        pendingChars = 0;
      }
    };
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    const head = JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_FORMAT_VERSION,
      exportedAt,
      schemaVersion,
      includesPrivateNotes: options.includePrivateNotes,
    });
    add(`${head.slice(0, -1)},"tables":{`);
    EXPORT_TABLE_NAMES.forEach((table, tableIndex) => {
      add(`${tableIndex === 0 ? '' : ','}\n${JSON.stringify(table)}:[`);
      let first = true;
      // iterate() streams rows; table names come from the fixed list above, never from input.
      const leaveOut = table === 'meetings' && !options.includePrivateNotes;
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY "${orderBy(table)}"`).iterate()) {
        add(`${first ? '' : ','}\n${JSON.stringify(leaveOut ? withoutPrivateNotes(row) : row)}`);
        first = false;
      }
      add(first ? ']' : '\n]');
    });
    add('\n}}\n');
    chunks.push(pending.join(''));
    return chunks;
  })();
}
