import type { SaveNotesResult } from '@shared/meetings/meeting';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import type { NotesKind } from '../notes-extensions';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'retrying' | 'conflict';

export interface SaveNotesInput {
  meetingId: number;
  /** The revision these notes were edited from; main refuses the write if it has moved on. */
  baseRevision: number;
  shared?: TiptapDoc;
  private?: TiptapDoc;
}

export interface AutosaveTiming {
  /** Quiet time after the last change before saving. */
  debounceMs: number;
  /** Longest a change waits while the manager keeps typing. */
  maxWaitMs: number;
  /** First retry delay after a failed save; doubles each time up to maxRetryMs. */
  firstRetryMs: number;
  maxRetryMs: number;
}

/**
 * Saves land ~0.8 s after the last keystroke; during continuous typing at least every 2 s, so a
 * crash mid-sentence loses at most ~2 s (and close/blur/navigation flush at once anyway).
 */
export const DEFAULT_AUTOSAVE_TIMING: AutosaveTiming = {
  debounceMs: 800,
  maxWaitMs: 2000,
  firstRetryMs: 1000,
  maxRetryMs: 15_000,
};

export interface NotesAutosaveOptions {
  meetingId: number;
  initialRevision: number;
  save: (input: SaveNotesInput) => Promise<SaveNotesResult>;
  /** After a save landed, with what it sent (the notes as saved). */
  onSaved?: (result: SaveNotesResult, saved: SaveNotesInput) => void;
  timing?: Partial<AutosaveTiming>;
}

export interface AutosaveSnapshot {
  state: SaveState;
  /** Why the last save failed (retrying) or was refused (conflict); null otherwise. */
  message: string | null;
  revision: number;
}

/**
 * A note's content as the editor reports it: the document, or a function that builds it. The
 * editor passes a function over its immutable state so a keystroke costs no serialisation; the
 * document is built only when a save actually goes out.
 */
export type NoteContent = TiptapDoc | (() => TiptapDoc);
type Pending = Partial<Record<NotesKind, NoteContent>>;

const materialise = (pending: Pending): Partial<Record<NotesKind, TiptapDoc>> => {
  const docs: Partial<Record<NotesKind, TiptapDoc>> = {};
  for (const kind of ['shared', 'private'] as const) {
    const content = pending[kind];
    if (content !== undefined) docs[kind] = typeof content === 'function' ? content() : content;
  }
  return docs;
};

const errorCode = (error: unknown): string | null =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;

const errorMessage = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : 'The notes could not be saved.';

/**
 * The autosave state machine for one meeting's notes, free of React so it can be tested with
 * fake timers. One save in flight at a time; changes made meanwhile go out after it with the
 * revision it returned. A conflict stops all saving (never overwrite newer text); any other
 * failure keeps the changes and retries with backoff (1 s, 2 s, 4 s … 15 s).
 */
export class NotesAutosave {
  private readonly timing: AutosaveTiming;
  private pending: Pending = {};
  private revision: number;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstChangeAt: number | null = null;
  private lastChangeAt = 0;
  private failures = 0;
  private retrying = false;
  private conflict = false;
  private message: string | null = null;
  private disposed = false;
  private snapshot: AutosaveSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(private options: NotesAutosaveOptions) {
    this.timing = { ...DEFAULT_AUTOSAVE_TIMING, ...options.timing };
    this.revision = options.initialRevision;
    this.snapshot = this.computeSnapshot();
  }

  /** Swaps the save/onSaved callbacks (a re-render passed new ones) without losing state. */
  setCallbacks(callbacks: Pick<NotesAutosaveOptions, 'save' | 'onSaved'>): void {
    this.options = { ...this.options, ...callbacks };
  }

  /** For useSyncExternalStore: the same object until something visible changes. */
  getSnapshot = (): AutosaveSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The editor of `kind` now holds `doc`; it will be saved after the debounce. */
  notifyChange(kind: NotesKind, doc: NoteContent): void {
    this.pending[kind] = doc;
    const now = Date.now();
    this.lastChangeAt = now;
    this.firstChangeAt ??= now;
    if (!this.conflict && !this.retrying) this.schedule();
    this.publish();
  }

  /**
   * Saves everything now (blur, navigation, window close). Resolves once the changes made so far
   * are saved, or once saving has failed (they stay pending and retry) or hit a conflict.
   */
  flush = async (): Promise<void> => {
    // An explicit flush does not wait out a retry backoff: the window may be about to close.
    this.clearTimer();
    while (!this.conflict) {
      const failuresBefore = this.failures;
      if (this.inFlight) await this.inFlight;
      else if (this.hasPending()) await this.startSave();
      else return;
      if (this.failures > failuresBefore) return;
    }
  };

  /**
   * Leaving the screen: flush what is pending. Deliberately not a shutdown — a failed save keeps
   * retrying until it lands or is refused, and React's StrictMode re-mount can keep using it.
   */
  close(): Promise<void> {
    return this.flush();
  }

  /** Drops timers without saving; for tests and for a meeting that is gone. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private hasPending(): boolean {
    return this.pending.shared !== undefined || this.pending.private !== undefined;
  }

  private schedule(): void {
    if (this.inFlight || !this.hasPending() || this.disposed) return;
    const due = Math.min(
      this.lastChangeAt + this.timing.debounceMs,
      (this.firstChangeAt ?? this.lastChangeAt) + this.timing.maxWaitMs,
    );
    this.setTimer(Math.max(0, due - Date.now()), () => void this.startSave());
  }

  private startSave(): Promise<void> {
    this.clearTimer();
    this.retrying = false;
    const sending = materialise(this.pending);
    this.pending = {};
    this.firstChangeAt = null;
    const input: SaveNotesInput = { meetingId: this.options.meetingId, baseRevision: this.revision, ...sending };
    const run = this.options
      .save(input)
      .then(
        (result) => this.succeeded(result, input),
        (error: unknown) => this.failed(sending, error),
      )
      .finally(() => {
        this.inFlight = null;
        // Changes typed while this save was in flight keep their own debounce timing.
        if (!this.conflict && !this.retrying) this.schedule();
        this.publish();
      });
    this.inFlight = run;
    this.publish();
    return run;
  }

  private succeeded(result: SaveNotesResult, saved: SaveNotesInput): void {
    this.revision = result.notesRevision;
    this.failures = 0;
    this.retrying = false;
    this.message = null;
    try {
      this.options.onSaved?.(result, saved);
    } catch (error) {
      // The save itself succeeded; a failing follow-up (say, an editor already gone) must not
      // turn it into a retry that would write the same notes again.
      console.error('Coachbook: handling a notes save failed', error);
    }
  }

  private failed(sent: Pending, error: unknown): void {
    // Put back what was sent unless the editor has newer content of that kind since.
    this.pending = { ...sent, ...this.pending };
    this.message = errorMessage(error);
    if (errorCode(error) === 'conflict') {
      this.conflict = true;
      this.clearTimer();
      return;
    }
    this.failures += 1;
    if (this.disposed) return;
    this.retrying = true;
    const delay = Math.min(this.timing.firstRetryMs * 2 ** (this.failures - 1), this.timing.maxRetryMs);
    this.setTimer(delay, () => void this.startSave());
  }

  private setTimer(delay: number, run: () => void): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      run();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private computeSnapshot(): AutosaveSnapshot {
    const state: SaveState = this.conflict
      ? 'conflict'
      : this.retrying
        ? 'retrying'
        : this.inFlight
          ? 'saving'
          : this.hasPending()
            ? 'unsaved'
            : 'saved';
    return { state, message: this.message, revision: this.revision };
  }

  private publish(): void {
    const next = this.computeSnapshot();
    const previous = this.snapshot;
    if (next.state === previous.state && next.message === previous.message && next.revision === previous.revision)
      return;
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }
}
