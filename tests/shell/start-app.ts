import { bootMain, until, type BootedMain, type BootOptions } from './boot-main';
import type { FakeBrowserWindow } from './fake-electron/fake-windows';
import { FakePage } from './page';

export interface StartedApp extends BootedMain {
  window: FakeBrowserWindow;
  page: FakePage;
  /** Waits for the process to end (quit or exit) and gives its exit code. */
  exited(): Promise<number>;
}

/** Boots out/main/index.js, makes Electron ready, and waits for the window's page to load. */
export async function startApp(options: BootOptions = {}): Promise<StartedApp> {
  const booted = bootMain(options);
  const { electron } = booted;
  electron.ready();
  await until('the main window', () => electron.windows.length === 1 && electron.windows[0]?.visible === true);
  const window = electron.windows[0];
  if (!window) throw new Error('no window');
  return { ...booted, window, page: new FakePage(window), exited: () => exitOf(booted) };
}

export async function exitOf(booted: BootedMain): Promise<number> {
  await until('the app to end', () => booted.electron.state.exitCode !== null);
  return booted.electron.state.exitCode ?? -1;
}
