import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { SaveNotesResult } from '@shared/meetings/meeting';
import type { NotesKind } from '../notes-extensions';
import {
  NotesAutosave,
  type AutosaveSnapshot,
  type AutosaveTiming,
  type NoteContent,
  type SaveNotesInput,
} from './notes-autosave';

export interface UseNotesAutosaveOptions {
  meetingId: number;
  /** MeetingWorkspace.notesRevision when the meeting was opened. */
  initialRevision: number;
  /** Wired by the caller to the API (`meetings.saveNotes`); rejects with an ApiCallError-like `{ code, message }`. */
  save: (input: SaveNotesInput) => Promise<SaveNotesResult>;
  /** Called after every successful save, e.g. to apply `assignedActionItemIds` to the shared editor. */
  onSaved?: (result: SaveNotesResult, saved: SaveNotesInput) => void;
  /**
   * Registers for the window's "flush before close" request (`window.coachbook.onFlushRequest`,
   * passed in so this hook never reaches the bridge itself). Returns the unsubscribe function.
   */
  subscribeFlushRequest?: (listener: () => Promise<void>) => () => void;
  timing?: Partial<AutosaveTiming>;
}

/**
 * The autosave of one meeting. It does not re-render whoever holds it: components that show the
 * save state read it with useAutosaveSnapshot, so a save never re-renders the whole workspace
 * while the manager types (the typing-latency budget).
 */
export interface NotesAutosaveHandle {
  /** Give the latest content of one editor; saved after the debounce. */
  notifyChange: (kind: NotesKind, doc: NoteContent) => void;
  /** Save now (blur, leaving the screen). */
  flush: () => Promise<void>;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => AutosaveSnapshot;
}

/**
 * Autosave for one meeting's shared and private notes. A new meetingId starts a new autosave; the
 * old one flushes what it still holds (and keeps retrying until saved or refused) on the way out,
 * as does unmounting.
 */
export function useNotesAutosave(options: UseNotesAutosaveOptions): NotesAutosaveHandle {
  const { meetingId, save, onSaved, subscribeFlushRequest } = options;
  const [autosave, setAutosave] = useState(() => createAutosave(options));
  if (autosave.meetingId !== meetingId) {
    // Render-time reset (React's "adjusting state when a prop changes"); the old one is closed below.
    setAutosave(createAutosave(options));
  }

  // A caller's inline callbacks must not restart the autosave (that would drop its state).
  useEffect(() => {
    autosave.controller.setCallbacks({ save, onSaved });
  }, [autosave, save, onSaved]);

  useEffect(() => {
    const current = autosave.controller;
    return () => void current.close();
  }, [autosave]);

  // A reload (Ctrl+R, the shell recovering a crashed window) unloads the page without a flush
  // request: start the save as it goes. The IPC call leaves before the page does.
  useEffect(() => {
    const flushNow = (): void => void autosave.controller.flush();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
    };
  }, [autosave]);

  useEffect(() => {
    if (!subscribeFlushRequest) return undefined;
    return subscribeFlushRequest(() => autosave.controller.flush());
  }, [autosave, subscribeFlushRequest]);

  return useMemo(() => {
    const { controller } = autosave;
    return {
      notifyChange: (kind: NotesKind, doc: NoteContent) => controller.notifyChange(kind, doc),
      flush: controller.flush,
      subscribe: controller.subscribe,
      getSnapshot: controller.getSnapshot,
    };
  }, [autosave]);
}

/** The save state, re-rendering the caller only when it changes. */
export function useAutosaveSnapshot(autosave: NotesAutosaveHandle): AutosaveSnapshot {
  return useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);
}

/**
 * Whether a save was refused because the notes changed elsewhere: `{ message }` once it was,
 * null until then. Re-renders the caller only when that answer changes, not on every save.
 */
export function useAutosaveConflict(autosave: NotesAutosaveHandle): { message: string | null } | null {
  const message = useSyncExternalStore(autosave.subscribe, () => {
    const { state, message: text } = autosave.getSnapshot();
    return state === 'conflict' ? (text ?? '') : null;
  });
  return useMemo(() => (message === null ? null : { message: message || null }), [message]);
}

interface AutosaveInstance {
  meetingId: number;
  controller: NotesAutosave;
}

function createAutosave({
  meetingId,
  initialRevision,
  save,
  onSaved,
  timing,
}: UseNotesAutosaveOptions): AutosaveInstance {
  return { meetingId, controller: new NotesAutosave({ meetingId, initialRevision, save, onSaved, timing }) };
}
