import { Paper, Switch, Text, Title } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/queries';

/** The Settings switch for the main process's reminder notifications (src/main/shell/reminder-notifier.ts). */
export function NotificationsSetting() {
  const settings = useApiQuery('settings.get', {});
  const save = useApiMutation('settings.update', {
    invalidates: ['settings.get'],
    errorTitle: 'Could not change notifications',
  });
  const enabled = save.isPending ? (save.variables.notifications ?? false) : (settings.data?.notifications ?? false);
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb={4} id="notifications-heading">
        Notifications
      </Title>
      <Text size="sm" c="dimmed" mb="md" id="notifications-description">
        Coachbook shows a notification on this computer 15 minutes before a one-on-one starts, and once when a
        commitment becomes overdue. Nothing is sent anywhere else.
      </Text>
      <Switch
        label="Show reminder notifications"
        checked={enabled}
        disabled={!settings.data}
        onChange={(event) => save.mutate({ notifications: event.currentTarget.checked })}
        aria-describedby="notifications-description"
      />
    </Paper>
  );
}
