import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SaveNotesResult } from '@shared/meetings/meeting';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import { NotesAutosave, type SaveNotesInput } from './notes-autosave';

const doc = (text: string): TiptapDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

interface Deferred {
  input: SaveNotesInput;
  resolve: (result: SaveNotesResult) => void;
  reject: (error: unknown) => void;
}

/** A save function whose calls the test settles by hand, to see what happens in between. */
function manualSave() {
  const calls: Deferred[] = [];
  const save = vi.fn(
    (input: SaveNotesInput) =>
      new Promise<SaveNotesResult>((resolve, reject) => {
        calls.push({ input, resolve, reject });
      }),
  );
  const ok = (index: number, revision: number, assigned: Record<string, number> = {}) =>
    calls[index]?.resolve({ notesRevision: revision, assignedActionItemIds: assigned, actionItems: [] });
  return { save, calls, ok };
}

let autosave: NotesAutosave | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  autosave?.dispose();
  vi.useRealTimers();
});

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('autosave timing', () => {
  test('saves 800 ms after the last change, with the base revision, once', async () => {
    const { save } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 3, save });
    autosave.notifyChange('shared', doc('a'));
    await vi.advanceTimersByTimeAsync(500);
    autosave.notifyChange('shared', doc('ab'));
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.getSnapshot().state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ meetingId: 5, baseRevision: 3, shared: doc('ab') });
    expect(autosave.getSnapshot().state).toBe('saving');
  });

  test('continuous typing still saves every 2 s', async () => {
    const { save, ok } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    for (let ms = 0; ms < 2000; ms += 200) {
      autosave.notifyChange('shared', doc(`t${ms}`));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].shared).toEqual(doc('t1800'));
    ok(0, 1);
    await settle();
    expect(autosave.getSnapshot()).toEqual({ state: 'saved', message: null, revision: 1 });
  });

  test('shared and private changes go out together in one save', async () => {
    const { save } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    autosave.notifyChange('shared', doc('s'));
    autosave.notifyChange('private', doc('p'));
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledWith({ meetingId: 5, baseRevision: 0, shared: doc('s'), private: doc('p') });
  });
});

describe('single flight', () => {
  test('changes during a save are saved after it, with the revision it returned', async () => {
    const { save, ok } = manualSave();
    const onSaved = vi.fn();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 3, save, onSaved });
    autosave.notifyChange('shared', doc('one'));
    await vi.advanceTimersByTimeAsync(800);
    autosave.notifyChange('shared', doc('two'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    ok(0, 4, { k1: 11 });
    await settle();
    expect(onSaved).toHaveBeenCalledWith(
      { notesRevision: 4, assignedActionItemIds: { k1: 11 }, actionItems: [] },
      { meetingId: 5, baseRevision: 3, shared: doc('one') },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toEqual({ meetingId: 5, baseRevision: 4, shared: doc('two') });
  });
});

describe('flush', () => {
  test('saves at once and resolves when saved', async () => {
    const { save, ok } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    autosave.notifyChange('private', doc('secret'));
    const flushed = vi.fn();
    void autosave.flush().then(flushed);
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(flushed).not.toHaveBeenCalled();
    ok(0, 1);
    await settle();
    expect(flushed).toHaveBeenCalled();
    // The debounce timer was cancelled: nothing is saved twice.
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('during a save waits for it, then saves what changed meanwhile', async () => {
    const { save, ok } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    autosave.notifyChange('shared', doc('one'));
    await vi.advanceTimersByTimeAsync(800);
    autosave.notifyChange('shared', doc('two'));
    const flushed = vi.fn();
    void autosave.flush().then(flushed);
    ok(0, 1);
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toEqual({ meetingId: 5, baseRevision: 1, shared: doc('two') });
    expect(flushed).not.toHaveBeenCalled();
    ok(1, 2);
    await settle();
    expect(flushed).toHaveBeenCalled();
    expect(autosave.getSnapshot().state).toBe('saved');
  });

  test('with nothing pending resolves without saving', async () => {
    const { save } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('failures', () => {
  test('a conflict stops saving, keeps the message and never overwrites', async () => {
    const { save, calls } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 2, save });
    autosave.notifyChange('shared', doc('mine'));
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.reject({ code: 'conflict', message: 'These notes were changed in another window. Reload to see them.' });
    await settle();
    expect(autosave.getSnapshot()).toEqual({
      state: 'conflict',
      message: 'These notes were changed in another window. Reload to see them.',
      revision: 2,
    });
    autosave.notifyChange('shared', doc('mine, more'));
    await vi.advanceTimersByTimeAsync(60_000);
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.getSnapshot().state).toBe('conflict');
  });

  test('other failures retry with backoff 1 s, 2 s, 4 s … capped at 15 s, keeping the latest text', async () => {
    const { save, calls, ok } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    autosave.notifyChange('shared', doc('v1'));
    await vi.advanceTimersByTimeAsync(800);
    const gaps: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      calls[attempt]?.reject(new Error('Coachbook lost touch with its data for a moment.'));
      await settle();
      expect(autosave.getSnapshot()).toMatchObject({
        state: 'retrying',
        message: 'Coachbook lost touch with its data for a moment.',
      });
      if (attempt === 1) autosave.notifyChange('shared', doc('v2'));
      let waited = 0;
      while (save.mock.calls.length === attempt + 1) {
        await vi.advanceTimersByTimeAsync(100);
        waited += 100;
      }
      gaps.push(waited);
    }
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
    expect(save.mock.calls[1]?.[0].shared).toEqual(doc('v1'));
    expect(save.mock.calls[2]?.[0].shared).toEqual(doc('v2'));
    ok(6, 1);
    await settle();
    expect(autosave.getSnapshot()).toEqual({ state: 'saved', message: null, revision: 1 });
  });

  test('flush during a backoff tries again at once', async () => {
    const { save, calls } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    autosave.notifyChange('shared', doc('v1'));
    await vi.advanceTimersByTimeAsync(800);
    calls[0]?.reject({ code: 'internal', message: 'Disk busy' });
    await settle();
    void autosave.flush();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.getSnapshot().state).toBe('saving');
  });

  test('a flush whose save fails resolves (the window may close) and leaves the retry scheduled', async () => {
    const { save, calls } = manualSave();
    autosave = new NotesAutosave({ meetingId: 5, initialRevision: 0, save });
    autosave.notifyChange('shared', doc('v1'));
    const flushed = autosave.flush();
    await settle();
    calls[0]?.reject({ code: 'unavailable', message: 'Offline' });
    await flushed;
    expect(autosave.getSnapshot().state).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
