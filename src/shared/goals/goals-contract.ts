import { defineMethod } from '../api/define-method';
import { importCheckInsSchema, type CheckInImportCheck, type CheckInImportResult } from './check-in-import';
import {
  addCheckInSchema,
  checkInIdSchema,
  createGoalSchema,
  goalIdSchema,
  listGoalsSchema,
  setMilestoneSchema,
  updateCheckInSchema,
  updateGoalSchema,
  type GoalCheckIn,
  type GoalDetail,
  type GoalSummary,
} from './goal';

export const goalsContract = {
  'goals.listForRep': defineMethod<GoalSummary[]>()(listGoalsSchema),
  /** The goal page: pacing, check-ins, chart data and linked commitments with their outcomes. */
  'goals.get': defineMethod<GoalDetail>()(goalIdSchema),
  'goals.create': defineMethod<GoalSummary>()(createGoalSchema),
  /** The kind cannot change; a new period must still hold every check-in. */
  'goals.update': defineMethod<GoalSummary>()(updateGoalSchema),
  'goals.close': defineMethod<GoalSummary>()(goalIdSchema),
  'goals.reopen': defineMethod<GoalSummary>()(goalIdSchema),
  'goals.setMilestoneDone': defineMethod<GoalSummary>()(setMilestoneSchema),
  'goals.addCheckIn': defineMethod<GoalCheckIn>()(addCheckInSchema),
  /**
   * Corrects a check-in's value, date and note (all three replaced; the same rules as adding). It
   * stays tied to the one-on-one it was recorded in.
   */
  'goals.updateCheckIn': defineMethod<GoalCheckIn>()(updateCheckInSchema),
  'goals.removeCheckIn': defineMethod<null>()(checkInIdSchema),
  /** Validates a CSV of check-ins without importing anything: every problem, by line. */
  'goals.checkImport': defineMethod<CheckInImportCheck>()(importCheckInsSchema),
  /** Imports all rows or none: any problem answers invalid_input naming the lines. */
  'goals.importCheckIns': defineMethod<CheckInImportResult>()(importCheckInsSchema),
};
