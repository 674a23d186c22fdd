import type { FormErrors } from '@mantine/form';
import { createGoalSchema, updateGoalSchema, type GoalKind, type GoalSummary, type GoalUnit } from '@shared/goals/goal';
import { zodFieldErrors } from '../../forms/zod-form-errors';

/**
 * What the inputs hold: NumberInput gives '' for an empty field; DayInput a yyyy-MM-dd day, null,
 * or the text typed when it is not a date (the schema then refuses it under its field).
 */
export interface GoalFormValues {
  kind: GoalKind;
  title: string;
  metric: string;
  unit: GoalUnit;
  startValue: number | string;
  targetValue: number | string;
  startDate: string | null;
  endDate: string | null;
}

export const goalFormValues = (goal: GoalSummary | null, today: string): GoalFormValues => ({
  kind: goal?.kind ?? 'metric',
  title: goal?.title ?? '',
  metric: goal?.metric ?? '',
  unit: goal?.unit ?? 'count',
  startValue: goal?.startValue ?? 0,
  targetValue: goal?.targetValue ?? '',
  startDate: goal?.startDate ?? today,
  endDate: goal?.endDate ?? null,
});

const numberOrUndefined = (value: number | string): number | undefined =>
  typeof value === 'number' ? value : value.trim() === '' ? undefined : Number(value);

/**
 * The API fields for these values, before parsing: the form checks them with the API's own schema
 * (plus repId or id), so the messages under the fields are the ones main would give.
 */
export function goalFormInput(values: GoalFormValues): Record<string, unknown> {
  if (values.kind === 'milestone') {
    return {
      kind: 'milestone',
      title: values.title,
      startDate: values.startDate ?? undefined,
      endDate: values.endDate ?? '',
    };
  }
  return {
    kind: 'metric',
    title: values.title,
    metric: values.metric,
    unit: values.unit,
    startValue: numberOrUndefined(values.startValue),
    targetValue: numberOrUndefined(values.targetValue),
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
  };
}

export const parseNewGoal = (values: GoalFormValues, repId: number) =>
  createGoalSchema.safeParse({ ...goalFormInput(values), repId });
export const parseGoalEdit = (values: GoalFormValues, id: number) =>
  updateGoalSchema.safeParse({ ...goalFormInput(values), id });

const FIELDS = ['title', 'metric', 'unit', 'startValue', 'targetValue', 'startDate', 'endDate'] as const;
export type GoalFormField = (typeof FIELDS)[number];
export const isGoalFormField = (field: string | undefined): field is GoalFormField =>
  FIELDS.some((name) => name === field);

export function validateGoalForm(values: GoalFormValues): FormErrors {
  const parsed = parseNewGoal(values, 1);
  return parsed.success ? {} : zodFieldErrors(parsed.error);
}
