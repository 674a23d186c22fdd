import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconCopy, IconPencil, IconPlus } from '@tabler/icons-react';
import type { AgendaTemplate } from '@shared/agenda/agenda';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { TemplateFormModal, type TemplateFormTarget } from './TemplateFormModal';

function TemplateRow({
  template,
  onOpen,
  onArchive,
}: {
  template: AgendaTemplate;
  onOpen: (target: TemplateFormTarget) => void;
  onArchive: (template: AgendaTemplate) => void;
}) {
  const builtIn = template.builtinKey !== null;
  return (
    <Group justify="space-between" wrap="nowrap" py="xs" className="cb-list-row" px="sm">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs">
          <Text fw={600}>{template.name}</Text>
          {builtIn ? (
            <Badge size="sm" variant="light" color="gray" tt="none">
              Built-in
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {template.sections.map((section) => section.title).join(' · ')}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap">
        {/* Built-in templates stay as shipped; copying is how a manager makes one their own. */}
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconCopy size={14} aria-hidden />}
          aria-label={`Copy ${template.name}`}
          onClick={() => onOpen({ template, mode: 'copy' })}
        >
          Copy
        </Button>
        {builtIn ? null : (
          <>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={`Edit ${template.name}`}
              onClick={() => onOpen({ template, mode: 'edit' })}
            >
              Edit
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              leftSection={<IconArchive size={14} aria-hidden />}
              aria-label={`Archive ${template.name}`}
              onClick={() => onArchive(template)}
            >
              Archive
            </Button>
          </>
        )}
      </Group>
    </Group>
  );
}

/** Settings: the four built-in agendas and the manager's own. */
export function AgendaTemplatesSettings() {
  const templates = useApiQuery('templates.list', {});
  const [target, setTarget] = useState<TemplateFormTarget | null>(null);
  const archive = useApiMutation('templates.archive', {
    invalidates: ['templates.*'],
    errorTitle: 'Could not archive the template',
  });

  const body = () => {
    if (templates.isPending) return <LoadingRows label="Loading agenda templates" rows={4} />;
    if (templates.isError) {
      return (
        <QueryError
          title="Could not load agenda templates"
          error={templates.error}
          onRetry={() => void templates.refetch()}
          retrying={templates.isFetching}
        />
      );
    }
    return (
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }} role="list" aria-label="Agenda templates">
        {templates.data.map((template) => (
          <div role="listitem" key={template.id}>
            <TemplateRow template={template} onOpen={setTarget} onArchive={(item) => archive.mutate({ id: item.id })} />
          </div>
        ))}
      </Paper>
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="templates-heading">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={2} fz="h4" id="templates-heading">
            Agenda templates
          </Title>
          <Text size="sm" c="dimmed">
            A new one-on-one&apos;s agenda starts from one of these. Set a rep&apos;s default on their page.
          </Text>
        </div>
        <Button
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setTarget({ template: null, mode: 'edit' })}
        >
          New template
        </Button>
      </Group>
      {body()}
      <TemplateFormModal target={target} onClose={() => setTarget(null)} />
    </Paper>
  );
}
