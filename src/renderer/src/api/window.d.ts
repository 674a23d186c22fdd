import type { CoachbookBridge } from '@shared/api/bridge';

declare global {
  interface Window {
    /** Exposed by preload (or the end-to-end rig); the only way the renderer reaches main. */
    coachbook: CoachbookBridge;
  }
}

export {};
