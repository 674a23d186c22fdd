import type { AppStatus } from '../app/app';
import type { ApiMethod } from './contract';

/**
 * What the core tells the renderer without being asked. Main forwards each event to the window
 * as it is; the renderer subscribes through `CoachbookBridge.onEvent`.
 */
export type CoreEvent = JobProgressEvent | AppStatusEvent;

/** A long job (export, import, backup, restore, report) moved on: `done` of `total` steps. */
export interface JobProgressEvent {
  type: 'job.progress';
  /** Names one run of a job, so a screen can show (and cancel) the run it started. */
  jobId: string;
  method: ApiMethod;
  done: number;
  total: number;
  /** What the job is doing now, in the manager's words: "Writing meetings". */
  label: string;
}

/** The database changed state while the app ran (for example damage found in the background). */
export interface AppStatusEvent {
  type: 'app.status';
  status: AppStatus;
}
