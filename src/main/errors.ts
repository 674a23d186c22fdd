import type { ApiErrorCode } from '@shared/api/result';

/** An expected failure a service reports to the user (unknown id, stale write, …). */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ApiErrorCode, 'internal' | 'unknown_method'>,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: number): DomainError =>
  new DomainError('not_found', `No ${what} with id ${id} exists. It may have been deleted; reload and try again.`);
