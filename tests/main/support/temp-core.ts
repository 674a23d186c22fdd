import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headlessShell, startCore, type CoachbookCore, type StartCoreOptions } from '../../../src/main/app-core';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/result';

export interface TempCore {
  core: CoachbookCore;
  dataDir: string;
  /** Calls the API like the renderer does and returns the value, throwing on an error result. */
  call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>>;
  /** Calls the API and returns the error it must answer with. */
  callError<K extends ApiMethod>(method: K, input: unknown): Promise<ApiError>;
  dispose(): Promise<void>;
}

/** A real Coachbook core on a fresh SQLite file in a temp folder (never the user's data). */
export async function startTempCore(
  dataDir?: string,
  overrides: Partial<Omit<StartCoreOptions, 'dataDir'>> = {},
): Promise<TempCore> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'coachbook-test-')));
  const core = await startCore({ dataDir: dir, shell: headlessShell, log: () => {}, ...overrides });
  return {
    core,
    dataDir: dir,
    async call(method, input) {
      const result = await core.registry.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as ApiOutput<typeof method>;
    },
    async callError(method, input) {
      const result = await core.registry.dispatch(method, input);
      if (result.ok) throw new Error(`${method} was expected to fail but succeeded`);
      return result.error;
    },
    async dispose() {
      await core.close();
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
