import { afterEach, beforeEach } from 'vitest';
import type { StartCoreOptions } from '../../../src/main/app-core';
import { startTempCore, type TempCore } from './temp-core';

/**
 * A fresh core on a fresh file for every test in the file that calls this (at its top, before
 * hooks that use the core), disposed after each test. The object it returns always answers for
 * the current test's core. `options` runs once a test, so a fixed clock starts afresh each time.
 */
export function tempCoreEachTest(options: () => Partial<Omit<StartCoreOptions, 'dataDir'>> = () => ({})): TempCore {
  let current: TempCore | null = null;
  beforeEach(async () => {
    current = await startTempCore(undefined, options());
  });
  afterEach(async () => {
    await current?.dispose();
    current = null;
  });
  const app = (): TempCore => {
    if (!current) throw new Error('the core starts before each test; use it inside a test or a hook');
    return current;
  };
  return {
    get core() {
      return app().core;
    },
    get dataDir() {
      return app().dataDir;
    },
    call: (method, input) => app().call(method, input),
    callError: (method, input) => app().callError(method, input),
    dispose: () => app().dispose(),
  };
}
