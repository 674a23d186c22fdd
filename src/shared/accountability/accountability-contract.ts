import { z } from 'zod';
import { defineMethod } from '../api/define-method';
import type { TodayReminders } from '../reminders/reminders';
import {
  repAccountabilitySchema,
  teamOverviewSchema,
  type RepAccountability,
  type TeamOverview,
} from './accountability';

export const accountabilityContract = {
  /** The home screen: one row per active rep, ranked by who needs attention. */
  'team.overview': defineMethod<TeamOverview>()(teamOverviewSchema),
  'accountability.forRep': defineMethod<RepAccountability>()(repAccountabilitySchema),
  'reminders.today': defineMethod<TodayReminders>()(z.object({})),
};
