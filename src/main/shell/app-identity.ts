/** How the OS names Coachbook: menu bar, dock, taskbar, notifications. */
export const APP_NAME = 'Coachbook';

/**
 * Windows ties taskbar grouping and toast notifications to this id; without it notifications
 * from `npm start` never show. The packaged app's installer must register the same id.
 */
export const APP_USER_MODEL_ID = 'app.coachbook.desktop';
