import { EntitySchema } from 'typeorm';
import { CADENCES, REP_STATUSES, type Cadence, type RepStatus } from '@shared/reps/rep';
import { AgendaTemplateEntity } from './agenda-template';
import { idColumn, instantColumn, oneOf, referenceColumn, textColumn } from './columns';

export interface RepRow {
  id: number;
  name: string;
  email: string | null;
  title: string | null;
  team: string | null;
  territory: string | null;
  /** Calendar day, yyyy-MM-dd. */
  startDate: string | null;
  cadence: Cadence;
  status: RepStatus;
  /** The agenda template a new one-on-one with this rep starts from. */
  defaultTemplateId: number | null;
  createdAt: string;
  updatedAt: string;
}

export const RepEntity = new EntitySchema<RepRow>({
  name: 'Rep',
  tableName: 'reps',
  columns: {
    id: idColumn(),
    name: textColumn('name'),
    email: textColumn('email', { nullable: true }),
    title: textColumn('title', { nullable: true }),
    team: textColumn('team', { nullable: true }),
    territory: textColumn('territory', { nullable: true }),
    startDate: textColumn('start_date', { nullable: true }),
    cadence: textColumn('cadence', { default: 'weekly' }),
    status: textColumn('status', { default: 'active' }),
    defaultTemplateId: referenceColumn(
      'default_template_id',
      AgendaTemplateEntity,
      'SET NULL',
      'FK_reps_default_template_id',
    ),
    createdAt: instantColumn('created_at'),
    updatedAt: instantColumn('updated_at'),
  },
  checks: [
    { name: 'CHK_reps_cadence', expression: oneOf('cadence', CADENCES) },
    { name: 'CHK_reps_status', expression: oneOf('status', REP_STATUSES) },
  ],
  indices: [
    // The reps list: active reps by name.
    { name: 'IDX_reps_status_name', columns: ['status', 'name'] },
    { name: 'IDX_reps_team', columns: ['team'] },
  ],
});
