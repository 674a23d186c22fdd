import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  placeWindow,
  readWindowState,
  writeWindowState,
} from '../../../src/main/window/window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };
const folder = mkdtempSync(join(tmpdir(), 'coachbook-window-state-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('placeWindow', () => {
  it('opens at the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ bounds: DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('opens where it was, maximised if it was', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('comes back onto a screen when the monitor it was on is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.bounds).toEqual({ x: 20, y: 25, width: 1400, height: 875 });
  });

  it('does not leave the title bar above the top of the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds.y).toBeGreaterThanOrEqual(laptop.y);
  });
});

describe('window state file', () => {
  it('round-trips, and a damaged file means the defaults', () => {
    const file = join(folder, 'window-state.json');
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds": {"x": "left"}, "maximized": 1}');
    expect(readWindowState(file)).toBeNull();
    expect(readWindowState(join(folder, 'missing.json'))).toBeNull();
  });
});
