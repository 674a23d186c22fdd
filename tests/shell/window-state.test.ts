import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { track } from './scenario';
import { startApp } from './start-app';

const stateFile = (dataDir: string) => join(dataDir, 'window-state.json');

describe('the window opens where the manager left it', () => {
  it('saves size, position and maximised state on close, and the next start opens the window that way', async () => {
    const first = track(await startApp({ platform: 'linux' }));
    first.window.setBounds({ x: 200, y: 150, width: 1400, height: 900 });
    first.window.maximize();
    first.window.close();
    await expect(first.exited()).resolves.toBe(0);
    const saved = readFileSync(stateFile(first.dataDir), 'utf8');
    expect(JSON.parse(saved)).toEqual({ bounds: { x: 200, y: 150, width: 1400, height: 900 }, maximized: true });

    const second = track(
      await startApp({ platform: 'linux', prepareDataDir: (dir) => writeFileSync(stateFile(dir), saved) }),
    );
    expect(second.window.options).toMatchObject({ x: 200, y: 150, width: 1400, height: 900 });
    expect(second.window.isMaximized()).toBe(true);
  });

  it('comes back onto the screen when the monitor it was on is gone, and opens at the default size without a saved state', async () => {
    const offScreen = JSON.stringify({ bounds: { x: 4000, y: 200, width: 1400, height: 900 }, maximized: false });
    const app = track(await startApp({ prepareDataDir: (dir) => writeFileSync(stateFile(dir), offScreen) }));
    const { x = -1, y = -1 } = app.window.options;
    // The fake's one screen: work area 1920 × 1055 from (0, 25).
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + 1400).toBeLessThanOrEqual(1920);
    expect(y).toBeGreaterThanOrEqual(25);

    const fresh = track(await startApp());
    expect(existsSync(stateFile(fresh.dataDir))).toBe(false);
    expect(fresh.window.options).toMatchObject({ width: 1280, height: 820 });
    expect(fresh.window.isMaximized()).toBe(false);
  });
});
