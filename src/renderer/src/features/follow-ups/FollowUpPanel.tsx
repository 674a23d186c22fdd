import '../accountability/accountability.css';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { isCarryOutcome, type FollowUpOutcome, type FollowUpPanelItem } from '@shared/follow-ups/follow-up';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { pluralize } from '../accountability/format';
import { followUpKeyAction, type FollowUpKeyAction } from './follow-up-keys';
import { FollowUpEditor, type FollowUpDraft } from './FollowUpEditor';
import { FollowUpItemView } from './FollowUpItemView';
import { KeyboardLegend } from './KeyboardLegend';
import { useFollowUpActions } from './use-follow-up-actions';

interface Editing {
  itemId: number;
  draft: FollowUpDraft;
  autoFocus: boolean;
}

const LEGEND_ID = 'follow-up-keys';

// Keys typed into the note or the date picker are text, not shortcuts.
const isTextEntry = (target: EventTarget): boolean =>
  target instanceof Element && target.closest('input, textarea, [data-follow-up-editor]') !== null;

/**
 * The accountability loop inside a one-on-one: every open commitment of the rep from earlier
 * meetings, oldest first, each waiting for an outcome. Built for the keyboard: one tab stop for
 * the list, ↑/↓ between items, one letter per outcome (see KeyboardLegend).
 */
export function FollowUpPanel({ meetingId }: { meetingId: number }) {
  const panel = useApiQuery('followUps.panel', { meetingId });
  const actions = useFollowUpActions(meetingId);
  const [activeIndex, setActiveIndex] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const itemRefs = useRef(new Map<number, HTMLLIElement>());

  if (panel.isPending) return <LoadingRows label="Loading commitments to follow up" rows={3} />;
  if (panel.isError) {
    return (
      <QueryError
        title="Could not load the follow-ups"
        error={panel.error}
        onRetry={() => void panel.refetch()}
        retrying={panel.isFetching}
      />
    );
  }
  const { items, meetingDay, meetingStatus } = panel.data;
  if (items.length === 0) {
    // Compact: in the one-on-one's side panel an empty follow-up should not push the rest down.
    return (
      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="follow-up-heading">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {/* flexShrink 0: beside a wrapping sentence the icon would otherwise be squeezed to a dot. */}
          <IconChecks
            size={18}
            aria-hidden
            color="var(--mantine-color-teal-6)"
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Stack gap={2}>
            <Title order={2} fz="h5" id="follow-up-heading">
              Follow-up
            </Title>
            <Text size="sm" c="dimmed">
              Nothing to follow up — every earlier commitment is closed.
            </Text>
          </Stack>
        </Group>
      </Paper>
    );
  }
  const current = Math.min(activeIndex, items.length - 1);
  const cancelled = meetingStatus === 'cancelled';
  const openCount = items.filter((item) => item.check === null).length;

  const focusItem = (itemId: number | undefined) => {
    if (itemId !== undefined) itemRefs.current.get(itemId)?.focus();
  };
  const closeEditor = () => {
    const itemId = editing?.itemId;
    setEditing(null);
    focusItem(itemId);
  };
  const openEditor = (item: FollowUpPanelItem, autoFocus: boolean) => {
    const draft = { note: item.check?.note ?? '', newDueDate: item.check?.newDueDate ?? null };
    setEditing((open) =>
      open?.itemId === item.actionItemId ? { ...open, autoFocus } : { itemId: item.actionItemId, draft, autoFocus },
    );
  };

  const record = (item: FollowUpPanelItem, outcome: FollowUpOutcome, { reopen = true } = {}) => {
    const draft = editing?.itemId === item.actionItemId ? editing.draft : null;
    // Changing the outcome replaces the check: keep its note and new due date unless edited.
    const note = draft ? draft.note.trim() || null : (item.check?.note ?? null);
    const keptDate = item.check && isCarryOutcome(item.check.outcome) ? item.check.newDueDate : null;
    const newDueDate = isCarryOutcome(outcome) ? (draft ? draft.newDueDate : keptDate) : null;
    actions.record(
      { actionItemId: item.actionItemId, outcome, note, newDueDate },
      // Partly / not done invite a new due date: open the editor beside the item, focus stays put.
      () => {
        if (isCarryOutcome(outcome) && reopen) {
          setEditing({ itemId: item.actionItemId, draft: { note: note ?? '', newDueDate }, autoFocus: false });
        } else if (editing?.itemId === item.actionItemId) setEditing(null);
      },
    );
  };
  const saveEditor = (item: FollowUpPanelItem) => {
    if (!item.check) return;
    record(item, item.check.outcome, { reopen: false });
    closeEditor();
  };
  const undo = (item: FollowUpPanelItem) => {
    if (!item.check) return;
    if (editing?.itemId === item.actionItemId) setEditing(null);
    actions.undo(item.actionItemId);
  };

  const run = (action: FollowUpKeyAction, index: number, item: FollowUpPanelItem) => {
    if (action.kind === 'move') {
      const targets = { next: index + 1, previous: index - 1, first: 0, last: items.length - 1 };
      const next = Math.max(0, Math.min(items.length - 1, targets[action.to]));
      setActiveIndex(next);
      focusItem(items[next]?.actionItemId);
    } else if (action.kind === 'note') openEditor(item, true);
    // Not blocked while an earlier outcome is saving: each item is its own call, and main runs them in order.
    else if (cancelled) return;
    else if (action.kind === 'record') record(item, action.outcome);
    else undo(item);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, item: FollowUpPanelItem) => {
    if (isTextEntry(event.target)) return;
    const action = followUpKeyAction(event);
    // Enter on a button presses the button; only Enter on the item itself opens the note.
    if (!action || (action.kind === 'note' && event.target !== event.currentTarget)) return;
    event.preventDefault();
    run(action, index, item);
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="follow-up-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} fz="h4" id="follow-up-heading">
            Follow-up
          </Title>
          <Text size="sm" c="dimmed">
            {openCount === 0 ? 'All recorded' : `${pluralize(openCount, 'commitment')} to follow up`}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          Every open commitment from earlier one-on-ones, oldest first. Record what happened to each.
        </Text>
        {cancelled ? (
          <Alert color="gray" variant="light" title="This one-on-one was cancelled">
            Open commitments carry over to the next one-on-one; record their outcomes there.
          </Alert>
        ) : null}
        <KeyboardLegend id={LEGEND_ID} />
        <Stack
          component="ul"
          gap="xs"
          aria-label="Commitments to follow up"
          aria-describedby={LEGEND_ID}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {items.map((item, index) => (
            <FollowUpItemView
              key={item.actionItemId}
              ref={(element) => {
                if (element) itemRefs.current.set(item.actionItemId, element);
                else itemRefs.current.delete(item.actionItemId);
              }}
              item={item}
              active={index === current}
              onFocus={() => setActiveIndex(index)}
              onKeyDown={(event) => onKeyDown(event, index, item)}
              onRecord={(outcome) => record(item, outcome)}
              onUndo={() => undo(item)}
              onOpenNote={() => openEditor(item, true)}
              disabled={cancelled}
            >
              {editing?.itemId === item.actionItemId ? (
                <FollowUpEditor
                  item={item}
                  draft={editing.draft}
                  onChange={(draft) => setEditing({ ...editing, draft, autoFocus: false })}
                  onSave={() => saveEditor(item)}
                  onClose={closeEditor}
                  minDate={meetingDay}
                  autoFocus={editing.autoFocus}
                />
              ) : null}
            </FollowUpItemView>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
