import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_CHANNEL } from '@shared/api/channels';
import { track } from './scenario';
import { startApp } from './start-app';

const root = resolve(import.meta.dirname, '../..');

/** The `role` union of MenuItemConstructorOptions in the installed electron.d.ts. */
function electronMenuRoles(): Set<string> {
  const types = readFileSync(join(root, 'node_modules', 'electron', 'electron.d.ts'), 'utf8');
  const options = types.slice(types.indexOf('interface MenuItemConstructorOptions'));
  const union = /role\?: \(([^)]*)\)/.exec(options)?.[1];
  if (!union) throw new Error('no role union in electron.d.ts');
  return new Set([...union.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? ''));
}

function rolesIn(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? rolesIn(item.submenu) : []),
  ]);
}

describe('IPC', () => {
  it('serves the API on one channel, registered once, to the app’s own page', async () => {
    const app = track(await startApp());
    expect(app.electron.recorder.argsOf('ipcMain.handle')).toEqual([[API_CHANNEL]]);
    await expect(app.page.call('reps.list', {})).resolves.toEqual([]);
  });

  it.each([
    ['a web page the window was navigated to', 'https://evil.example/index.html'],
    ['the renderer as a file URL', `file://${join(root, 'out', 'renderer', 'index.html')}`],
    ['a Windows file URL with its drive letter upper-cased', 'file:///C:/Coachbook/out/renderer/index.html'],
    ['another host of the app scheme', 'app://evil/index.html'],
  ])('refuses %s as forbidden', async (_what, frameUrl) => {
    const app = track(await startApp());
    app.window.webContents.frameUrl = frameUrl;
    const result = await app.page.bridge?.invoke('reps.create', { name: 'Injected', cadence: 'weekly' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) });
    app.window.webContents.frameUrl = 'app://coachbook/index.html#/reps';
    await expect(app.page.call('reps.list', {})).resolves.toEqual([]);
  });
});

describe('the window', () => {
  it('runs the page sandboxed, isolated, without Node, DevTools or webviews, with the built preload', async () => {
    const app = track(await startApp());
    const { webPreferences } = app.window.options;
    expect(webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      spellcheck: true,
    });
    expect(webPreferences?.preload).toBe(join(root, 'out', 'preload', 'index.js'));
    expect(existsSync(webPreferences?.preload ?? '')).toBe(true);
    expect(app.window.options.title).toBe('Coachbook');
  });

  it('sends web links to the browser and opens no popups', async () => {
    const app = track(await startApp());
    expect(app.window.webContents.openWindow('https://example.com/guide')).toEqual({ action: 'deny' });
    expect(app.electron.recorder.argsOf('shell.openExternal')).toEqual([['https://example.com/guide']]);
    expect(app.window.webContents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(app.electron.recorder.count('shell.openExternal')).toBe(1);
  });
});

describe('the app protocol', () => {
  it('serves the built renderer and refuses paths out of it', async () => {
    const app = track(await startApp());
    const get = (url: string) => app.window.webContents.world.fetchFromProtocol(url);
    const page = await get('app://coachbook/index.html');
    expect(page?.status).toBe(200);
    expect(await page?.text()).toContain('<div id="root">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(root, 'out/renderer/index.html'), 'utf8'));
    expect((await get(`app://coachbook/${script?.[1]}`))?.headers.get('content-type')).toContain('javascript');
    for (const escape of ['app://coachbook/..%2f..%2fpackage.json', 'app://coachbook/%2e%2e%5c%2e%2e%5cpackage.json']) {
      const refused = await get(escape);
      expect(refused?.status).toBe(403);
      expect(await refused?.text()).not.toContain('"name": "coachbook"');
    }
    expect((await get('app://coachbook/nothing-here.js'))?.status).toBe(404);
  });
});

describe('menus', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('uses only roles Electron 45 knows, on %s', async (platform) => {
    const app = track(await startApp({ platform }));
    const known = electronMenuRoles();
    const roles = rolesIn(app.electron.state.applicationMenu?.template ?? []);
    expect(roles.length).toBeGreaterThan(5);
    expect(roles.filter((role) => !known.has(role))).toEqual([]);
  });

  it('has no Reload, Force Reload or DevTools under npm start, which is not packaged either', async () => {
    const app = track(await startApp());
    const roles = rolesIn(app.electron.state.applicationMenu?.template ?? []);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('has them, and DevTools, under electron-vite dev', async () => {
    const app = track(await startApp({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }));
    const roles = rolesIn(app.electron.state.applicationMenu?.template ?? []);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(app.window.options.webPreferences?.devTools).toBe(true);
    expect(app.electron.recorder.argsOf('webContents.loadURL')).toEqual([['http://localhost:5173/']]);
  });
});
