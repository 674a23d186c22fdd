import type { CoreEvent } from '@shared/api/events';

export type CoreEventListener = (event: CoreEvent) => void;

export interface CoreEvents {
  emit(event: CoreEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: CoreEventListener): () => void;
}

/** The core's outgoing events. A listener that throws is logged and never stops the others or the job. */
export function createCoreEvents(log: (message: string, detail?: unknown) => void): CoreEvents {
  const listeners = new Set<CoreEventListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          log(`a listener of ${event.type} failed`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
