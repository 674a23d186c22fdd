import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Rep } from '@shared/reps/rep';
import { useApiMutation, useApiQuery } from '../../api/queries';

/** The select's value for "no default": main then starts agendas from the weekly check-in. */
const NONE = 'none';

/** Which template this rep's new one-on-ones start from. */
export function RepDefaultAgendaSelect({ rep }: { rep: Rep }) {
  const templates = useApiQuery('templates.list', {});
  const setDefault = useApiMutation('templates.setRepDefault', {
    invalidates: ['reps.get', 'reps.list'],
    errorTitle: 'Could not set the default agenda',
    onSuccess: () =>
      notifications.show({
        color: 'teal',
        title: 'Default agenda set',
        message: `New one-on-ones with ${rep.name} start from it.`,
      }),
  });
  const data = [
    { value: NONE, label: 'No default (weekly check-in)' },
    ...(templates.data ?? []).map((template) => ({ value: String(template.id), label: template.name })),
  ];
  return (
    <Select
      size="xs"
      label="Default agenda"
      description="New one-on-ones start from this template."
      placeholder="Weekly check-in unless you choose"
      data={data}
      value={rep.defaultTemplateId === null ? NONE : String(rep.defaultTemplateId)}
      allowDeselect={false}
      disabled={templates.isError}
      onChange={(value) => {
        if (!value) return;
        setDefault.mutate({ repId: rep.id, templateId: value === NONE ? null : Number(value) });
      }}
    />
  );
}
