import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
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
  onSaved?: (result: SaveNotesResult) => void;
  /**
   * Registers for the window's "flush before close" request (`window.coachbook.onFlushRequest`,
   * passed in so this hook never reaches the bridge itself). Returns the unsubscribe function.
   */
  subscribeFlushRequest?: (listener: () => Promise<void>) => () => void;
  timing?: Partial<AutosaveTiming>;
}

export interface NotesAutosaveHandle extends AutosaveSnapshot {
  /** Give the latest content of one editor; saved after the debounce. */
  notifyChange: (kind: NotesKind, doc: NoteContent) => void;
  /** Save now (blur, leaving the screen). */
  flush: () => Promise<void>;
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

  useEffect(() => {
    if (!subscribeFlushRequest) return undefined;
    return subscribeFlushRequest(() => autosave.controller.flush());
  }, [autosave, subscribeFlushRequest]);

  const snapshot = useSyncExternalStore(autosave.controller.subscribe, autosave.controller.getSnapshot);
  const notifyChange = useCallback(
    (kind: NotesKind, doc: NoteContent) => autosave.controller.notifyChange(kind, doc),
    [autosave],
  );
  return { ...snapshot, notifyChange, flush: autosave.controller.flush };
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
