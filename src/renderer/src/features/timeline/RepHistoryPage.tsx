import { Anchor, Chip, Group, Paper, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { TIMELINE_KINDS, type TimelineEntry, type TimelineKind } from '@shared/timeline/timeline';
import { useApiQuery } from '../../api/queries';
import { DayRangeInputs } from '../../components/DayRangeInputs';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { periodProblem } from '../../forms/date-input-formats';
import { TimelineEntryDrawer } from './TimelineEntryDrawer';
import { TIMELINE_KIND_LABELS, TimelineRow } from './TimelineRow';
import { useTimeline } from './use-timeline';
import './timeline.css';

const ROW_ESTIMATE = 64;
const isKind = (value: string): value is TimelineKind => TIMELINE_KINDS.some((kind) => kind === value);

/** A rep's whole history, newest first; only the rows on screen are rendered (a decade of weekly one-on-ones). */
export function RepHistoryPage() {
  const repId = Number(useParams().repId);
  const rep = useApiQuery('reps.get', { id: repId }, { enabled: Number.isInteger(repId) && repId > 0 });
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const [period, setPeriod] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const { from, to } = period;
  const [opened, setOpened] = useState<TimelineEntry | null>(null);
  const timeline = useTimeline(repId, { kinds, from, to });
  const entries = timeline.data?.pages.flatMap((page) => page.entries) ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser is read fresh on every render and nothing memoised receives it, so the React
  // Compiler skipping this component is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  useEffect(() => {
    // Fetch the next page while the manager is still a screen away from the end.
    if (hasNextPage && !isFetchingNextPage && lastIndex >= entries.length - 20) void fetchNextPage();
  }, [lastIndex, entries.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/reps/${repId}`} size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              Back to the rep
            </Group>
          </Anchor>
        }
        title={rep.data ? `${rep.data.name}: history` : 'History'}
        description="Every one-on-one, follow-up, goal check-in and skill rating, newest first."
      />
      <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
        <Chip.Group multiple value={kinds} onChange={(values) => setKinds(values.filter(isKind))}>
          <Group gap={6} role="group" aria-label="Kinds of entry">
            {TIMELINE_KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="sm">
                {TIMELINE_KIND_LABELS[kind]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <DayRangeInputs from={from} to={to} onChange={setPeriod} w={150} />
      </Group>
      {kinds.length === 0 ? (
        <Text c="dimmed">Choose at least one kind of entry to show.</Text>
      ) : periodProblem(from, to) !== null ? (
        // The history is not asked for with these dates (see useTimeline); the fields say why.
        <Text c="dimmed">Fix the dates above to see the history.</Text>
      ) : timeline.isPending ? (
        <LoadingRows label="Loading history" rows={6} />
      ) : timeline.isError ? (
        <QueryError
          title="Could not load the history"
          error={timeline.error}
          onRetry={() => void timeline.refetch()}
          retrying={timeline.isFetching}
        />
      ) : entries.length === 0 ? (
        <Text c="dimmed">Nothing in this history yet{from || to ? ' for these dates' : ''}.</Text>
      ) : (
        <Paper withBorder radius="md">
          <div
            ref={scrollRef}
            className="cb-timeline-scroll"
            role="list"
            aria-label="History entries"
            aria-busy={isFetchingNextPage}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const entry = entries[item.index];
                if (!entry) return null;
                return (
                  <div
                    key={`${entry.kind}-${entry.id}`}
                    role="listitem"
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      width: '100%',
                      transform: `translateY(${item.start}px)`,
                    }}
                  >
                    <TimelineRow entry={entry} onOpen={setOpened} />
                  </div>
                );
              })}
            </div>
          </div>
          <Text size="xs" c="dimmed" p="xs">
            {entries.length} entries{hasNextPage ? ' so far; more load as you scroll' : ''}
          </Text>
        </Paper>
      )}
      <TimelineEntryDrawer entry={opened} onClose={() => setOpened(null)} />
    </>
  );
}
