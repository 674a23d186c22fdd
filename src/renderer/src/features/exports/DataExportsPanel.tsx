import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconJson, IconLock } from '@tabler/icons-react';
import { CSV_EXPORT_KINDS } from '@shared/exports/exports';
import { useApiQuery } from '../../api/queries';
import { describeSaved } from './describe-saved';
import { CSV_LABELS, useCsvExport } from './use-csv-export';
import { useFileJob } from './use-file-job';

/**
 * All data in open formats: the JSON export (the full backup format, a backup you can read) and
 * the spreadsheets, of every rep or of the one picked (archived reps too: their history is still
 * the manager's). A file that leaves the machine carries private notes only when the box is
 * ticked for that one export (docs/product-rules.md), as in the summary export; backups keep everything.
 */
export function DataExportsPanel() {
  const csv = useCsvExport();
  const reps = useApiQuery('reps.list', { status: 'all' });
  const [repId, setRepId] = useState<number | null>(null);
  const repOptions = (reps.data ?? []).map((rep) => ({
    value: String(rep.id),
    label: rep.status === 'archived' ? `${rep.name} (archived)` : rep.name,
  }));
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const json = useFileJob('exports.json', {
    progress: 'Exporting all your data',
    errorTitle: 'Could not export your data',
    success: (saved) => ({ title: 'All data exported', message: describeSaved(saved) }),
  });
  const exportJson = async () => {
    const saved = await json.run({ includePrivateNotes });
    // Ticked for one export only: the next file leaves private notes out again unless ticked again.
    if (saved) setIncludePrivateNotes(false);
  };
  return (
    <Stack gap="sm">
      <Title order={3} fz="h5">
        Export
      </Title>
      <Text size="sm" c="dimmed">
        Your data in open formats that any program can read. The JSON export is the full backup format: every rep,
        one-on-one, action item, follow-up, goal and rating, documented and importable into an empty Coachbook.
      </Text>
      <Checkbox
        label="Include private notes"
        description={
          includePrivateNotes
            ? 'Only for this export.'
            : 'Left out unless you tick this: the file then holds everything else, without your private notes. Backups above always keep them.'
        }
        checked={includePrivateNotes}
        onChange={(event) => setIncludePrivateNotes(event.currentTarget.checked)}
      />
      {includePrivateNotes ? (
        <Alert variant="light" color="yellow" icon={<IconLock size={18} aria-hidden />} title="Includes private notes">
          This file will hold your private notes. Keep it somewhere only you can read, and do not send it to anyone.
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button
          leftSection={<IconJson size={16} aria-hidden />}
          variant="default"
          loading={json.pending}
          onClick={() => void exportJson()}
        >
          Export all data (JSON)…
        </Button>
      </Group>
      <Text size="sm" fw={500} mt="xs" id="csv-exports-label">
        Spreadsheets (CSV, no private notes)
      </Text>
      <Select
        size="xs"
        label="Rep"
        placeholder="All reps"
        data={repOptions}
        value={repId === null ? null : String(repId)}
        onChange={(value) => setRepId(value ? Number(value) : null)}
        clearable
        searchable
        nothingFoundMessage="No rep by that name"
        w={240}
      />
      <Group gap="sm" role="group" aria-labelledby="csv-exports-label">
        {CSV_EXPORT_KINDS.map((kind) => (
          <Button
            key={kind}
            size="xs"
            variant="default"
            leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
            loading={csv.pending}
            onClick={() => void csv.exportCsv(kind, repId ?? undefined)}
          >
            {`${CSV_LABELS[kind]}…`}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
