import { Navigate, Route, Routes } from 'react-router';
import { MeetingFollowUpsPage } from '../features/follow-ups';
import { GoalPage } from '../features/goals/GoalPage';
import { ActionItemsPage } from '../features/action-items/ActionItemsPage';
import { UpcomingMeetingsPage } from '../features/meetings/UpcomingMeetingsPage';
import { MeetingWorkspacePage } from '../features/meetings/workspace/MeetingWorkspacePage';
import { RepPage } from '../features/reps/RepPage';
import { RepsPage } from '../features/reps/RepsPage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TeamPage } from '../features/team/TeamPage';
import { RepHistoryPage } from '../features/timeline/RepHistoryPage';
import { AppLayout } from './AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/team" element={<TeamPage />} />
        <Route path="/reps" element={<RepsPage />} />
        <Route path="/reps/:repId" element={<RepPage />} />
        <Route path="/reps/:repId/history" element={<RepHistoryPage />} />
        <Route path="/goals/:goalId" element={<GoalPage />} />
        <Route path="/meetings/:meetingId/follow-ups" element={<MeetingFollowUpsPage />} />
        <Route path="/meetings" element={<UpcomingMeetingsPage />} />
        <Route path="/meetings/:meetingId" element={<MeetingWorkspacePage />} />
        <Route path="/action-items" element={<ActionItemsPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="*" element={<Navigate to="/team" replace />} />
      </Route>
    </Routes>
  );
}
