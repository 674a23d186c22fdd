import type { z } from 'zod';
import { apiContract, isApiMethod, type ApiMethod, type ApiOutput, type ApiParsedInput } from '@shared/api/contract';
import type { ApiError, ApiResult } from '@shared/api/result';
import { DomainError } from '../errors';

export type ApiHandler<K extends ApiMethod> = (input: ApiParsedInput<K>) => ApiOutput<K> | Promise<ApiOutput<K>>;
export type ApiHandlers<K extends ApiMethod = ApiMethod> = { [M in K]: ApiHandler<M> };

/** Calls slower than this are logged, as Signal does for slow queries. */
const SLOW_CALL_MS = 100;

export interface ApiRegistryOptions {
  log?: (message: string, detail?: unknown) => void;
}

/**
 * Owns the method → handler table. Every input passes its contract schema before any handler
 * runs, so services only ever see valid, normalised input.
 */
export class ApiRegistry {
  private readonly handlers = new Map<ApiMethod, (input: unknown) => unknown>();
  private readonly log: (message: string, detail?: unknown) => void;

  constructor(options: ApiRegistryOptions = {}) {
    this.log = options.log ?? ((message, detail) => console.warn(`[api] ${message}`, detail ?? ''));
  }

  register<K extends ApiMethod>(method: K, handler: ApiHandler<K>): void {
    if (this.handlers.has(method)) throw new Error(`API method "${method}" is already registered`);
    this.handlers.set(method, handler as (input: unknown) => unknown);
  }

  registerAll<K extends ApiMethod>(handlers: ApiHandlers<K>): void {
    for (const method of Object.keys(handlers) as K[]) this.register(method, handlers[method]);
  }

  /**
   * Forgets every handler. Only the core calls this, when it swaps the database under a running
   * app (restore): calls arriving mid-swap answer `unavailable`, then the new services register.
   */
  reset(): void {
    this.handlers.clear();
  }

  /** Methods of the contract that nothing serves yet (a wiring mistake, checked by tests). */
  missingMethods(): ApiMethod[] {
    return (Object.keys(apiContract) as ApiMethod[]).filter((method) => !this.handlers.has(method));
  }

  async dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    if (!isApiMethod(method)) {
      return fail({ code: 'unknown_method', message: `The app has no operation called "${String(method)}".` });
    }
    const handler = this.handlers.get(method);
    if (!handler) {
      return fail({ code: 'unavailable', message: 'This operation is not available right now.' });
    }
    const schema: z.ZodType = apiContract[method].input;
    const parsed = schema.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(invalidInput(parsed.error));

    const started = performance.now();
    try {
      const value = await handler(parsed.data);
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_CALL_MS) this.log(`slow call ${method} took ${elapsed.toFixed(0)} ms`);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) {
        return fail({ code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) });
      }
      this.log(`${method} failed`, error);
      return fail({
        code: 'internal',
        message:
          'Something went wrong while saving or loading. Your data is unchanged; try again, and restart Coachbook if it keeps happening.',
      });
    }
  }
}

const fail = (error: ApiError): ApiResult<never> => ({ ok: false, error });

function invalidInput(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return {
    code: 'invalid_input',
    message: issue?.message ?? 'The input is not valid.',
    ...(field ? { field } : {}),
  };
}
