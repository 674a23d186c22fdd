import { useMemo, useState } from 'react';
import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  DEFAULT_IMPORT_HORIZON_WEEKS,
  IMPORT_HORIZON_WEEKS,
  type CalendarImportPreview,
} from '@shared/calendar/calendar';
import { useApiMutation } from '../../api/queries';
import { importableByDefault, importResultMessage, occurrencesWithin } from './calendar-import-view';
import { SeriesChoiceRow } from './SeriesChoiceRow';

const HORIZON_OPTIONS = IMPORT_HORIZON_WEEKS.map((weeks) => ({
  value: String(weeks),
  label: `The next ${weeks} weeks`,
}));
const managerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The calendar import preview: the series that look like one-on-ones, each matched to a rep or
 * with a new rep to create; the manager picks series and a horizon, and main schedules them.
 */
export function CalendarImportModal({ preview, onClose }: { preview: CalendarImportPreview; onClose(): void }) {
  const [horizon, setHorizon] = useState(DEFAULT_IMPORT_HORIZON_WEEKS);
  const [picked, setPicked] = useState(
    () => new Set(preview.series.filter(importableByDefault).map((series) => series.uid)),
  );
  const [newNames, setNewNames] = useState<Record<string, string>>(() =>
    Object.fromEntries(preview.series.map((s) => [s.uid, s.match.kind === 'new' ? s.match.name : ''])),
  );
  const confirm = useApiMutation('calendar.confirmImport', {
    invalidates: ['meetings.*', 'reps.*', 'team.*', 'reminders.*', 'timeline.*'],
    errorTitle: 'Nothing was imported',
    onSuccess: (result) => {
      notifications.show({ color: 'teal', title: 'One-on-ones imported', message: importResultMessage(result) });
      onClose();
    },
  });
  const chosen = preview.series.filter((series) => picked.has(series.uid));
  const missingName = chosen.some((s) => s.match.kind === 'new' && (newNames[s.uid] ?? '').trim() === '');
  const meetingCount = useMemo(
    () =>
      chosen.reduce(
        (sum, series) => sum + occurrencesWithin(preview, series, horizon).filter((o) => !o.cancelled).length,
        0,
      ),
    [chosen, preview, horizon],
  );

  const submit = () =>
    confirm.mutate({
      token: preview.token,
      horizonWeeks: horizon,
      series: chosen.map((series) =>
        series.match.kind === 'new'
          ? { uid: series.uid, newRep: { name: newNames[series.uid] ?? '', email: series.match.email } }
          : { uid: series.uid, repId: series.match.repId },
      ),
    });

  const toggle = (uid: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(uid);
      else next.delete(uid);
      return next;
    });

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`Import one-on-ones from ${preview.fileName}`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {preview.producer ? `Exported from ${preview.producer}. ` : ''}
          Pick the series to schedule. Importing a newer export of the same calendar later updates these one-on-ones
          (moved, cancelled) instead of adding new ones, and keeps your agendas and notes.
        </Text>
        <Select
          label="Schedule"
          data={HORIZON_OPTIONS}
          value={String(horizon)}
          onChange={(value) => value && setHorizon(Number(value))}
          allowDeselect={false}
          w={220}
        />
        {preview.series.length === 0 ? (
          <Alert color="gray" title="No one-on-ones found in this file">
            Coachbook looks for repeating events with you and one other person, or a title with “1:1” or a rep’s name.
          </Alert>
        ) : (
          <Stack gap="xs" role="group" aria-label="Series in the file">
            {preview.series.map((series) => (
              <SeriesChoiceRow
                key={series.uid}
                series={series}
                occurrences={occurrencesWithin(preview, series, horizon)}
                checked={picked.has(series.uid)}
                onCheckedChange={(on) => toggle(series.uid, on)}
                newRepName={newNames[series.uid] ?? ''}
                onNewRepNameChange={(name) => setNewNames((names) => ({ ...names, [series.uid]: name }))}
                managerZone={managerZone}
              />
            ))}
          </Stack>
        )}
        {preview.otherEventCount > 0 ? (
          <Text size="sm" c="dimmed">
            {`${preview.otherEventCount} other event${preview.otherEventCount === 1 ? ' was' : 's were'} left out (team meetings, one-off events, series that have ended).`}
          </Text>
        ) : null}
        {preview.skipped.length > 0 ? (
          <Alert
            color="yellow"
            title={`Could not read ${preview.skipped.length} event${preview.skipped.length === 1 ? '' : 's'}`}
          >
            <List size="sm">
              {preview.skipped.map((skipped, index) => (
                <List.Item key={`${skipped.title}-${index}`}>{`“${skipped.title}”: ${skipped.reason}`}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={confirm.isPending} disabled={chosen.length === 0 || missingName}>
            {`Schedule ${meetingCount} one-on-one${meetingCount === 1 ? '' : 's'}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
