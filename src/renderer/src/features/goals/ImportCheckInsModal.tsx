import { Alert, Button, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CheckInImportCheck } from '@shared/goals/check-in-import';
import { CHECK_IN_CSV_COLUMNS, CHECK_IN_CSV_MAX_BYTES } from '@shared/goals/check-in-import';
import { useApiMutation } from '../../api/queries';
import { GOAL_INVALIDATES } from './GoalForm';

interface Loaded {
  name: string;
  csv: string;
  check: CheckInImportCheck;
}

/**
 * CSV check-ins from a CRM: the file is read here (the manager picked it), checked by main with
 * every problem listed by line, and imported only when no row is bad — all rows or none.
 */
export function ImportCheckInsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const check = useApiMutation('goals.checkImport', {
    errorTitle: 'Could not check the file',
    shouldNotify: () => false,
    onError: (error) => setReadError(error.message),
  });
  const run = useApiMutation('goals.importCheckIns', {
    invalidates: GOAL_INVALIDATES,
    errorTitle: 'Nothing was imported',
    onSuccess: (result) => {
      notifications.show({
        color: 'teal',
        title: 'Check-ins imported',
        message: `${result.imported} check-in${result.imported === 1 ? '' : 's'} added to ${result.goalCount} goal${result.goalCount === 1 ? '' : 's'}.`,
      });
      close();
    },
  });
  const close = () => {
    setLoaded(null);
    setReadError(null);
    onClose();
  };
  const pick = async (file: File | null) => {
    setLoaded(null);
    setReadError(null);
    if (!file) return;
    if (file.size > CHECK_IN_CSV_MAX_BYTES) {
      setReadError('The file is larger than 10 MB; split it into smaller files.');
      return;
    }
    const csv = await file.text();
    check.mutate({ csv }, { onSuccess: (result) => setLoaded({ name: file.name, csv, check: result }) });
  };
  const problems = loaded?.check.problems ?? [];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Import check-ins from CSV"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Columns: {CHECK_IN_CSV_COLUMNS.join(', ')} (and optionally note). Nothing is imported unless every row is
          valid.
        </Text>
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          clearable
          onChange={(file) => void pick(file)}
        />
        {readError ? (
          <Alert color="red" title="Could not read the file" role="alert">
            {readError}
          </Alert>
        ) : null}
        {loaded && problems.length > 0 ? (
          <Alert
            color="red"
            title={`${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing will be imported`}
            role="alert"
          >
            <List size="sm" aria-label="Problems by line">
              {problems.map((problem) => (
                <List.Item key={`${problem.line}-${problem.message}`}>
                  Line {problem.line}: {problem.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {loaded && problems.length === 0 ? (
          <Alert color="teal" title="Ready to import">
            {loaded.check.rowCount} check-in{loaded.check.rowCount === 1 ? '' : 's'} in {loaded.name}.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            disabled={!loaded || problems.length > 0}
            loading={check.isPending || run.isPending}
            onClick={() => loaded && run.mutate({ csv: loaded.csv })}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
