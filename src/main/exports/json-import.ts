import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { DomainError } from '../errors';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_TABLE_NAMES,
  EXPORT_TABLES,
  OPTIONAL_EXPORT_TABLES,
  type ExportTableName,
} from './export-tables';

/*
 * Import of a JSON export into an EMPTY database, keeping every id so links between rows (and
 * anything the manager wrote down, like "action item 412") stay true. "Empty" means no data a
 * manager made: what migrations seed (the default skills, the built-in agenda templates) and
 * settings are replaced by the file's rows.
 */

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: 'This is not a Coachbook export file' }),
  version: z.literal(EXPORT_FORMAT_VERSION, {
    message: `Only version ${EXPORT_FORMAT_VERSION} of the export format can be imported`,
  }),
  exportedAt: z.string(),
  schemaVersion: z.number().int().min(1),
  tables: z.object(
    Object.fromEntries(
      EXPORT_TABLE_NAMES.map((name) => [
        name,
        OPTIONAL_EXPORT_TABLES.has(name) ? z.array(z.unknown()).default([]) : z.array(z.unknown()),
      ]),
    ) as Record<ExportTableName, z.ZodArray<z.ZodUnknown>>,
  ),
});

/** Tables whose rows only a manager creates; any row in them means the database is in use. */
const USER_TABLES = [
  'reps',
  'meetings',
  'goals',
  'action_items',
  'follow_up_checks',
  'goal_check_ins',
  'skill_ratings',
  'talking_points',
  'calendar_links',
];
/** Seeded by migrations (or set on first run): cleared before the file's rows go in. */
const SEEDED_TABLES = ['settings', 'skills', 'agenda_templates'];

const invalid = (message: string) => new DomainError('invalid_input', message, 'filePath');

export function parseExportFile(content: string, latestSchemaVersion: number): z.infer<typeof envelopeSchema> {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('This file is not valid JSON, so it is not a Coachbook export. Nothing was imported.');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw invalid(`${issue?.message ?? 'This is not a Coachbook export file'}${where}. Nothing was imported.`);
  }
  if (envelope.data.schemaVersion > latestSchemaVersion) {
    throw invalid(
      `This export was made by a newer Coachbook (schema ${envelope.data.schemaVersion}; this app knows up to ${latestSchemaVersion}). Update Coachbook to import it. Nothing was imported.`,
    );
  }
  return envelope.data;
}

export function isDatabaseEmpty(db: Database): boolean {
  const used = USER_TABLES.some((table) => db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined);
  const ownTemplates =
    db.prepare('SELECT 1 FROM agenda_templates WHERE builtin_key IS NULL LIMIT 1').get() !== undefined;
  return !used && !ownTemplates;
}

/** Validates every row, then inserts all of them in one transaction: all or nothing. */
export function importExport(db: Database, content: string, latestSchemaVersion: number): Record<string, number> {
  const file = parseExportFile(content, latestSchemaVersion);
  const tables = EXPORT_TABLE_NAMES.map((name) => {
    const schema: z.ZodType<Record<string, unknown>> = EXPORT_TABLES[name];
    const rows = file.tables[name].map((row, index) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalid(
          `Row ${index + 1} of ${name} is not valid${issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : `: ${issue?.message ?? ''}`}. Nothing was imported.`,
        );
      }
      return parsed.data;
    });
    return { name, rows, columns: Object.keys(EXPORT_TABLES[name].shape) };
  });

  if (!isDatabaseEmpty(db)) {
    throw new DomainError(
      'conflict',
      'This database already holds data, so nothing was imported. Import into a new, empty database (start Coachbook with another data folder), or restore a backup instead.',
    );
  }
  const counts: Record<string, number> = {};
  const insertAll = db.transaction(() => {
    for (const table of SEEDED_TABLES) db.prepare(`DELETE FROM "${table}"`).run();
    for (const { name, rows, columns } of tables) {
      const insert = db.prepare(
        `INSERT INTO "${name}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
      );
      for (const row of rows) insert.run(row);
      counts[name] = rows.length;
    }
    // Triggers indexed every inserted row; 'rebuild' makes sure the FTS tables match exactly.
    db.prepare(`INSERT INTO meeting_notes_fts (meeting_notes_fts) VALUES ('rebuild')`).run();
    db.prepare(`INSERT INTO action_items_fts (action_items_fts) VALUES ('rebuild')`).run();
    const broken = db.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw invalid('The file refers to rows it does not contain. Nothing was imported.');
  });
  try {
    insertAll();
  } catch (error) {
    // A duplicate id or a link to a missing row: the transaction rolled back, nothing changed.
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) {
      throw invalid(`The file's rows do not fit together (${error.message}). Nothing was imported.`);
    }
    throw error;
  }
  return counts;
}
