import type { DataSource } from 'typeorm';
import { createActionItemsService } from './action-items';
import { createAgendaTemplatesService } from './agenda-templates';
import { createBriefService } from './brief';
import { systemClock, type Clock } from './clock';
import { createGoalCheckInsService } from './goal-check-ins';
import { createGoalsService } from './goals';
import { createMeetingNotesService } from './meeting-notes';
import { createMeetingWorkspaceService } from './meeting-workspace';
import { createMeetingsService } from './meetings';
import { createRepsService } from './reps';
import { createSearchService } from './search';
import { createSettingsService } from './settings';
import { createSkillRatingsService } from './skill-ratings';
import { createSkillsService } from './skills';
import { createTalkingPointsService } from './talking-points';
import { createFollowUpsService } from './follow-ups';
import { createRemindersService } from './reminders';
import { createRepAccountabilityService } from './rep-accountability';
import { createTeamOverviewService } from './team-overview';
import { createTimelineService } from './timeline';

export type Services = ReturnType<typeof createServices>;

export function createServices(dataSource: DataSource, clock: Clock = systemClock) {
  const meetings = createMeetingsService(dataSource, clock);
  const meetingWorkspace = createMeetingWorkspaceService(dataSource);
  const goalCheckIns = createGoalCheckInsService(dataSource, clock);
  const skillRatings = createSkillRatingsService(dataSource, clock);
  return {
    reps: createRepsService(dataSource, clock),
    settings: createSettingsService(dataSource),
    meetings,
    meetingWorkspace,
    meetingNotes: createMeetingNotesService(dataSource, clock),
    actionItems: createActionItemsService(dataSource, clock),
    agendaTemplates: createAgendaTemplatesService(dataSource, clock),
    talkingPoints: createTalkingPointsService(dataSource, clock),
    followUps: createFollowUpsService(dataSource, clock),
    teamOverview: createTeamOverviewService(dataSource, clock),
    repAccountability: createRepAccountabilityService(dataSource, clock),
    reminders: createRemindersService(dataSource, clock),
    goals: createGoalsService(dataSource, clock),
    goalCheckIns,
    skills: createSkillsService(dataSource, clock),
    skillRatings,
    brief: createBriefService(dataSource, clock, skillRatings),
    timeline: createTimelineService(dataSource, { meetings, meetingWorkspace, goalCheckIns, skillRatings }),
    search: createSearchService(dataSource),
  };
}
