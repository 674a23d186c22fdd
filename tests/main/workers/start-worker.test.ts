import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../../src/main/workers/start-worker';

describe('worker threads', () => {
  let worker: Worker | undefined;
  afterEach(async () => {
    await worker?.terminate();
  });

  it('start from source, load the SQLite driver in their own thread and answer', async () => {
    worker = startWorker('probe-worker', {});
    const [message] = (await once(worker, 'message')) as [{ sqliteVersion: string }];
    expect(message.sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
  });

  it('report a driver that will not load as an error of the worker', async () => {
    worker = startWorker('probe-worker', { nativeBinding: '/nowhere/better_sqlite3.node' });
    const [error] = (await once(worker, 'error')) as [Error];
    expect(error.message).toContain('/nowhere/better_sqlite3.node');
  });
});
