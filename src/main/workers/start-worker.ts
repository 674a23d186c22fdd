import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Each worker thread has its own entry file beside this one (`<name>.ts`), built by electron-vite
 * into out/main/<name>.js. Keep this list and the `main` inputs in electron.vite.config.ts in step.
 */
export const WORKER_ENTRIES = ['probe-worker'] as const;
export type WorkerEntry = (typeof WORKER_ENTRIES)[number];

/**
 * Starts one of Coachbook's worker threads. The app, the tests, the benches and the end-to-end rig
 * all start workers here, so the thread that ships is the one that is tested.
 *
 * Built, main and the worker entries sit side by side in out/main (inside app.asar once packaged;
 * Electron ≥ 17.3 lets worker threads load from there). Run from source this file is TypeScript,
 * and the entry is compiled by tsx through `run-from-source.cjs`.
 */
export function startWorker(entry: WorkerEntry, workerData: unknown): Worker {
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, `${entry}.js`), { workerData });
  const tsconfig = resolve(__dirname, '../../../tsconfig.node.json');
  if (!existsSync(tsconfig)) throw new Error(`The worker's tsconfig is missing: ${tsconfig}`);
  return new Worker(join(__dirname, 'run-from-source.cjs'), {
    workerData: { ...(workerData as object), entry: join(__dirname, `${entry}.ts`), tsconfig },
  });
}
