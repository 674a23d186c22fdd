import { repFieldsSchema, type Cadence, type Rep } from '@shared/reps/rep';
import { zodFormValidator } from '../../forms/zod-form-errors';

/** What the inputs hold: plain strings (empty = not set), the start day as yyyy-MM-dd. */
export interface RepFormValues {
  name: string;
  email: string;
  title: string;
  team: string;
  territory: string;
  startDate: string | null;
  cadence: Cadence;
}

export const REP_FORM_FIELDS = ['name', 'email', 'title', 'team', 'territory', 'startDate', 'cadence'] as const;

export const isRepFormField = (field: string | undefined): field is keyof RepFormValues =>
  REP_FORM_FIELDS.some((name) => name === field);

export const repFormValues = (rep: Rep | null): RepFormValues => ({
  name: rep?.name ?? '',
  email: rep?.email ?? '',
  title: rep?.title ?? '',
  team: rep?.team ?? '',
  territory: rep?.territory ?? '',
  startDate: rep?.startDate ?? null,
  cadence: rep?.cadence ?? 'weekly',
});

export const validateRepForm = zodFormValidator<RepFormValues>(repFieldsSchema);

/** Trimmed, with empty text as null: exactly what the API stores. */
export const toRepFields = (values: RepFormValues) => repFieldsSchema.parse(values);
