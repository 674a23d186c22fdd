import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFailureReason } from '../../../scripts/fetch-electron-reason.mjs';

const fetchScript = resolve(import.meta.dirname, '../../../scripts/fetch-electron.mjs');
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs scripts/fetch-electron.mjs on a stand-in for node_modules/electron/install.js. */
function fetchWith(installer: string) {
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-fetch-'));
  folders.push(folder);
  const install = join(folder, 'install.js');
  writeFileSync(install, installer);
  return spawnSync(process.execPath, [fetchScript, install], { encoding: 'utf8' });
}

describe('fetch-electron', () => {
  it('says in one sentence that the runtime could not be downloaded, and why, instead of a stack trace', () => {
    // What install.js does offline: console.error(err.stack); process.exit(1).
    const run = fetchWith(
      "const e = new Error('getaddrinfo ENOTFOUND github.com'); console.error(e.stack); process.exit(1);",
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      "Coachbook can't start: the Electron runtime (about 100 MB, needed once) could not be downloaded (no network connection: ENOTFOUND); connect to the internet and run npm start again.",
    ]);
    expect(run.stdout).toContain('Downloading the Electron runtime');
  });

  it('reports an installer that cannot even load', () => {
    const run = fetchWith("throw new Error('Cannot find module @electron/get');");
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Cannot find module @electron/get');
  });

  it('lets a successful download through with its own output', () => {
    const run = fetchWith("console.log('extracted');");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('extracted');
    expect(run.stderr).toBe('');
  });
});

describe('downloadFailureReason', () => {
  it.each([
    ['TypeError: fetch failed\n    at node:internal/deps/undici', 'no network connection'],
    ['Error: connect ETIMEDOUT 1.2.3.4:443', 'no network connection: ETIMEDOUT'],
    ['Error: ENOSPC: no space left on device', 'the disk is full'],
    ['HTTPError: Response code 404 (Not Found)\n at x', 'Response code 404 (Not Found)'],
    ['', null],
  ])('%j → %j', (printed, reason) => {
    expect(downloadFailureReason(printed)).toBe(reason);
  });
});
