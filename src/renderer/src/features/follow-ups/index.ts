export { FollowUpPanel } from './FollowUpPanel';
export { MeetingFollowUpsPage } from './MeetingFollowUpsPage';
