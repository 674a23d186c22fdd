import type { ApiError, ApiErrorCode } from '@shared/api/result';

/** A failed API call as the UI sees it: the contract's error code, a message written for the manager, and the field at fault. */
export class ApiCallError extends Error implements ApiError {
  readonly code: ApiErrorCode;
  readonly field?: string;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    if (error.field) this.field = error.field;
  }
}

export const isApiCallError = (error: unknown): error is ApiCallError => error instanceof ApiCallError;
