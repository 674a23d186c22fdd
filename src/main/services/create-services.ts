import type { DataSource } from 'typeorm';
import { createActionItemsService } from './action-items';
import { createAgendaTemplatesService } from './agenda-templates';
import { systemClock, type Clock } from './clock';
import { createMeetingNotesService } from './meeting-notes';
import { createMeetingWorkspaceService } from './meeting-workspace';
import { createMeetingsService } from './meetings';
import { createRepsService } from './reps';
import { createSettingsService } from './settings';
import { createTalkingPointsService } from './talking-points';
import { createFollowUpsService } from './follow-ups';
import { createRemindersService } from './reminders';
import { createRepAccountabilityService } from './rep-accountability';
import { createTeamOverviewService } from './team-overview';

export type Services = ReturnType<typeof createServices>;

export function createServices(dataSource: DataSource, clock: Clock = systemClock) {
  return {
    reps: createRepsService(dataSource, clock),
    settings: createSettingsService(dataSource),
    meetings: createMeetingsService(dataSource, clock),
    meetingWorkspace: createMeetingWorkspaceService(dataSource),
    meetingNotes: createMeetingNotesService(dataSource, clock),
    actionItems: createActionItemsService(dataSource, clock),
    agendaTemplates: createAgendaTemplatesService(dataSource, clock),
    talkingPoints: createTalkingPointsService(dataSource, clock),
    followUps: createFollowUpsService(dataSource, clock),
    teamOverview: createTeamOverviewService(dataSource, clock),
    repAccountability: createRepAccountabilityService(dataSource, clock),
    reminders: createRemindersService(dataSource, clock),
  };
}
