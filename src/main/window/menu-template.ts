import type { MenuItemConstructorOptions } from 'electron';

export interface MenuTemplateOptions {
  /** Development builds get reload and DevTools; a manager's copy does not. */
  isDev: boolean;
  platform: NodeJS.Platform;
  onOpenAnotherDatabase(): void;
  onShowDatabaseFile(): void;
  /** Reveals the log file (Settings shows where it is too). */
  onShowLogFile(): void;
}

/** The application menu. Pure, so its shape is tested without Electron. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  // macOS puts About, Hide and Quit in a menu named after the app.
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        {
          label: 'Open Another Database…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => options.onOpenAnotherDatabase(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: viewItems(options.isDev) },
    { role: 'windowMenu' },
    { role: 'help', submenu: helpItems(options, isMac) },
  );
  return template;
}

function helpItems(options: MenuTemplateOptions, isMac: boolean): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [
    { label: 'Show Database File', click: () => options.onShowDatabaseFile() },
    { label: 'Show Log File', click: () => options.onShowLogFile() },
  ];
  // On macOS About already sits in the app menu.
  if (!isMac) items.push({ type: 'separator' }, { role: 'about', label: 'About Coachbook' });
  return items;
}

function viewItems(isDev: boolean): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...devItems,
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
}
