import { z } from 'zod';
import { calendarDate, entityId, optionalText } from '../validation';

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

export const REP_STATUSES = ['active', 'archived'] as const;
export type RepStatus = (typeof REP_STATUSES)[number];

export interface Rep {
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
  /** The agenda template a new one-on-one with this rep starts from (null: the built-in weekly check-in). */
  defaultTemplateId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of the reps list: the rep plus what a manager scans for. */
export interface RepListItem extends Rep {
  /** ISO instant of the last one-on-one marked held, if any. */
  lastHeldAt: string | null;
  openActionItemCount: number;
}

export const REP_NAME_MAX = 120;

/** The editable fields of a rep. Used by the form in the renderer and again at the API boundary. */
export const repFieldsSchema = z.object({
  name: z
    .string({ message: 'Name is required' })
    .trim()
    .min(1, 'Name is required')
    .max(REP_NAME_MAX, `Name must be at most ${REP_NAME_MAX} characters`),
  email: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .pipe(z.email('Email must be a valid address, like ana@example.com').nullable()),
  title: optionalText(120, 'Title'),
  team: optionalText(80, 'Team'),
  territory: optionalText(120, 'Territory'),
  startDate: calendarDate('Start date')
    .nullish()
    .transform((value) => value ?? null),
  cadence: z.enum(CADENCES, { message: 'Cadence must be weekly, biweekly or monthly' }),
});
export type RepFields = z.input<typeof repFieldsSchema>;

export const repIdSchema = z.object({ id: entityId('Rep id') });

export const listRepsSchema = z.object({
  status: z.enum([...REP_STATUSES, 'all']).default('active'),
  search: z.string().trim().max(120).optional(),
  team: z.string().trim().max(80).nullish(),
});
