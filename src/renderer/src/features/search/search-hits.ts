import type { SearchHit, SearchHitKind } from '@shared/search/search';

export const KIND_LABELS: Record<SearchHitKind, string> = {
  rep: 'Reps',
  notes: 'One-on-one notes',
  action_item: 'Action items',
  goal: 'Goals',
};

/** Reps first (they are matched by name), then the ranked order main gave within each kind. */
export const KIND_ORDER: readonly SearchHitKind[] = ['rep', 'notes', 'action_item', 'goal'];

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const hitKey = (hit: SearchHit): string => {
  switch (hit.kind) {
    case 'rep':
      return `rep-${hit.repId}`;
    case 'notes':
      return `notes-${hit.meetingId}-${hit.private ? 'p' : 's'}`;
    case 'action_item':
      return `ai-${hit.actionItemId}`;
    case 'goal':
      return `goal-${hit.goalId}`;
  }
};

/** Where Enter takes the manager: the source of the text that matched. */
export const hitTarget = (hit: SearchHit): string => {
  switch (hit.kind) {
    case 'rep':
      return `/reps/${hit.repId}`;
    case 'notes':
      return `/meetings/${hit.meetingId}`;
    case 'action_item':
      return hit.meetingId === null ? `/reps/${hit.repId}` : `/meetings/${hit.meetingId}`;
    case 'goal':
      return `/goals/${hit.goalId}`;
  }
};

/** The line above the snippet: whose and when. */
export const hitTitle = (hit: SearchHit): string => {
  switch (hit.kind) {
    case 'rep':
      return hit.repName;
    case 'notes':
      return `${hit.repName} · one-on-one of ${dayFormat.format(new Date(hit.scheduledAt))}`;
    case 'action_item':
      return `${hit.repName} · action item (${hit.status})`;
    case 'goal':
      return `${hit.repName} · goal${hit.status === 'closed' ? ' (closed)' : ''}`;
  }
};

export function groupHits(hits: readonly SearchHit[]): { kind: SearchHitKind; hits: SearchHit[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );
}
