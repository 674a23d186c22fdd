import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiRegistry } from '../../../src/main/api/registry';
import { updatesHandlers } from '../../../src/main/api/handlers/updates-handlers';
import { createUpdatePreferenceFile } from '../../../src/main/updates/update-preference-file';
import { createUnavailableUpdates, createUpdateService, type Updater } from '../../../src/main/updates/update-service';

let dir: string;
let feedCalls: string[];
let feed: () => Promise<string | null>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coachbook-updates-'));
  feedCalls = [];
  feed = async () => null;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const updater: Updater = {
  latestVersion: () => (feedCalls.push('check'), feed()),
  downloadAndRestart: async () => void feedCalls.push('download-and-restart'),
};
const preferenceFile = () => join(dir, 'update-checks.json');
const service = () =>
  createUpdateService({
    updater,
    unavailableReason: '',
    preference: createUpdatePreferenceFile(preferenceFile()),
    currentVersion: '0.1.0',
    clock: { now: () => new Date('2026-01-05T09:30:00.000Z') },
    log: () => undefined,
  });

describe('update checks', () => {
  it('are off in a fresh install, and nothing reaches the feed while they are off', async () => {
    const updates = service();
    expect(updates.status()).toEqual({
      currentVersion: '0.1.0',
      checksEnabled: false,
      unavailableReason: null,
      lastCheck: null,
    });
    await updates.checkAtStart();
    await expect(updates.check()).rejects.toThrow(/Update checks are off/);
    expect(feedCalls).toEqual([]);
  });

  it('stay on once turned on, across restarts of the app', async () => {
    await service().setChecksEnabled(true);
    expect(JSON.parse(readFileSync(preferenceFile(), 'utf8'))).toEqual({ checkForUpdates: true });
    const afterRestart = service();
    expect(afterRestart.status().checksEnabled).toBe(true);
    await afterRestart.checkAtStart();
    expect(feedCalls).toEqual(['check']);
  });

  it('count a damaged preference file as off', () => {
    writeFileSync(preferenceFile(), '{ not json');
    expect(service().status().checksEnabled).toBe(false);
  });

  it('report a newer version without downloading it', async () => {
    feed = async () => '0.2.0';
    const updates = service();
    await updates.setChecksEnabled(true);
    expect((await updates.check()).lastCheck).toEqual({
      outcome: 'available',
      version: '0.2.0',
      checkedAt: '2026-01-05T09:30:00.000Z',
    });
    expect(feedCalls).toEqual(['check']);
  });

  it('report that the running version is the newest', async () => {
    const updates = service();
    await updates.setChecksEnabled(true);
    expect((await updates.check()).lastCheck).toEqual({ outcome: 'up-to-date', checkedAt: '2026-01-05T09:30:00.000Z' });
  });

  it('report a feed that cannot be reached in words, not as a crash', async () => {
    feed = async () => {
      throw new Error('net::ERR_NAME_NOT_RESOLVED\n    at stack');
    };
    const updates = service();
    await updates.setChecksEnabled(true);
    expect((await updates.check()).lastCheck).toEqual({
      outcome: 'failed',
      checkedAt: '2026-01-05T09:30:00.000Z',
      message: 'Coachbook could not reach the update feed (net::ERR_NAME_NOT_RESOLVED).',
    });
  });

  it('install only a version a check found, and only when asked', async () => {
    const updates = service();
    await updates.setChecksEnabled(true);
    await expect(updates.install()).rejects.toThrow(/no newer version to install/);
    feed = async () => '0.2.0';
    await updates.check();
    expect(feedCalls).toEqual(['check']);
    await updates.install();
    expect(feedCalls).toEqual(['check', 'download-and-restart']);
  });
});

describe('a copy that cannot check', () => {
  it('says why and refuses every call that would need the feed', async () => {
    const updates = createUnavailableUpdates('This build of Coachbook has no update feed configured.', '0.1.0');
    expect(updates.status().unavailableReason).toBe('This build of Coachbook has no update feed configured.');
    await expect(updates.setChecksEnabled(true)).rejects.toThrow(/no update feed/);
    await expect(updates.check()).rejects.toThrow(/no update feed/);
    await expect(updates.install()).rejects.toThrow(/no update feed/);
  });
});

describe('updates API', () => {
  it('refuses a switch value that is not true or false, and changes nothing', async () => {
    const registry = new ApiRegistry({ log: () => undefined });
    registry.registerAll(updatesHandlers(service()));
    expect(await registry.dispatch('updates.setChecksEnabled', { enabled: 'yes' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Update checks must be on (true) or off (false)', field: 'enabled' },
    });
    expect(service().status().checksEnabled).toBe(false);
  });
});
