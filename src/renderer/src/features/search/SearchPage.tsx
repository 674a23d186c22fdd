import { Anchor, Group, Kbd, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { LoadingRows } from '../../components/LoadingRows';
import { PageHeader } from '../../components/PageHeader';
import { PrivateBadge } from './PrivateBadge';
import { groupHits, hitKey, hitTarget, hitTitle, KIND_LABELS } from './search-hits';
import { SearchFilters } from './SearchFilters';
import { Snippet } from './Snippet';
import { NO_FILTERS, useSearch, type SearchFilterValues } from './use-search';
import './search.css';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** The full search page: the same results and filters as Ctrl/Cmd+K, with room to read them. */
export function SearchPage() {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<SearchFilterValues>(NO_FILTERS);
  const { query, hasWords, datesProblem } = useSearch(text, filters, 100);
  const groups = hasWords && query.data ? groupHits(query.data) : [];
  return (
    <>
      <PageHeader
        title="Search"
        description={
          <Group gap={4} component="span">
            Notes (shared and private), action items, goals and reps. Anywhere: <Kbd>{isMac ? '⌘' : 'Ctrl'}</Kbd>+
            <Kbd>K</Kbd>
          </Group>
        }
      />
      <Stack gap="md">
        <TextInput
          size="md"
          aria-label="Search text"
          placeholder='Words, a name or "a phrase in quotes"'
          leftSection={<IconSearch size={18} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-autofocus
        />
        <SearchFilters value={filters} onChange={setFilters} />
        {!hasWords ? (
          <Text c="dimmed" size="sm">
            Type to search. Every word must appear; the last one may be the start of a word.
          </Text>
        ) : datesProblem ? (
          <Text c="red" size="sm">
            {datesProblem}
          </Text>
        ) : query.isPending ? (
          <LoadingRows label="Searching" rows={3} />
        ) : query.isError ? (
          <Text c="red" size="sm" role="alert">
            {query.error.message}
          </Text>
        ) : groups.length === 0 ? (
          <Text c="dimmed" size="sm">
            Nothing found. Try fewer words or widen the filters.
          </Text>
        ) : (
          groups.map((group) => (
            <section key={group.kind} aria-labelledby={`search-group-${group.kind}`}>
              <Title order={2} fz="h6" mb="xs" id={`search-group-${group.kind}`}>
                {KIND_LABELS[group.kind]} ({group.hits.length})
              </Title>
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {group.hits.map((hit) => (
                  <Paper key={hitKey(hit)} withBorder radius="md" p="sm" component="li">
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={hitTarget(hit)} fw={600} size="sm">
                        {hitTitle(hit)}
                      </Anchor>
                      {hit.private ? <PrivateBadge /> : null}
                    </Group>
                    {hit.kind === 'rep' ? null : <Snippet segments={hit.snippet} />}
                  </Paper>
                ))}
              </Stack>
            </section>
          ))
        )}
      </Stack>
    </>
  );
}
