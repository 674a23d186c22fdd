import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootMain, until } from './boot-main';
import { track } from './scenario';
import { exitOf, startApp } from './start-app';

const NATIVE_BINDING = 'build/electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node';

describe('first start', () => {
  it('registers the app scheme before ready, creates the database and opens one window on app://', async () => {
    const app = track(await startApp());
    const { recorder, state } = app.electron;

    expect(state.schemesRegisteredBeforeReady).toBe(true);
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(recorder.argsOf('protocol.handle')).toEqual([['app']]);
    expect(recorder.argsOf('app.setName')).toEqual([['Coachbook']]);
    expect(recorder.count('app.enableSandbox')).toBe(1);
    expect(recorder.argsOf('webContents.loadURL')).toEqual([['app://coachbook/index.html']]);
    // The page came from out/renderer through the protocol handler.
    expect(app.window.webContents.lastLoadStatus).toBe(200);
    expect(existsSync(join(app.dataDir, 'coachbook.sqlite'))).toBe(true);
    await expect(app.page.call('app.status', {})).resolves.toMatchObject({ state: 'ready' });
    expect(app.electron.windows).toHaveLength(1);
  });

  it('writes a log file in the user-data folder, which the app names to the page', async () => {
    const app = track(await startApp());
    const logFile = join(app.dataDir, 'logs', 'coachbook.log');
    await expect(app.page.call('app.logFile', {})).resolves.toBe(logFile);
    await until('the log line', () => existsSync(logFile) && readFileSync(logFile, 'utf8').includes('starting on'));
  });

  it('names itself to Windows, which shows notifications only for a known app id', async () => {
    const app = track(await startApp({ platform: 'win32' }));
    expect(app.electron.recorder.argsOf('app.setAppUserModelId')).toEqual([['app.coachbook.desktop']]);
    const linux = track(await startApp({ platform: 'linux' }));
    expect(linux.electron.recorder.count('app.setAppUserModelId')).toBe(0);
  });
});

describe('a second launch', () => {
  it('quits at once when another Coachbook holds the data folder, without opening the database', async () => {
    const second = track(bootMain({ singleInstanceLock: false }));
    second.electron.ready();
    await expect(exitOf(second)).resolves.toBe(0);
    expect(second.electron.windows).toHaveLength(0);
    expect(existsSync(join(second.dataDir, 'coachbook.sqlite'))).toBe(false);
  });

  it('brings the running window forward, restoring it when minimised', async () => {
    const app = track(await startApp());
    app.window.minimize();
    app.electron.module.app.emit('second-instance', {}, ['coachbook'], '/');
    expect(app.window.isMinimized()).toBe(false);
    expect(app.electron.recorder.argsOf('window.focus')).toContainEqual([app.window.id]);
    expect(app.electron.windows).toHaveLength(1);
  });
});

describe('a refused database', () => {
  it('opens the window on the problem screen and leaves the file exactly as it was', async () => {
    const garbage = Buffer.from('SQLite format 3\0 but nothing after it is a database page'.repeat(40));
    const app = track(
      await startApp({ prepareDataDir: (dir) => writeFileSync(join(dir, 'coachbook.sqlite'), garbage) }),
    );
    const file = join(app.dataDir, 'coachbook.sqlite');
    await expect(app.page.call('app.status', {})).resolves.toMatchObject({ state: 'refused' });
    expect(readFileSync(file).equals(garbage)).toBe(true);
    app.electron.module.app.quit();
    await app.exited();
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('a SQLite driver that will not load', () => {
  it('says which driver and how to fix it, logs why, and never opens or creates the database', async () => {
    const booted = track(
      bootMain({
        prepareAppPath: (appPath) => {
          // What a driver built for another Electron or CPU looks like to the loader: not a loadable library.
          mkdirSync(join(appPath, NATIVE_BINDING, '..'), { recursive: true });
          writeFileSync(join(appPath, NATIVE_BINDING), 'not a shared library');
        },
      }),
    );
    booted.electron.ready();
    await expect(exitOf(booted)).resolves.toBe(1);

    const [errorBox] = booted.electron.recorder.argsOf('dialog.showErrorBox');
    expect(errorBox?.[0]).toBe("Coachbook can't load its SQLite driver");
    expect(errorBox?.[1]).toContain('better-sqlite3');
    expect(errorBox?.[1]).toContain('npm run rebuild:electron-native');
    expect(errorBox?.[1]).not.toMatch(/could not read this database/i);
    expect(booted.electron.windows).toHaveLength(0);
    expect(existsSync(join(booted.dataDir, 'coachbook.sqlite'))).toBe(false);
    const logFile = join(booted.dataDir, 'logs', 'coachbook.log');
    await until('the driver failure in the log', () => existsSync(logFile) && statSync(logFile).size > 0);
    expect(readFileSync(logFile, 'utf8')).toContain('the SQLite driver could not be loaded');
  });
});
