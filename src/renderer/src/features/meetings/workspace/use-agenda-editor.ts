import { useEffect, useRef, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import type { AgendaItem } from '@shared/agenda/agenda';
import { subscribeFlushRequest } from '../../../api/client';
import { useApiMutation } from '../../../api/queries';

export interface AgendaEditor {
  items: AgendaItem[];
  add: (title: string) => void;
  rename: (id: string, title: string) => void;
  toggle: (id: string) => void;
  remove: (id: string) => void;
  move: (id: string, by: -1 | 1) => void;
}

const AGENDA_SAVE_DELAY_MS = 600;

/**
 * A meeting's agenda, edited locally and saved whole (debounced), like the notes: flushed when
 * the screen goes away and when the window asks to close. A line whose title is being retyped
 * (empty for a moment) holds the save back rather than being dropped.
 */
export function useAgendaEditor(meetingId: number, initial: AgendaItem[]): AgendaEditor {
  const [items, setItems] = useState(initial);
  // The latest lines, for edits that land between two renders.
  const latest = useRef(initial);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const save = useApiMutation('meetings.updateAgenda', { errorTitle: 'Could not save the agenda' });
  const { mutateAsync } = save;
  const send = useDebouncedCallback(
    (agenda: AgendaItem[]) => {
      if (agenda.some((item) => !item.title.trim())) return;
      inFlight.current = mutateAsync({ id: meetingId, agenda }).catch(() => {
        // Already shown as a notification; the lines stay on screen and the next edit retries.
      });
    },
    { delay: AGENDA_SAVE_DELAY_MS, flushOnUnmount: true },
  );

  useEffect(
    () =>
      subscribeFlushRequest(async () => {
        send.flush();
        await inFlight.current;
      }),
    [send],
  );

  const change = (next: (current: AgendaItem[]) => AgendaItem[]) => {
    const updated = next(latest.current);
    if (updated === latest.current) return;
    latest.current = updated;
    setItems(updated);
    send(updated);
  };

  return {
    items,
    add: (title) => change((current) => [...current, { id: crypto.randomUUID(), title, prompts: [], done: false }]),
    rename: (id, title) => change((current) => current.map((item) => (item.id === id ? { ...item, title } : item))),
    toggle: (id) => change((current) => current.map((item) => (item.id === id ? { ...item, done: !item.done } : item))),
    remove: (id) => change((current) => current.filter((item) => item.id !== id)),
    move: (id, by) =>
      change((current) => {
        const from = current.findIndex((item) => item.id === id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= current.length) return current;
        const next = [...current];
        const [moved] = next.splice(from, 1);
        if (moved) next.splice(to, 0, moved);
        return next;
      }),
  };
}
