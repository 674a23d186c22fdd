import { Button, Group } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { EmptyPanel } from '../../components/EmptyPanel';
import type { RepFilters } from './use-rep-filters';

function describeFilters(filters: RepFilters): string {
  const parts = [`No ${filters.status} reps`];
  if (filters.search.trim()) parts.push(`named “${filters.search.trim()}”`);
  if (filters.team) parts.push(`in ${filters.team}`);
  return `${parts.join(' ')}.`;
}

interface NoMatchingRepsProps {
  filters: RepFilters;
  /** Name or team narrows the list: clearing them is the way out. */
  canClear: boolean;
  onClear: () => void;
  onShowOtherStatus: () => void;
}

/** Reps exist, but none pass the filters: say which filters, and offer the way back. */
export function NoMatchingReps({ filters, canClear, onClear, onShowOtherStatus }: NoMatchingRepsProps) {
  const other = filters.status === 'active' ? 'archived' : 'active';
  return (
    <EmptyPanel
      icon={<IconFilterOff aria-hidden />}
      title={describeFilters(filters)}
      description={
        canClear ? 'Check the spelling, or clear the filters to see everyone.' : `All your reps are ${other}.`
      }
    >
      <Group gap="sm" justify="center">
        {canClear ? (
          <Button variant="light" onClick={onClear}>
            Clear filters
          </Button>
        ) : null}
        <Button variant="subtle" onClick={onShowOtherStatus}>
          {`Show ${other} reps`}
        </Button>
      </Group>
    </EmptyPanel>
  );
}
