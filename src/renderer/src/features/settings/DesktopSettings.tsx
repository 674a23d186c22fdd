import { Code, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useApiMutation, useApiQuery } from '../../api/queries';

/**
 * What the desktop app itself does: the spell checker's dictionary download (the one network
 * call Coachbook could make, so it waits for the manager's yes) and where the log file is.
 */
export function DesktopSettings() {
  const settings = useApiQuery('settings.get', {});
  const logFile = useApiQuery('app.logFile', {});
  const save = useApiMutation('settings.update', {
    invalidates: ['settings.get'],
    errorTitle: 'Could not change the spell checker',
  });
  const downloads = save.isPending
    ? (save.variables.spellCheckDownloads ?? false)
    : (settings.data?.spellCheckDownloads ?? false);
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb="md">
        Spelling and diagnostics
      </Title>
      <Stack gap="md">
        <div>
          <Switch
            label="Download spelling dictionaries (Linux)"
            checked={downloads}
            disabled={!settings.data}
            onChange={(event) => save.mutate({ spellCheckDownloads: event.currentTarget.checked })}
            aria-describedby="spelling-description"
          />
          <Text size="sm" c="dimmed" mt={4} id="spelling-description">
            On Linux the spell checker needs dictionaries that it downloads from Google&apos;s servers. Coachbook makes
            that download only with this switch on; while it is off, notes are not spell-checked on Linux. macOS and
            Windows use their own spell checker and download nothing.
          </Text>
        </div>
        <div>
          <Text size="sm" fw={500} id="log-file-label">
            Log file
          </Text>
          <Text size="sm" c="dimmed" mb={4}>
            Coachbook writes what went wrong here (Help → Show Log File opens the folder). Send it along when you report
            a problem; it holds no notes.
          </Text>
          {logFile.isError ? (
            <Text size="sm" c="red">
              Could not find the log file: {logFile.error.message}
            </Text>
          ) : (
            <Code aria-labelledby="log-file-label" block>
              {logFile.isPending
                ? 'Looking…'
                : (logFile.data ?? 'No log file: Coachbook is not running as the desktop app.')}
            </Code>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
