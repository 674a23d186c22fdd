/** IPC channel names, shared by preload and main so they cannot drift apart. */
export const API_CHANNEL = 'coachbook:api';
/** Main → renderer: save everything now, the window wants to close. */
export const FLUSH_REQUEST_CHANNEL = 'coachbook:flush-request';
/** Renderer → main: the flush asked for with this token has finished. */
export const FLUSH_DONE_CHANNEL = 'coachbook:flush-done';
/** Main → renderer: a `CoreEvent` (job progress, a changed database state). */
export const CORE_EVENT_CHANNEL = 'coachbook:event';
