import { lazy, type ComponentType } from 'react';

/**
 * Each page is its own chunk, fetched the first time it is opened: the editor, the charts and the
 * report forms are most of the JavaScript, and the first screen needs none of them.
 */
const loaders: Array<() => Promise<unknown>> = [];

function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
}

export const TeamPage = lazyPage(() => import('../features/team/TeamPage'), 'TeamPage');
export const RepsPage = lazyPage(() => import('../features/reps/RepsPage'), 'RepsPage');
export const RepPage = lazyPage(() => import('../features/reps/RepPage'), 'RepPage');
export const RepHistoryPage = lazyPage(() => import('../features/timeline/RepHistoryPage'), 'RepHistoryPage');
export const GoalPage = lazyPage(() => import('../features/goals/GoalPage'), 'GoalPage');
export const MeetingFollowUpsPage = lazyPage(
  () => import('../features/follow-ups/MeetingFollowUpsPage'),
  'MeetingFollowUpsPage',
);
export const UpcomingMeetingsPage = lazyPage(
  () => import('../features/meetings/UpcomingMeetingsPage'),
  'UpcomingMeetingsPage',
);
export const MeetingWorkspacePage = lazyPage(
  () => import('../features/meetings/workspace/MeetingWorkspacePage'),
  'MeetingWorkspacePage',
);
export const ActionItemsPage = lazyPage(() => import('../features/action-items/ActionItemsPage'), 'ActionItemsPage');
export const SearchPage = lazyPage(() => import('../features/search/SearchPage'), 'SearchPage');
export const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');

/** Fetches every page's code now; renderer tests call it so a page renders without a wait. */
export async function preloadPages(): Promise<void> {
  await Promise.all(loaders.map((load) => load()));
}
