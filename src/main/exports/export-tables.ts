import { z } from 'zod';

/*
 * Every table of a Coachbook database as it appears in the JSON export (docs/export-format.md):
 * raw column names, values exactly as stored. Parents come before children, which is also the
 * order an import inserts them in so foreign keys always point at an existing row. The FTS tables
 * are left out: they are indexes, rebuilt from the rows by their triggers.
 */

const id = z.number().int().positive();
const ref = id.nullable();
const text = z.string();
const optionalText = z.string().nullable();
const count = z.number().int().min(0);
const real = z.number().finite();

export const EXPORT_TABLES = {
  agenda_templates: z.strictObject({
    id,
    name: text,
    description: optionalText,
    sections: text,
    builtin_key: optionalText,
    archived_at: optionalText,
    created_at: text,
    updated_at: text,
  }),
  reps: z.strictObject({
    id,
    name: text,
    email: optionalText,
    title: optionalText,
    team: optionalText,
    territory: optionalText,
    start_date: optionalText,
    cadence: z.enum(['weekly', 'biweekly', 'monthly']),
    status: z.enum(['active', 'archived']),
    default_template_id: ref,
    created_at: text,
    updated_at: text,
  }),
  meetings: z.strictObject({
    id,
    rep_id: id,
    scheduled_at: text,
    duration_minutes: z.number().int(),
    status: z.enum(['scheduled', 'held', 'cancelled']),
    template_id: ref,
    agenda: text,
    shared_notes_json: optionalText,
    shared_notes_text: text,
    private_notes_json: optionalText,
    private_notes_text: text,
    notes_revision: count,
    held_at: optionalText,
    cancelled_at: optionalText,
    created_at: text,
    updated_at: text,
  }),
  goals: z.strictObject({
    id,
    rep_id: id,
    title: text,
    kind: z.enum(['metric', 'milestone']),
    metric: optionalText,
    unit: z.enum(['currency', 'count', 'percent']).nullable(),
    start_value: real.nullable(),
    target_value: real.nullable(),
    start_date: text,
    end_date: text,
    status: z.enum(['active', 'closed']),
    milestone_done: z.union([z.literal(0), z.literal(1)]),
    closed_at: optionalText,
    created_at: text,
    updated_at: text,
  }),
  action_items: z.strictObject({
    id,
    rep_id: id,
    meeting_id: ref,
    goal_id: ref,
    title: text,
    owner: z.enum(['rep', 'manager']),
    due_date: optionalText,
    status: z.enum(['open', 'done', 'dropped']),
    carry_count: count,
    completed_on: optionalText,
    closed_at: optionalText,
    position: z.number().int(),
    created_at: text,
    updated_at: text,
  }),
  follow_up_checks: z.strictObject({
    id,
    action_item_id: id,
    meeting_id: id,
    outcome: z.enum(['done', 'partly_done', 'not_done', 'dropped']),
    note: optionalText,
    new_due_date: optionalText,
    previous_due_date: optionalText,
    created_at: text,
  }),
  goal_check_ins: z.strictObject({
    id,
    goal_id: id,
    meeting_id: ref,
    date: text,
    value: real,
    note: optionalText,
    created_at: text,
  }),
  skills: z.strictObject({ id, name: text, position: z.number().int(), retired_at: optionalText, created_at: text }),
  skill_ratings: z.strictObject({
    id,
    skill_id: id,
    meeting_id: id,
    rep_id: id,
    rating: z.number().int().min(1).max(5),
    note: optionalText,
    created_at: text,
  }),
  talking_points: z.strictObject({
    id,
    rep_id: id,
    text,
    status: z.enum(['queued', 'discussed']),
    discussed_in_meeting_id: ref,
    created_at: text,
    discussed_at: optionalText,
  }),
  calendar_links: z.strictObject({
    id,
    meeting_id: id,
    uid: text,
    recurrence_id: text,
    calendar_starts_at: text,
    calendar_status: z.enum(['confirmed', 'cancelled']),
    created_at: text,
    updated_at: text,
  }),
  settings: z.strictObject({ key: text, value: text }),
};

/** Tables a file of an older schema does not have (calendar_links came with schema 4): read as empty. */
export const OPTIONAL_EXPORT_TABLES: ReadonlySet<string> = new Set(['calendar_links']);

export type ExportTableName = keyof typeof EXPORT_TABLES;
export const EXPORT_TABLE_NAMES = Object.keys(EXPORT_TABLES) as ExportTableName[];

export const EXPORT_FORMAT = 'coachbook-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Rows in a stable order: by primary key (settings by key). */
export const orderBy = (table: ExportTableName): string => (table === 'settings' ? 'key' : 'id');
