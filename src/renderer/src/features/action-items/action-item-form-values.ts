import type { FormErrors } from '@mantine/form';
import { createActionItemSchema, type ActionItemOwner } from '@shared/action-items/action-item';
import { zodFieldErrors } from '../../forms/zod-form-errors';

/** What the inputs hold: Selects give ids as strings (null: none picked), DateInput a yyyy-MM-dd day. */
export interface ActionItemFormValues {
  repId: string | null;
  title: string;
  owner: ActionItemOwner;
  dueDate: string | null;
  goalId: string | null;
}

/** A rep and goal given by the screen the form opens from (the rep page, a goal page). */
export interface ActionItemPreset {
  repId?: number;
  goalId?: number;
}

export const actionItemFormValues = (preset: ActionItemPreset): ActionItemFormValues => ({
  repId: preset.repId === undefined ? null : String(preset.repId),
  title: '',
  owner: 'rep',
  dueDate: null,
  goalId: preset.goalId === undefined ? null : String(preset.goalId),
});

const idOrUndefined = (value: string | null): number | undefined => (value ? Number(value) : undefined);

/**
 * Checked with the API's own schema, so the messages under the fields are the ones main would
 * give. An item from the form belongs to no meeting: it comes up in the rep's next one-on-one.
 */
export const parseNewActionItem = (values: ActionItemFormValues) =>
  createActionItemSchema.safeParse({
    repId: idOrUndefined(values.repId),
    title: values.title,
    owner: values.owner,
    dueDate: values.dueDate,
    goalId: idOrUndefined(values.goalId) ?? null,
  });

const FIELDS = ['repId', 'title', 'owner', 'dueDate', 'goalId'] as const;
export type ActionItemFormField = (typeof FIELDS)[number];
export const isActionItemFormField = (field: string | undefined): field is ActionItemFormField =>
  FIELDS.some((name) => name === field);

// The schema's own words for a missing id ("Rep id must be a number") are meant for programmers.
const PICK_A_REP = 'Pick the rep this action item is for';

export function validateActionItemForm(values: ActionItemFormValues): FormErrors {
  const parsed = parseNewActionItem(values);
  if (parsed.success) return {};
  const errors = zodFieldErrors(parsed.error);
  return values.repId ? errors : { ...errors, repId: PICK_A_REP };
}
