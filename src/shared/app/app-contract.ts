import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import { updateSettingsSchema, type AppStatus, type Settings } from './app';

const noInput = z.object({});

export const appContract = {
  /** Whether the database opened; the renderer shows the problem screen when it did not. */
  'app.status': defineMethod<AppStatus>()(noInput),
  /** Shows an open-file dialog in main and relaunches on the chosen file. False when cancelled. */
  'app.openAnotherDatabase': defineMethod<boolean>()(noInput),
  'app.quit': defineMethod<null>()(noInput),
  /** Switches to a freshly seeded demo book (its own file); the manager's book is not touched. */
  'demo.open': defineMethod<AppStatus>()(noInput),
  /** Back to the manager's book; the demo file is deleted. */
  'demo.close': defineMethod<AppStatus>()(noInput),
  /** Where the desktop app writes its log, to send when something went wrong; null outside it. */
  'app.logFile': defineMethod<string | null>()(noInput),
  'settings.get': defineMethod<Settings>()(noInput),
  'settings.update': defineMethod<Settings>()(updateSettingsSchema),
};
