import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CADENCES, CADENCE_LABELS, type Rep } from '@shared/reps/rep';
import type { ApiCallError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DayInput } from '../../components/DayInput';
import { isRepFormField, repFormValues, toRepFields, validateRepForm, type RepFormValues } from './rep-form-values';

const CADENCE_OPTIONS = CADENCES.map((value) => ({ value, label: CADENCE_LABELS[value] }));

interface RepFormProps {
  /** The rep to edit, or null for a new one. */
  rep: Rep | null;
  onSaved: (rep: Rep) => void;
  onCancel: () => void;
}

/** Create or edit a rep. Checked with the API's own schema before sending; server errors land on their field. */
export function RepForm({ rep, onSaved, onCancel }: RepFormProps) {
  const form = useForm<RepFormValues>({
    initialValues: repFormValues(rep),
    validate: validateRepForm,
  });
  const teams = useApiQuery('reps.teams', {});

  // A field error from the server belongs under that field, not in a notification.
  const formFieldOf = (error: ApiCallError) =>
    error.code === 'invalid_input' && isRepFormField(error.field) ? error.field : null;
  const errorHandling = {
    shouldNotify: (error: ApiCallError) => formFieldOf(error) === null,
    onError: (error: ApiCallError) => {
      const field = formFieldOf(error);
      if (field) form.setFieldError(field, error.message);
    },
  };
  const saved = (value: Rep) => {
    notifications.show({
      color: 'teal',
      title: rep ? 'Changes saved' : `${value.name} added`,
      message: rep
        ? `${value.name}'s profile is up to date.`
        : 'They are in your reps list; open them any time to see their profile.',
    });
    onSaved(value);
  };
  const create = useApiMutation('reps.create', {
    invalidates: ['reps.*', 'team.*', 'reminders.*'],
    errorTitle: 'Could not add the rep',
    onSuccess: saved,
    ...errorHandling,
  });
  const update = useApiMutation('reps.update', {
    invalidates: ['reps.*', 'team.*', 'reminders.*'],
    errorTitle: 'Could not save the changes',
    onSuccess: saved,
    ...errorHandling,
  });

  const submit = form.onSubmit(
    (values) => {
      const fields = toRepFields(values);
      if (rep) update.mutate({ id: rep.id, ...fields });
      else create.mutate(fields);
    },
    // Keyboard users land on the first field that needs fixing.
    (errors) => {
      const first = Object.keys(errors)[0];
      if (isRepFormField(first)) form.getInputNode(first)?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          type="email"
          placeholder="ana@example.com"
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Title" placeholder="Account Executive" {...form.getInputProps('title')} />
          <Autocomplete
            label="Team"
            placeholder="Pick or type a team"
            data={teams.data ?? []}
            {...form.getInputProps('team')}
          />
          <TextInput
            label="Territory"
            placeholder="e.g. Nordics, Mid-market East"
            {...form.getInputProps('territory')}
          />
          <DayInput
            label="Start date"
            placeholder="Pick or type a date"
            clearable
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('startDate')}
          />
        </SimpleGrid>
        <Select
          label="One-on-one cadence"
          description="How often you meet. Reps past their cadence show as overdue."
          data={CADENCE_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('cadence')}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
