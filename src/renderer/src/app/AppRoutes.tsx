import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import {
  ActionItemsPage,
  GoalPage,
  MeetingFollowUpsPage,
  MeetingWorkspacePage,
  RepHistoryPage,
  RepPage,
  RepsPage,
  SearchPage,
  SettingsPage,
  TeamPage,
  UpcomingMeetingsPage,
} from './pages';

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
