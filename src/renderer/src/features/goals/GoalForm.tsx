import {
  Autocomplete,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { GOAL_METRIC_SUGGESTIONS, type GoalSummary } from '@shared/goals/goal';
import type { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { DayInput } from '../../components/DayInput';
import {
  goalFormValues,
  isGoalFormField,
  parseGoalEdit,
  parseNewGoal,
  validateGoalForm,
  type GoalFormValues,
} from './goal-form-values';

const UNIT_OPTIONS = [
  { value: 'count', label: 'Count' },
  { value: 'currency', label: 'Currency' },
  { value: 'percent', label: 'Percent' },
];

export const GOAL_INVALIDATES = ['goals.*', 'brief.forRep', 'timeline.*', 'search.*'] as const;

interface GoalFormProps {
  repId: number;
  goal: GoalSummary | null;
  today: string;
  onDone: () => void;
}

/** Create or edit a goal; checked with the API's schema, errors shown under their fields. */
export function GoalForm({ repId, goal, today, onDone }: GoalFormProps) {
  const form = useForm<GoalFormValues>({ initialValues: goalFormValues(goal, today), validate: validateGoalForm });
  const errorHandling = {
    shouldNotify: (error: ApiCallError) => !(error.code === 'invalid_input' && isGoalFormField(error.field)),
    onError: (error: ApiCallError) => {
      if (isGoalFormField(error.field)) form.setFieldError(error.field, error.message);
    },
  };
  const create = useApiMutation('goals.create', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not add the goal',
    onSuccess: onDone,
    ...errorHandling,
  });
  const update = useApiMutation('goals.update', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Could not save the goal',
    onSuccess: onDone,
    ...errorHandling,
  });
  const submit = form.onSubmit(
    (values) => {
      if (goal) {
        const parsed = parseGoalEdit(values, goal.id);
        if (parsed.success) update.mutate(parsed.data);
      } else {
        const parsed = parseNewGoal(values, repId);
        if (parsed.success) create.mutate(parsed.data);
      }
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (isGoalFormField(first)) form.getInputNode(first)?.focus();
    },
  );
  const metric = form.values.kind === 'metric';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {goal ? null : (
          <SegmentedControl
            aria-label="Kind of goal"
            data={[
              { value: 'metric', label: 'Metric' },
              { value: 'milestone', label: 'Milestone' },
            ]}
            {...form.getInputProps('kind')}
          />
        )}
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        {metric ? (
          <>
            <SimpleGrid cols={2}>
              <Autocomplete
                label="Metric"
                required
                data={[...GOAL_METRIC_SUGGESTIONS]}
                {...form.getInputProps('metric')}
              />
              <Select label="Unit" required data={UNIT_OPTIONS} allowDeselect={false} {...form.getInputProps('unit')} />
            </SimpleGrid>
            <SimpleGrid cols={2}>
              <NumberInput label="Start value" required {...form.getInputProps('startValue')} />
              <NumberInput label="Target value" required {...form.getInputProps('targetValue')} />
            </SimpleGrid>
          </>
        ) : null}
        <SimpleGrid cols={2}>
          <DayInput
            label="Start date"
            required={metric}
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('startDate')}
          />
          <DayInput
            label={metric ? 'End date' : 'Due date'}
            required
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('endDate')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {goal ? 'Save goal' : 'Add goal'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
