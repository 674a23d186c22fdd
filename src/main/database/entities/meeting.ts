import { EntitySchema } from 'typeorm';
import { AgendaTemplateEntity } from './agenda-template';
import { idColumn, instantColumn, integerColumn, oneOf, referenceColumn, textColumn } from './columns';
import { RepEntity } from './rep';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A one-on-one. */
export interface MeetingRow {
  id: number;
  repId: number;
  scheduledAt: string;
  durationMinutes: number;
  status: MeetingStatus;
  templateId: number | null;
  /** JSON array of agenda sections, copied from the template and then edited per meeting. */
  agenda: string;
  /** TipTap document JSON; the plain-text copy beside it feeds full-text search. */
  sharedNotesJson: string | null;
  sharedNotesText: string;
  /** Manager-only notes: never exported unless the manager asks. */
  privateNotesJson: string | null;
  privateNotesText: string;
  /** Bumped on every notes save so a stale autosave can be detected and refused. */
  notesRevision: number;
  heldAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const MeetingEntity = new EntitySchema<MeetingRow>({
  name: 'Meeting',
  tableName: 'meetings',
  columns: {
    id: idColumn(),
    repId: referenceColumn('rep_id', RepEntity, 'CASCADE', 'FK_meetings_rep_id'),
    scheduledAt: instantColumn('scheduled_at'),
    durationMinutes: integerColumn('duration_minutes', { default: 30 }),
    status: textColumn('status', { default: 'scheduled' }),
    templateId: referenceColumn('template_id', AgendaTemplateEntity, 'SET NULL', 'FK_meetings_template_id'),
    agenda: textColumn('agenda', { default: '[]' }),
    sharedNotesJson: textColumn('shared_notes_json', { nullable: true }),
    sharedNotesText: textColumn('shared_notes_text', { default: '' }),
    privateNotesJson: textColumn('private_notes_json', { nullable: true }),
    privateNotesText: textColumn('private_notes_text', { default: '' }),
    notesRevision: integerColumn('notes_revision', { default: 0 }),
    heldAt: instantColumn('held_at', { nullable: true }),
    cancelledAt: instantColumn('cancelled_at', { nullable: true }),
    createdAt: instantColumn('created_at'),
    updatedAt: instantColumn('updated_at'),
  },
  checks: [{ name: 'CHK_meetings_status', expression: oneOf('status', MEETING_STATUSES) }],
  indices: [
    { name: 'IDX_meetings_rep_id_scheduled_at', columns: ['repId', 'scheduledAt'] },
    // The calendar and "upcoming one-on-ones" across all reps.
    { name: 'IDX_meetings_status_scheduled_at', columns: ['status', 'scheduledAt'] },
    // "Last held one-on-one" per rep, behind cadence and the team view.
    { name: 'IDX_meetings_rep_id_status_scheduled_at', columns: ['repId', 'status', 'scheduledAt'] },
  ],
});
