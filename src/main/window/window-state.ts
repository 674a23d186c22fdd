import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rectangle } from 'electron';

/** Size, position and maximised state of the main window, kept between runs. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** Enough of the title bar on a screen to grab it with the mouse. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

export type WindowPlacement = { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean };

/**
 * Where the window opens: where it was, unless no screen shows enough of it any more (the
 * monitor it was on is unplugged, a laptop left the dock), then centred on the first screen,
 * never larger than that screen's work area.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  if (!saved) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false };
  const home = workAreas.find((area) => visiblePart(saved.bounds, area)) ?? null;
  const area = home ?? workAreas[0];
  if (!area) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: saved.maximized };
  const width = clamp(saved.bounds.width, MIN_WINDOW_SIZE.width, area.width);
  const height = clamp(saved.bounds.height, MIN_WINDOW_SIZE.height, area.height);
  if (home) return { bounds: { x: saved.bounds.x, y: saved.bounds.y, width, height }, maximized: saved.maximized };
  const x = area.x + Math.round((area.width - width) / 2);
  const y = area.y + Math.round((area.height - height) / 2);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

function visiblePart(bounds: Rectangle, area: Rectangle): boolean {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height && bounds.y >= area.y - MIN_VISIBLE.height / 2;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(Math.min(value, max), Math.min(min, max));
}

/** The saved state, or null for a missing, unreadable or hand-edited file. */
export function readWindowState(file: string): WindowState | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isWindowState(value) ? value : null;
  } catch {
    return null;
  }
}

/** Written beside and renamed, so a crash mid-write leaves the previous state. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null || !('bounds' in value) || !('maximized' in value)) return false;
  const { bounds, maximized } = value;
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return false;
  return ['x', 'y', 'width', 'height'].every((key) => {
    const number: unknown = Reflect.get(bounds, key);
    return typeof number === 'number' && Number.isFinite(number);
  });
}
