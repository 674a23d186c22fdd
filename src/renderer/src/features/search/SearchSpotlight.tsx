import '@mantine/spotlight/styles.css';
import { Group, Loader, Stack, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { PrivateBadge } from './PrivateBadge';
import { groupHits, hitKey, hitTarget, hitTitle, KIND_LABELS } from './search-hits';
import { SearchFilters } from './SearchFilters';
import { Snippet } from './Snippet';
import { NO_FILTERS, useSearch, type SearchFilterValues } from './use-search';
import './search.css';

/**
 * Ctrl/Cmd+K from anywhere. Not from inside a text field or the notes editor: there Mod-K adds a
 * link, and stealing it would break the editor's own shortcut.
 */
export function SearchSpotlight() {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilterValues>(NO_FILTERS);
  const navigate = useNavigate();
  const { query, hasWords, datesProblem, willSearch, settled } = useSearch(text, filters);
  // Results kept from before the dates went wrong would not match the filters shown.
  const groups = willSearch && query.data ? groupHits(query.data) : [];
  const first = groups[0]?.hits[0];
  // Spotlight selects nothing until an arrow key is pressed; Enter straight after typing opens the
  // top result, as a manager expects from a search box.
  const openTopResult = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || !first || document.querySelector('[data-action][data-selected]')) return;
    void navigate(hitTarget(first));
    spotlight.close();
  };

  return (
    <Spotlight.Root
      query={text}
      onQueryChange={setText}
      shortcut={['mod + K']}
      scrollable
      maxHeight={480}
      size="xl"
      aria-label="Search"
    >
      <Spotlight.Search
        placeholder="Search notes, action items, goals and reps…"
        aria-label="Search text"
        onKeyDown={openTopResult}
        leftSection={
          willSearch && (query.isFetching || !settled) ? <Loader size={16} /> : <IconSearch size={18} aria-hidden />
        }
      />
      <Group px="sm" py={6}>
        <SearchFilters value={filters} onChange={setFilters} size="xs" />
      </Group>
      <Spotlight.ActionsList aria-label="Search results">
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.kind} label={KIND_LABELS[group.kind]}>
            {group.hits.map((hit) => (
              <Spotlight.Action key={hitKey(hit)} onClick={() => void navigate(hitTarget(hit))}>
                <Stack gap={2} w="100%" ta="left">
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600} truncate>
                      {hitTitle(hit)}
                    </Text>
                    {hit.private ? <PrivateBadge /> : null}
                  </Group>
                  {hit.kind === 'rep' ? null : <Snippet segments={hit.snippet} />}
                </Stack>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {groups.length === 0 ? (
          <Spotlight.Empty>
            {!hasWords
              ? 'Type a word, a name or "a phrase in quotes".'
              : datesProblem
                ? datesProblem
                : query.isError
                  ? query.error.message
                  : query.isPending || !settled
                    ? 'Searching…'
                    : 'Nothing found. Try fewer words or widen the filters.'}
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
