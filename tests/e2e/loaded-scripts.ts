import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export interface LoadedScript {
  file: string;
  /** Size on disk, as Electron reads it (no compression over app:// or file://). */
  bytes: number;
}

/** The renderer's JavaScript files the page has fetched, optionally only those started by `untilMs`. */
export async function loadedScripts(page: Page, untilMs = Number.POSITIVE_INFINITY): Promise<LoadedScript[]> {
  const entries = (await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, startTime: entry.startTime })),
  )) as Array<{ url: string; startTime: number }>;
  return entries
    .filter((entry) => entry.startTime <= untilMs)
    .map((entry) => new URL(entry.url).pathname)
    .filter((path) => path.endsWith('.js'))
    .map((path) => ({ file: path.slice(1), bytes: statSync(join(RENDERER_DIR, path)).size }));
}

export const totalKb = (scripts: LoadedScript[]): number =>
  Math.round(scripts.reduce((sum, script) => sum + script.bytes, 0) / 1024);
