import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import type { RepImportPreview } from '@shared/reps/rep-import';
import { useApiMutation } from '../../../api/queries';
import { fileNameOf } from '../../exports/saved-file';
import { RepImportPreviewView } from './RepImportPreviewView';

interface ImportRepsModalProps {
  opened: boolean;
  onClose: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * Reps from a spreadsheet: main shows the open dialog and answers a preview of every row; the
 * manager imports it as a whole or fixes the file and chooses it again.
 */
export function ImportRepsModal({ opened, onClose }: ImportRepsModalProps) {
  const [preview, setPreview] = useState<RepImportPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const choose = useApiMutation('repImport.preview', {
    shouldNotify: () => false,
    onSuccess: (answer) => {
      // Cancelling the dialog keeps whatever was shown before.
      if (answer === null) return;
      setFileError(null);
      setPreview(answer);
    },
    onError: (error) => {
      setPreview(null);
      setFileError(error.message);
    },
  });
  const template = useApiMutation('repImport.saveTemplate', {
    errorTitle: 'Could not save the template',
    onSuccess: (saved) => {
      if (saved === null) return;
      notifications.show({
        color: 'teal',
        title: 'Template saved',
        message: `Open ${fileNameOf(saved.filePath)} in your spreadsheet, fill in your team and import it here.`,
      });
    },
  });
  const close = () => {
    setPreview(null);
    setFileError(null);
    confirm.reset();
    onClose();
  };
  const confirm = useApiMutation('repImport.confirm', {
    invalidates: ['reps.*', 'team.*', 'reminders.*'],
    shouldNotify: () => false,
    onSuccess: (result) => {
      notifications.show({
        color: 'teal',
        title: `${plural(result.imported, 'rep')} imported`,
        message:
          result.skipped > 0
            ? `${plural(result.skipped, 'rep was', 'reps were')} in your book already and kept as they were.`
            : 'They are in your reps list, ready for their first one-on-one.',
      });
      close();
    },
  });

  const busy = choose.isPending || confirm.isPending;
  const canImport = preview?.token != null && preview.readyCount > 0;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Import reps from a spreadsheet"
      size={preview ? 'min(1040px, 96vw)' : 'lg'}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        {preview ? null : <Instructions />}
        {fileError ? (
          <Alert color="red" title="This file cannot be imported" role="alert">
            {fileError}
          </Alert>
        ) : null}
        {confirm.error ? (
          <Alert color="red" title="Nothing was imported" role="alert">
            {confirm.error.message}
          </Alert>
        ) : null}
        {preview ? <RepImportPreviewView preview={preview} /> : null}
        <Group justify="space-between" gap="sm">
          <Button
            variant="subtle"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => template.mutate({})}
            loading={template.isPending}
          >
            Download the template
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              variant={preview ? 'default' : 'filled'}
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              onClick={() => choose.mutate({})}
              loading={choose.isPending}
              disabled={confirm.isPending}
            >
              {preview || fileError ? 'Choose another file…' : 'Choose a CSV file…'}
            </Button>
            {preview ? (
              <Button
                disabled={!canImport || busy}
                loading={confirm.isPending}
                onClick={() => preview.token && confirm.mutate({ token: preview.token })}
              >
                {preview.problemCount > 0 ? 'Import' : `Import ${plural(preview.readyCount, 'rep')}`}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function Instructions() {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Export your team from Excel, Google Sheets, Numbers or your CRM as a CSV file. Coachbook reads the columns by
        their names, in any order:
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          <b>Name</b> (or First name and Last name) and <b>Email</b>: needed for every rep
        </List.Item>
        <List.Item>
          Title, Team, Territory, Start date and Cadence (weekly, every two weeks or monthly): optional
        </List.Item>
      </List>
      <Text size="sm" c="dimmed">
        You see every rep before anything is imported, and nothing is imported until every row is right. Reps already in
        your book (same e-mail) are skipped.
      </Text>
    </Stack>
  );
}
