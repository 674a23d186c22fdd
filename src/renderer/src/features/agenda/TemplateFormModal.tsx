import { ActionIcon, Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { AgendaTemplate } from '@shared/agenda/agenda';
import { useApiMutation } from '../../api/queries';
import {
  emptySection,
  templateFormValues,
  toTemplateFields,
  validateTemplateForm,
  type TemplateFormValues,
} from './template-form-values';

export interface TemplateFormTarget {
  template: AgendaTemplate | null;
  mode: 'edit' | 'copy';
}

interface TemplateFormModalProps {
  target: TemplateFormTarget | null;
  onClose: () => void;
}

export function TemplateFormModal({ target, onClose }: TemplateFormModalProps) {
  const title =
    !target || !target.template
      ? 'New agenda template'
      : target.mode === 'copy'
        ? 'Copy agenda template'
        : 'Edit agenda template';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg" radius="md">
      {target ? (
        <TemplateForm key={`${target.mode}-${target.template?.id ?? 'new'}`} target={target} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function TemplateForm({ target, onClose }: { target: TemplateFormTarget; onClose: () => void }) {
  const form = useForm<TemplateFormValues>({
    initialValues: templateFormValues(target.template, target.mode),
    validate: validateTemplateForm,
  });
  const saved = (template: AgendaTemplate) => {
    notifications.show({
      color: 'teal',
      title: 'Template saved',
      message: `${template.name} is ready to use for new one-on-ones.`,
    });
    onClose();
  };
  const create = useApiMutation('templates.create', {
    invalidates: ['templates.*'],
    errorTitle: 'Could not save the template',
    onSuccess: saved,
  });
  const update = useApiMutation('templates.update', {
    invalidates: ['templates.*'],
    errorTitle: 'Could not save the template',
    onSuccess: saved,
  });
  const editing = target.mode === 'edit' && target.template;

  const submit = form.onSubmit((values) => {
    const fields = toTemplateFields(values);
    if (editing) update.mutate({ id: editing.id, ...fields });
    else create.mutate(fields);
  });
  const sections = form.getValues().sections;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Description" placeholder="When to use it" {...form.getInputProps('description')} />
        <Text size="sm" fw={500}>
          Sections
        </Text>
        {form.errors.sections ? (
          <Text size="xs" c="red">
            {form.errors.sections}
          </Text>
        ) : null}
        {sections.map((section, index) => (
          <Paper key={section.key} withBorder radius="md" p="sm">
            <Stack gap="xs">
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Section ${index + 1}`}
                  placeholder="e.g. Pipeline review"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`sections.${index}.title`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Move section ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => form.reorderListItem('sections', { from: index, to: index - 1 })}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Move section ${index + 1} down`}
                  disabled={index === sections.length - 1}
                  onClick={() => form.reorderListItem('sections', { from: index, to: index + 1 })}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove section ${index + 1}`}
                  disabled={sections.length === 1}
                  onClick={() => form.removeListItem('sections', index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <Textarea
                label={`Prompts for section ${index + 1}`}
                description="One question a line, shown under the agenda line."
                autosize
                minRows={2}
                {...form.getInputProps(`sections.${index}.prompts`)}
              />
            </Stack>
          </Paper>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('sections', emptySection())}
          >
            Add section
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              Save template
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
