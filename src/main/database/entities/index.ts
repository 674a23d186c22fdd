import { ActionItemEntity } from './action-item';
import { AgendaTemplateEntity } from './agenda-template';
import { CalendarLinkEntity } from './calendar-link';
import { FollowUpCheckEntity } from './follow-up-check';
import { GoalEntity } from './goal';
import { GoalCheckInEntity } from './goal-check-in';
import { MeetingEntity } from './meeting';
import { RepEntity } from './rep';
import { SettingEntity } from './setting';
import { SkillEntity } from './skill';
import { SkillRatingEntity } from './skill-rating';
import { TalkingPointEntity } from './talking-point';

export * from './action-item';
export * from './agenda-template';
export * from './calendar-link';
export * from './follow-up-check';
export * from './goal';
export * from './goal-check-in';
export * from './meeting';
export * from './rep';
export * from './setting';
export * from './skill';
export * from './skill-rating';
export * from './talking-point';

export const allEntities = [
  AgendaTemplateEntity,
  RepEntity,
  MeetingEntity,
  GoalEntity,
  ActionItemEntity,
  FollowUpCheckEntity,
  GoalCheckInEntity,
  SkillEntity,
  SkillRatingEntity,
  TalkingPointEntity,
  SettingEntity,
  CalendarLinkEntity,
];
