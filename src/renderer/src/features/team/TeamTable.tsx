import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { TeamOverviewRow } from '@shared/accountability/accountability';
import { SortableTh } from './SortableTh';
import type { TeamSort, TeamSortKey } from './team-sort';
import { AttentionCell, CountCell, FollowThroughCell, LastHeldCell, NextMeetingCell, RateCell } from './TeamRowCells';

interface TeamTableProps {
  rows: TeamOverviewRow[];
  today: string;
  periodLabel: string;
  sort: TeamSort;
  onSort: (key: TeamSortKey) => void;
}

/**
 * One row per rep. Rows take focus one at a time (a roving tab stop): Tab enters the table once,
 * ↑/↓/Home/End move between reps and Enter opens one, so a team of 30 is not 30 tab stops.
 */
export function TeamTable({ rows, today, periodLabel, sort, onSort }: TeamTableProps) {
  const navigate = useNavigate();
  const rowRefs = useRef<Array<HTMLTableRowElement | null>>([]);
  const [activeIndex, setActiveIndex] = useState(0);
  const current = Math.min(activeIndex, Math.max(0, rows.length - 1));

  const open = (row: TeamOverviewRow) => void navigate(`/reps/${row.repId}`);
  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(next);
    rowRefs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: TeamOverviewRow) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      open(row);
    }
  };
  const onClick = (event: MouseEvent<HTMLTableRowElement>, row: TeamOverviewRow) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('a, button')) return;
    open(row);
  };

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={980} type="native">
        <Table
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="md"
          aria-label="Team"
          aria-describedby="team-table-help"
        >
          <Table.Thead>
            <Table.Tr>
              <SortableTh sortKey="name" sort={sort} onSort={onSort}>
                Rep
              </SortableTh>
              <SortableTh sortKey="attention" sort={sort} onSort={onSort}>
                Needs attention
              </SortableTh>
              <Table.Th>Last one-on-one</Table.Th>
              <Table.Th>Next one-on-one</Table.Th>
              <Table.Th ta="right">Open</Table.Th>
              <SortableTh sortKey="overdue" sort={sort} onSort={onSort} align="right">
                Overdue
              </SortableTh>
              <SortableTh sortKey="followThrough" sort={sort} onSort={onSort} align="right">
                Follow-through
              </SortableTh>
              <Table.Th ta="right">Coverage</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr
                key={row.repId}
                ref={(element) => {
                  rowRefs.current[index] = element;
                }}
                tabIndex={index === current ? 0 : -1}
                onFocus={() => setActiveIndex(index)}
                onKeyDown={(event) => onKeyDown(event, index, row)}
                onClick={(event) => onClick(event, row)}
                className="cb-clickable-row cb-focus-row"
                aria-label={row.repName}
              >
                <Table.Td>
                  <Stack gap={0}>
                    {/* The row is the keyboard stop; the link is for the mouse and for "open in" habits. */}
                    <Anchor
                      component={Link}
                      to={`/reps/${row.repId}`}
                      fw={600}
                      c="inherit"
                      underline="hover"
                      tabIndex={-1}
                    >
                      {row.repName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.team ?? 'No team'}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td maw={280}>
                  <AttentionCell row={row} />
                </Table.Td>
                <Table.Td>
                  <LastHeldCell row={row} today={today} />
                </Table.Td>
                <Table.Td>
                  <NextMeetingCell row={row} today={today} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell count={row.openCommitments} tone="orange" />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell count={row.overdueCommitments} tone="red" />
                </Table.Td>
                <Table.Td ta="right">
                  <FollowThroughCell row={row} />
                </Table.Td>
                <Table.Td ta="right">
                  <RateCell rate={row.coverageRate} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text id="team-table-help" size="xs" c="dimmed" px="md" py="xs">
        Follow-through and coverage over the {periodLabel}; — means no commitments were due. ↑ and ↓ move between reps,
        Enter opens one.
      </Text>
    </Paper>
  );
}
