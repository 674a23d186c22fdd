import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import { setUpdateChecksSchema, type UpdateStatus } from './updates';

const noInput = z.object({});

export const updatesContract = {
  'updates.status': defineMethod<UpdateStatus>()(noInput),
  /** Turns update checks on or off; turning them on checks once at every start from then on. */
  'updates.setChecksEnabled': defineMethod<UpdateStatus>()(setUpdateChecksSchema),
  /** Asks the feed now and reports what it found; never downloads or installs anything. */
  'updates.check': defineMethod<UpdateStatus>()(noInput),
  /** Downloads the version the last check found, then restarts into it: only on the manager's click. */
  'updates.install': defineMethod<null>()(noInput),
};
