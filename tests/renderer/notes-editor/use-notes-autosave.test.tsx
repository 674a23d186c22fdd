import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SaveNotesResult } from '@shared/meetings/meeting';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import type { SaveNotesInput } from '../../../src/renderer/src/features/notes-editor/autosave/notes-autosave';
import {
  useAutosaveConflict,
  useAutosaveSnapshot,
  useNotesAutosave,
  type UseNotesAutosaveOptions,
} from '../../../src/renderer/src/features/notes-editor/autosave/use-notes-autosave';

const doc = (text: string): TiptapDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const savedAs = (revision: number, assigned: Record<string, number> = {}): SaveNotesResult => ({
  notesRevision: revision,
  assignedActionItemIds: assigned,
  actionItems: [],
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(overrides: Partial<UseNotesAutosaveOptions> = {}) {
  let revision = 7;
  const save = vi.fn(async (input: SaveNotesInput) => {
    revision = input.baseRevision + 1;
    return savedAs(revision, { k1: 31 });
  });
  const onSaved = vi.fn();
  const initialProps: UseNotesAutosaveOptions = { meetingId: 1, initialRevision: 7, save, onSaved, ...overrides };
  const hook = renderHook(
    (props: UseNotesAutosaveOptions) => {
      const autosave = useNotesAutosave(props);
      return { ...autosave, ...useAutosaveSnapshot(autosave) };
    },
    { initialProps },
  );
  return { ...hook, save, onSaved, initialProps };
}

describe('useNotesAutosave', () => {
  test('goes unsaved → saving → saved and reports the result', async () => {
    const { result, save, onSaved } = setup();
    expect(result.current.state).toBe('saved');
    act(() => result.current.notifyChange('shared', doc('a')));
    expect(result.current.state).toBe('unsaved');
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(save).toHaveBeenCalledWith({ meetingId: 1, baseRevision: 7, shared: doc('a') });
    expect(result.current).toMatchObject({ state: 'saved', revision: 8, message: null });
    expect(onSaved).toHaveBeenCalledWith(savedAs(8, { k1: 31 }), { meetingId: 1, baseRevision: 7, shared: doc('a') });
  });

  test('answers the window’s flush request before it closes', async () => {
    let flushListener: (() => Promise<void>) | null = null;
    const unsubscribe = vi.fn();
    const subscribeFlushRequest = vi.fn((listener: () => Promise<void>) => {
      flushListener = listener;
      return unsubscribe;
    });
    const { result, save, unmount } = setup({ subscribeFlushRequest });
    act(() => result.current.notifyChange('private', doc('typed just now')));
    expect(flushListener).not.toBeNull();
    await act(async () => {
      await flushListener?.();
    });
    expect(save).toHaveBeenCalledWith({ meetingId: 1, baseRevision: 7, private: doc('typed just now') });
    unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });

  test.each(['pagehide', 'beforeunload'])(
    'saves at once on %s, so a reload (Ctrl+R, a crash recovery) loses no keystroke',
    async (eventName) => {
      const { result, save } = setup();
      act(() => result.current.notifyChange('shared', doc('typed a moment before the reload')));
      // The page is going away: no debounce timer will ever fire, the save must start now.
      act(() => {
        window.dispatchEvent(new Event(eventName));
      });
      expect(save).toHaveBeenCalledWith({
        meetingId: 1,
        baseRevision: 7,
        shared: doc('typed a moment before the reload'),
      });
    },
  );

  test('stops listening for the page going away once the meeting screen is left', () => {
    const { result, save, unmount } = setup();
    unmount();
    save.mockClear();
    act(() => result.current.notifyChange('shared', doc('after leaving')));
    window.dispatchEvent(new Event('pagehide'));
    expect(save).not.toHaveBeenCalled();
  });

  test('flushes on unmount (leaving the meeting screen)', async () => {
    const { result, save, unmount } = setup();
    act(() => result.current.notifyChange('shared', doc('last words')));
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledWith({ meetingId: 1, baseRevision: 7, shared: doc('last words') });
  });

  test('a different meeting starts fresh, after flushing the previous one', async () => {
    const { result, save, rerender, initialProps } = setup();
    act(() => result.current.notifyChange('shared', doc('meeting one')));
    rerender({ ...initialProps, meetingId: 2, initialRevision: 0 });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledWith({ meetingId: 1, baseRevision: 7, shared: doc('meeting one') });
    act(() => result.current.notifyChange('shared', doc('meeting two')));
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(save).toHaveBeenLastCalledWith({ meetingId: 2, baseRevision: 0, shared: doc('meeting two') });
  });

  test('new callbacks from a re-render are used without restarting the autosave', async () => {
    const { result, rerender, initialProps } = setup();
    const laterSave = vi.fn(async () => savedAs(9));
    act(() => result.current.notifyChange('shared', doc('x')));
    rerender({ ...initialProps, save: laterSave });
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(laterSave).toHaveBeenCalledWith({ meetingId: 1, baseRevision: 7, shared: doc('x') });
    expect(result.current.revision).toBe(9);
  });

  test('a conflict is exposed with its message', async () => {
    const save = vi.fn(async () => {
      throw Object.assign(new Error('Someone saved these notes in another window. Reload to see the latest.'), {
        code: 'conflict',
      });
    });
    const { result } = setup({ save });
    act(() => result.current.notifyChange('shared', doc('mine')));
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(result.current).toMatchObject({
      state: 'conflict',
      message: 'Someone saved these notes in another window. Reload to see the latest.',
    });
  });

  test('saving does not re-render whoever holds the autosave; only readers of its state re-render', async () => {
    let holderRenders = 0;
    const save = vi.fn(async (input: SaveNotesInput) => savedAs(input.baseRevision + 1));
    const holder = renderHook(() => {
      holderRenders += 1;
      return useNotesAutosave({ meetingId: 1, initialRevision: 0, save });
    });
    const reader = renderHook(() => useAutosaveSnapshot(holder.result.current));
    const conflict = renderHook(() => useAutosaveConflict(holder.result.current));
    const conflictAnswer = conflict.result.current;
    for (const text of ['one', 'two', 'three']) {
      act(() => holder.result.current.notifyChange('shared', doc(text)));
      await act(() => vi.advanceTimersByTimeAsync(800));
    }
    expect(save).toHaveBeenCalledTimes(3);
    expect(reader.result.current).toMatchObject({ state: 'saved', revision: 3 });
    expect(holderRenders).toBe(1);
    // No conflict: the same (null) answer throughout, so its readers never re-rendered for a save.
    expect(conflict.result.current).toBe(conflictAnswer);
    expect(conflictAnswer).toBeNull();
  });

  test('useAutosaveConflict answers with the refusal’s message once a save is refused', async () => {
    const save = vi.fn(async () => {
      throw Object.assign(new Error('Changed in another window.'), { code: 'conflict' });
    });
    const holder = renderHook(() => useNotesAutosave({ meetingId: 1, initialRevision: 0, save }));
    const conflict = renderHook(() => useAutosaveConflict(holder.result.current));
    act(() => holder.result.current.notifyChange('shared', doc('mine')));
    expect(conflict.result.current).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(conflict.result.current).toEqual({ message: 'Changed in another window.' });
  });
});
