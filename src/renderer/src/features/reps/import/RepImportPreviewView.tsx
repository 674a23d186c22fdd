import { Alert, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUsers } from '@tabler/icons-react';
import { CADENCE_LABELS } from '@shared/reps/rep';
import type { RepImportPreview } from '@shared/reps/rep-import';
import { formatCalendarDay } from '../format';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
const more = (shown: number, total: number) =>
  total > shown ? <Text size="sm" c="dimmed">{`…and ${(total - shown).toLocaleString()} more.`}</Text> : null;

/** What the file would do: rows to fix (nothing imported then), reps already in the book, the reps to add. */
export function RepImportPreviewView({ preview }: { preview: RepImportPreview }) {
  const { problems, alreadyInBook, rows } = preview;
  return (
    <Stack gap="md">
      {preview.problemCount > 0 ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={`${count(preview.problemCount, 'row needs', 'rows need')} fixing, so nothing will be imported`}
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              Coachbook imports every row or none, so your book never holds half a list. Fix these lines in the
              spreadsheet, save it as CSV again and choose it once more.
            </Text>
            <ScrollArea.Autosize mah={220} type="auto">
              <List size="sm" spacing={4} aria-label="Rows to fix">
                {problems.map((problem) => (
                  <List.Item key={problem.line}>
                    <Text span fw={600} size="sm">{`Line ${problem.line}: `}</Text>
                    {problem.message}
                  </List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
            {more(problems.length, preview.problemCount)}
          </Stack>
        </Alert>
      ) : null}

      {preview.problemCount === 0 && preview.readyCount > 0 ? (
        <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title="Ready to import">
          {`${count(preview.readyCount, 'new rep')} from ${preview.fileName}.`}
        </Alert>
      ) : null}
      {preview.problemCount === 0 && preview.readyCount === 0 ? (
        <Alert color="gray" icon={<IconUsers aria-hidden />} title="Everyone in this file is in your book already">
          Nothing new to import.
        </Alert>
      ) : null}

      {preview.alreadyInBookCount > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={`${count(preview.alreadyInBookCount, 'rep')} already in your book`}
        >
          <Stack gap="xs">
            <Text size="sm">A rep with the same e-mail exists, so these rows are skipped rather than added twice.</Text>
            <ScrollArea.Autosize mah={160} type="auto">
              <List size="sm" spacing={2} aria-label="Already in your book">
                {alreadyInBook.map((rep) => (
                  <List.Item key={rep.line}>
                    {`Line ${rep.line}: ${rep.email} is ${rep.existingRepName}${rep.existingRepArchived ? ' (archived)' : ''}`}
                  </List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
            {more(alreadyInBook.length, preview.alreadyInBookCount)}
          </Stack>
        </Alert>
      ) : null}

      {rows.length > 0 ? <NewRepsTable preview={preview} /> : null}

      {preview.ignoredColumns.length > 0 ? (
        <Text size="xs" c="dimmed">
          {`Not imported (no rep field has these names): ${preview.ignoredColumns.join(', ')}.`}
        </Text>
      ) : null}
    </Stack>
  );
}

function NewRepsTable({ preview }: { preview: RepImportPreview }) {
  const { rows } = preview;
  const total = preview.problemCount > 0 ? rows.length : preview.readyCount;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {preview.problemCount > 0 ? 'Rows without problems' : 'New reps'}
        {rows.length < total ? (
          <Text span size="sm" c="dimmed" fw={400}>{` (the first ${rows.length} of ${total.toLocaleString()})`}</Text>
        ) : null}
      </Text>
      <ScrollArea.Autosize mah={280} type="auto" offsetScrollbars>
        <Table striped withTableBorder verticalSpacing={6} fz="sm" aria-label="Reps in the file" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Team</Table.Th>
              <Table.Th>Territory</Table.Th>
              <Table.Th>Start date</Table.Th>
              <Table.Th>Cadence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td c="dimmed">{row.line}</Table.Td>
                <Table.Td fw={500}>{row.name}</Table.Td>
                <Table.Td>{row.email}</Table.Td>
                <Table.Td>{row.title ?? ''}</Table.Td>
                <Table.Td>{row.team ?? ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{row.territory ?? ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDay(row.startDate) ?? ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{CADENCE_LABELS[row.cadence]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
