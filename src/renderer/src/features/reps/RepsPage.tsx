import { useState } from 'react';
import { Button, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconFileSpreadsheet, IconUserPlus } from '@tabler/icons-react';
import type { Rep } from '@shared/reps/rep';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCalendarImport } from '../calendar/use-calendar-import';
import { useDemoBook } from '../demo/use-demo-book';
import { FirstRunPaths } from './FirstRunPaths';
import { ImportRepsModal } from './import/ImportRepsModal';
import { RepFormModal } from './RepFormModal';
import { NoMatchingReps } from './RepsEmptyStates';
import { RepsFilters } from './RepsFilters';
import { RepsTable } from './RepsTable';
import { DEFAULT_REP_FILTERS, hasNarrowingFilters, useRepFilters } from './use-rep-filters';
import { useRepStatusActions } from './use-rep-mutations';

export function RepsPage() {
  const calendar = useCalendarImport();
  const [filters, setFilters] = useRepFilters();
  // Typing stays instant; the list query waits until the manager pauses.
  const [searchText, setSearchText] = useState(filters.search);
  const pushSearch = useDebouncedCallback((search: string) => setFilters({ search }), 250);
  const changeSearchText = (text: string) => {
    setSearchText(text);
    pushSearch(text);
  };
  // The rep stays set while the modal closes, so its title does not flip mid-animation.
  const [formRep, setFormRep] = useState<Rep | null>(null);
  const [formOpened, setFormOpened] = useState(false);
  const openForm = (rep: Rep | null) => {
    setFormRep(rep);
    setFormOpened(true);
  };
  const openNew = () => openForm(null);
  const statusActions = useRepStatusActions();
  const [importOpened, setImportOpened] = useState(false);
  const demo = useDemoBook();
  const status = useApiQuery('app.status', {}, { staleTime: Infinity });
  // The demo book is thrown away when left; importing real reps into it would lose them.
  const inDemo = status.data?.state === 'ready' && status.data.demo === true;
  // `n` for "new rep", as in mail and issue trackers; ignored while typing in a field, and
  // while the form is open so a stray key cannot swap an edit for a blank form.
  const newRepHotkey = () => {
    if (!formOpened) openNew();
  };
  useHotkeys([['n', newRepHotkey]]);

  const reps = useApiQuery('reps.list', {
    status: filters.status,
    search: filters.search.trim() || undefined,
    team: filters.team ?? undefined,
  });
  const isEmpty = reps.data?.length === 0;
  // Only asked when the filtered list is empty: is the whole book empty, or just this view?
  const everyone = useApiQuery('reps.list', { status: 'all' }, { enabled: isEmpty });

  const clearFilters = () => {
    pushSearch.cancel();
    setSearchText('');
    setFilters(DEFAULT_REP_FILTERS);
  };

  const renderBody = () => {
    if (reps.isPending) return <LoadingRows label="Loading reps" rows={5} />;
    if (reps.isError) {
      return (
        <QueryError
          title="Could not load your reps"
          error={reps.error}
          onRetry={() => void reps.refetch()}
          retrying={reps.isFetching}
        />
      );
    }
    if (!isEmpty) {
      const count = reps.data.length;
      return (
        <>
          <RepsTable
            reps={reps.data}
            onEdit={openForm}
            onArchive={statusActions.archive}
            onUnarchive={statusActions.unarchive}
          />
          <Text size="xs" c="dimmed" mt="sm" aria-live="polite">
            {`${count} ${filters.status} ${count === 1 ? 'rep' : 'reps'}`}
          </Text>
        </>
      );
    }
    if (everyone.isPending) return <LoadingRows label="Loading reps" rows={2} />;
    if (everyone.isError) {
      return (
        <QueryError title="Could not load your reps" error={everyone.error} onRetry={() => void everyone.refetch()} />
      );
    }
    if (everyone.data.length === 0) {
      return (
        <FirstRunPaths
          onImport={() => setImportOpened(true)}
          onAdd={openNew}
          onTryDemo={demo.open}
          demoPending={demo.opening}
          calendarImport={{ onStart: calendar.start, pending: calendar.pending }}
        />
      );
    }
    return (
      <NoMatchingReps
        filters={filters}
        canClear={hasNarrowingFilters(filters)}
        onClear={clearFilters}
        onShowOtherStatus={() => setFilters({ status: filters.status === 'active' ? 'archived' : 'active' })}
      />
    );
  };

  return (
    <>
      <PageHeader
        title="Reps"
        description="Everyone you run one-on-ones with. Open a rep to see their profile."
        actions={
          <Group gap="sm">
            {inDemo ? null : (
              <Button
                variant="default"
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                onClick={() => setImportOpened(true)}
              >
                Import
              </Button>
            )}
            <Tooltip
              label={
                <>
                  Shortcut: <Kbd size="xs">N</Kbd>
                </>
              }
              withArrow
              openDelay={400}
            >
              <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={openNew} aria-keyshortcuts="n">
                Add rep
              </Button>
            </Tooltip>
          </Group>
        }
      />
      <RepsFilters
        filters={filters}
        onChange={setFilters}
        searchText={searchText}
        onSearchTextChange={changeSearchText}
      />
      {renderBody()}
      <RepFormModal opened={formOpened} rep={formRep} onClose={() => setFormOpened(false)} />
      <ImportRepsModal opened={importOpened} onClose={() => setImportOpened(false)} />
      {calendar.modal}
    </>
  );
}
