import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuTemplateOptions } from '../../../src/main/window/menu-template';

function template(overrides: Partial<MenuTemplateOptions> = {}) {
  return buildMenuTemplate({
    isDev: false,
    platform: 'linux',
    onOpenAnotherDatabase: () => {},
    onShowDatabaseFile: () => {},
    onShowLogFile: () => {},
    ...overrides,
  });
}

const submenuOf = (menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const item = menu.find((entry) => entry.label?.replace('&', '') === label || entry.role === label);
  return Array.isArray(item?.submenu) ? item.submenu : [];
};
const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    expect(template().map((item) => item.label ?? item.role)).toEqual([
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      'help',
    ]);
  });

  it('ends File with Quit, and opens another database from it', () => {
    const open = vi.fn();
    const file = submenuOf(template({ onOpenAnotherDatabase: open }), 'File');
    expect(file.at(-1)?.role).toBe('quit');
    const item = file.find((entry) => entry.label === 'Open Another Database…');
    item?.click?.({} as never, undefined, {} as never);
    expect(open).toHaveBeenCalledOnce();
  });

  it('gives Edit the standard roles so text fields and the note editor get copy and paste', () => {
    expect(roles(submenuOf(template(), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
  });

  it('offers reload and DevTools only in development', () => {
    const shipped = roles(submenuOf(template({ isDev: false }), 'View'));
    expect(shipped).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const dev = roles(submenuOf(template({ isDev: true }), 'View'));
    expect(dev).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
  });

  it('shows the database file from Help and has About off macOS', () => {
    const show = vi.fn();
    const help = submenuOf(template({ onShowDatabaseFile: show }), 'help');
    help.find((entry) => entry.label === 'Show Database File')?.click?.({} as never, undefined, {} as never);
    expect(show).toHaveBeenCalledOnce();
    const showLog = vi.fn();
    submenuOf(template({ onShowLogFile: showLog }), 'help')
      .find((entry) => entry.label === 'Show Log File')
      ?.click?.({} as never, undefined, {} as never);
    expect(showLog).toHaveBeenCalledOnce();
    expect(roles(help)).toEqual(['about']);
  });

  it('follows macOS conventions: an app menu, Close instead of Quit, About in the app menu', () => {
    const mac = template({ platform: 'darwin' });
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenuOf(mac, 'File').at(-1)?.role).toBe('close');
    expect(roles(submenuOf(mac, 'help'))).toEqual([]);
  });
});
