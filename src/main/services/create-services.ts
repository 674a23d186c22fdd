import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from './clock';
import { createFollowUpsService } from './follow-ups';
import { createRemindersService } from './reminders';
import { createRepAccountabilityService } from './rep-accountability';
import { createRepsService } from './reps';
import { createSettingsService } from './settings';
import { createTeamOverviewService } from './team-overview';

export type Services = ReturnType<typeof createServices>;

export function createServices(dataSource: DataSource, clock: Clock = systemClock) {
  return {
    reps: createRepsService(dataSource, clock),
    settings: createSettingsService(dataSource),
    followUps: createFollowUpsService(dataSource, clock),
    teamOverview: createTeamOverviewService(dataSource, clock),
    repAccountability: createRepAccountabilityService(dataSource, clock),
    reminders: createRemindersService(dataSource, clock),
  };
}
