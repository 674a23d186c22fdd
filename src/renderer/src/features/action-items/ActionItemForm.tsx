import { Button, Group, Input, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import type { ActionItem } from '@shared/action-items/action-item';
import type { ApiCallError } from '../../api/client';
import { useApiMutation, useApiQuery, type Invalidation } from '../../api/queries';
import { useNextScheduledDay } from '../meetings/workspace/use-next-meeting-day';
import { OWNER_OPTIONS } from './action-item-labels';
import {
  actionItemFormValues,
  isActionItemFormField,
  parseNewActionItem,
  validateActionItemForm,
  type ActionItemFormValues,
  type ActionItemPreset,
} from './action-item-form-values';
import { DayInput } from '../../components/DayInput';

// A new open commitment counts everywhere commitments do: lists, counts, the brief, the next
// one-on-one's follow-up panel, the figures, reminders, its goal and search.
const ACTION_ITEM_CREATE_INVALIDATES: readonly Invalidation[] = [
  'actionItems.list',
  'reps.list',
  'brief.forRep',
  'followUps.panel',
  'accountability.forRep',
  'team.overview',
  'reminders.today',
  'goals.get',
  'search.query',
];

interface ActionItemFormProps {
  preset: ActionItemPreset;
  onDone: () => void;
}

/** A commitment written down between one-on-ones; checked with the API's schema, errors under their fields. */
export function ActionItemForm({ preset, onDone }: ActionItemFormProps) {
  const form = useForm<ActionItemFormValues>({
    initialValues: actionItemFormValues(preset),
    validate: validateActionItemForm,
  });
  const repGiven = preset.repId !== undefined;
  const repId = form.values.repId ? Number(form.values.repId) : null;
  const reps = useApiQuery('reps.list', { status: 'active' }, { enabled: !repGiven });
  const givenRep = useApiQuery('reps.get', { id: preset.repId ?? 0 }, { enabled: repGiven });
  const repName = repGiven ? givenRep.data?.name : reps.data?.find((rep) => rep.id === repId)?.name;
  const goals = useApiQuery('goals.listForRep', { repId: repId ?? 0, status: 'active' }, { enabled: repId !== null });
  // Due by default on the day of the rep's next one-on-one, where it comes up for follow-up.
  const [openedAt] = useState(() => new Date().toISOString());
  const nextDay = useNextScheduledDay(repId, openedAt);
  const [dueEdited, setDueEdited] = useState(false);
  const dueDate = dueEdited ? form.values.dueDate : nextDay;
  const ownerLabelId = useId();

  const added = (item: ActionItem) => {
    notifications.show({
      color: 'teal',
      title: 'Action item added',
      message: `“${item.title}” comes up for follow-up in your next one-on-one${repName ? ` with ${repName}` : ''}.`,
    });
    onDone();
  };
  const create = useApiMutation('actionItems.create', {
    invalidates: ACTION_ITEM_CREATE_INVALIDATES,
    errorTitle: 'Could not add the action item',
    onSuccess: added,
    // A field error from main belongs under that field, not in a notification.
    shouldNotify: (error: ApiCallError) => !(error.code === 'invalid_input' && isActionItemFormField(error.field)),
    onError: (error: ApiCallError) => {
      if (error.code === 'invalid_input' && isActionItemFormField(error.field)) {
        form.setFieldError(error.field, error.message);
      }
    },
  });

  const submit = form.onSubmit(
    (values) => {
      const parsed = parseNewActionItem({ ...values, dueDate });
      if (parsed.success) create.mutate(parsed.data);
    },
    // Keyboard users land on the first field that needs fixing.
    (errors) => {
      const first = Object.keys(errors)[0];
      if (isActionItemFormField(first)) form.getInputNode(first)?.focus();
    },
  );

  const goalCount = goals.data?.length ?? 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {repGiven ? null : (
          <Select
            label="Rep"
            required
            data-autofocus
            searchable
            placeholder="Type a name"
            nothingFoundMessage="No active rep by that name"
            data={(reps.data ?? []).map((rep) => ({ value: String(rep.id), label: rep.name }))}
            {...form.getInputProps('repId')}
            onChange={(value) => {
              form.setFieldValue('repId', value);
              // Goals are the rep's own; a goal of the rep picked before would be refused.
              form.setFieldValue('goalId', null);
            }}
          />
        )}
        <TextInput
          label="Title"
          required
          data-autofocus={repGiven || undefined}
          placeholder="e.g. Send the Initech proposal"
          autoComplete="off"
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Input.Wrapper label="Owner" labelElement="div" labelProps={{ id: ownerLabelId }}>
            <SegmentedControl
              aria-labelledby={ownerLabelId}
              fullWidth
              data={OWNER_OPTIONS}
              {...form.getInputProps('owner')}
            />
          </Input.Wrapper>
          <DayInput
            label="Due date"
            placeholder="No due date"
            clearable
            popoverProps={{ withinPortal: true }}
            description={!dueEdited && nextDay ? 'The day of your next one-on-one' : undefined}
            // Below the field, so the input lines up with the owner control beside it.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={dueDate}
            error={form.errors.dueDate}
            onChange={(value) => {
              setDueEdited(true);
              form.setFieldValue('dueDate', value);
            }}
          />
        </SimpleGrid>
        <Select
          label="Goal"
          placeholder={repId === null ? 'Pick a rep first' : goalCount === 0 ? 'No active goals' : 'No goal'}
          description="Optional: the goal this commitment serves"
          clearable
          disabled={repId === null || goalCount === 0}
          data={(goals.data ?? []).map((goal) => ({ value: String(goal.id), label: goal.title }))}
          {...form.getInputProps('goalId')}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add action item
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
