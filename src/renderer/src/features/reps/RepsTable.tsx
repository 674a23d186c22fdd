import type { MouseEvent } from 'react';
import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { RepListItem } from '@shared/reps/rep';
import { formatInstantDay } from './format';
import { CadenceBadge } from './rep-badges';
import { RepRowMenu } from './RepRowMenu';

interface RepsTableProps {
  reps: RepListItem[];
  onEdit: (rep: RepListItem) => void;
  onArchive: (rep: RepListItem) => void;
  onUnarchive: (rep: RepListItem) => void;
}

const dash = (
  <>
    <Text span c="dimmed" aria-hidden>
      —
    </Text>
    <span className="cb-visually-hidden">Not set</span>
  </>
);

/**
 * The whole row opens the rep for mouse users; keyboard users reach the same page through the
 * name link (one tab stop per row instead of two).
 */
export function RepsTable({ reps, onEdit, onArchive, onUnarchive }: RepsTableProps) {
  const navigate = useNavigate();
  const openFromRow = (event: MouseEvent<HTMLTableRowElement>, rep: RepListItem) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('a, button, [role="menu"]')) return;
    void navigate(`/reps/${rep.id}`);
  };

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={860} type="native">
        <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label="Reps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Team</Table.Th>
              <Table.Th>Territory</Table.Th>
              <Table.Th>Cadence</Table.Th>
              <Table.Th>Last one-on-one</Table.Th>
              <Table.Th ta="right">Open action items</Table.Th>
              <Table.Th>
                <span className="cb-visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reps.map((rep) => (
              <Table.Tr key={rep.id} onClick={(event) => openFromRow(event, rep)} className="cb-clickable-row">
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/reps/${rep.id}`} fw={600} c="inherit" underline="hover">
                      {rep.name}
                    </Anchor>
                    {rep.email ? (
                      <Text size="xs" c="dimmed">
                        {rep.email}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{rep.title ?? dash}</Table.Td>
                <Table.Td>{rep.team ?? dash}</Table.Td>
                <Table.Td>{rep.territory ?? dash}</Table.Td>
                <Table.Td>
                  <CadenceBadge cadence={rep.cadence} />
                </Table.Td>
                <Table.Td>
                  {formatInstantDay(rep.lastHeldAt) ?? (
                    <Text span size="sm" c="dimmed">
                      None yet
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {rep.openActionItemCount > 0 ? (
                    <Badge variant="light" color="orange" radius="sm">
                      {rep.openActionItemCount}
                    </Badge>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      0
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" w={56}>
                  <RepRowMenu rep={rep} onEdit={onEdit} onArchive={onArchive} onUnarchive={onUnarchive} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
