import type { ApiResult } from '@shared/api/result';
import type { ApiRegistry } from '../api/registry';
import { isTrustedSender } from '../security/trusted-sender';

export interface ApiRequest {
  /** URL of the frame that sent the call; null when Electron no longer knows the frame. */
  frameUrl: string | null | undefined;
  method: unknown;
  input: unknown;
}

export interface ApiRequestContext {
  registry: Pick<ApiRegistry, 'dispatch'>;
  appEntryUrl: string;
}

/**
 * One API call arriving over IPC. The sender is checked before anything else, then the
 * registry validates method and input against the contract. Arguments are `unknown`: IPC
 * carries whatever a compromised page chooses to send.
 */
export async function handleApiRequest(request: ApiRequest, context: ApiRequestContext): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(request.frameUrl, context.appEntryUrl)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Only the Coachbook window may use the app API.' },
    };
  }
  if (typeof request.method !== 'string') {
    return { ok: false, error: { code: 'unknown_method', message: 'The app has no operation by that name.' } };
  }
  return context.registry.dispatch(request.method, request.input);
}
