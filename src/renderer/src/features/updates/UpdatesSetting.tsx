import { Alert, Button, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { UpdateCheck, UpdateStatus } from '@shared/updates/updates';
import { useApiMutation, useApiQuery } from '../../api/queries';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** Settings → Updates: opt-in checks of the update feed, and installing only on the manager's click. */
export function UpdatesSetting() {
  const status = useApiQuery('updates.status', {});
  const toggle = useApiMutation('updates.setChecksEnabled', {
    invalidates: ['updates.status'],
    errorTitle: 'Could not change update checks',
  });
  const check = useApiMutation('updates.check', { invalidates: ['updates.status'], errorTitle: 'Could not check' });
  const install = useApiMutation('updates.install', { errorTitle: 'Could not install the update' });

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb={4}>
        Updates
      </Title>
      <Text size="sm" c="dimmed" mb="md" id="updates-description">
        Coachbook can ask its update server whether a newer version exists. This is off until you turn it on: while it
        is off, Coachbook contacts no server at all. An update is only downloaded and installed when you click for it.
      </Text>
      {status.isPending && <Loader size="sm" aria-label="Loading update settings" />}
      {status.isError && (
        <Alert color="red" title="Update settings could not be loaded">
          {status.error.message} Reopen Settings to try again.
        </Alert>
      )}
      {status.data && (
        <UpdateControls
          status={status.data}
          enabled={toggle.isPending ? toggle.variables.enabled : status.data.checksEnabled}
          onToggle={(enabled) => toggle.mutate({ enabled })}
          checking={check.isPending}
          onCheck={() => check.mutate({})}
          installing={install.isPending}
          onInstall={() => install.mutate({})}
        />
      )}
    </Paper>
  );
}

interface UpdateControlsProps {
  status: UpdateStatus;
  enabled: boolean;
  onToggle(enabled: boolean): void;
  checking: boolean;
  onCheck(): void;
  installing: boolean;
  onInstall(): void;
}

function UpdateControls({ status, enabled, onToggle, checking, onCheck, installing, onInstall }: UpdateControlsProps) {
  const canCheck = status.unavailableReason === null;
  return (
    <Stack gap="sm">
      <Text size="sm">You have Coachbook {status.currentVersion}.</Text>
      {!canCheck && (
        <Text size="sm" c="dimmed">
          {status.unavailableReason}
        </Text>
      )}
      <Switch
        label="Check for updates when Coachbook starts"
        checked={enabled}
        disabled={!canCheck}
        onChange={(event) => onToggle(event.currentTarget.checked)}
        aria-describedby="updates-description"
      />
      <Group>
        <Button variant="default" onClick={onCheck} loading={checking} disabled={!canCheck || !enabled}>
          Check now
        </Button>
      </Group>
      {status.lastCheck && <CheckResult check={status.lastCheck} installing={installing} onInstall={onInstall} />}
    </Stack>
  );
}

function CheckResult({ check, installing, onInstall }: { check: UpdateCheck; installing: boolean; onInstall(): void }) {
  const at = timeFormat.format(new Date(check.checkedAt));
  if (check.outcome === 'up-to-date') {
    return (
      <Text size="sm" role="status">
        You have the newest version (checked at {at}).
      </Text>
    );
  }
  if (check.outcome === 'failed') {
    return (
      <Alert color="red" title="The check did not work" role="status">
        {check.message} Try again later.
      </Alert>
    );
  }
  return (
    <Alert color="blue" title={`Coachbook ${check.version} is available`} role="status">
      <Text size="sm" mb="sm">
        Found at {at}. Installing downloads it, saves your notes and restarts Coachbook.
      </Text>
      <Button onClick={onInstall} loading={installing}>
        Download and restart
      </Button>
    </Alert>
  );
}
