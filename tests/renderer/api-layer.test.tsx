import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { repFieldsSchema } from '@shared/reps/rep';
import { ApiCallError, callApi, setBridge } from '../../src/renderer/src/api/client';
import { createQueryClient } from '../../src/renderer/src/api/query-client';
import { useApiMutation, useApiQuery } from '../../src/renderer/src/api/queries';
import { zodFieldErrors } from '../../src/renderer/src/forms/zod-form-errors';
import { FakeBridge } from './fake-bridge';

describe('callApi', () => {
  test('resolves with the value of a successful call', async () => {
    setBridge(new FakeBridge({ reps: [{ name: 'Ana Silva', team: 'East' }] }));
    await expect(callApi('reps.teams', {})).resolves.toEqual(['East']);
  });

  test('rejects with an ApiCallError carrying code, message and field', async () => {
    setBridge(new FakeBridge());
    const error = await callApi('reps.create', { name: '', cadence: 'weekly' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Name is required', field: 'name' });
  });

  test('a bridge that throws becomes an ApiCallError, never a stack trace', async () => {
    const bridge = new FakeBridge();
    bridge.invoke = () => Promise.reject(new Error('IPC channel closed'));
    setBridge(bridge);
    await expect(callApi('app.status', {})).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('queries', () => {
  test('a mutation refetches the queries it invalidates', async () => {
    const bridge = new FakeBridge();
    setBridge(bridge);
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => ({
        teams: useApiQuery('reps.teams', {}),
        create: useApiMutation('reps.create', { invalidates: ['reps.*'] }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.teams.data).toEqual([]));

    await act(() => result.current.create.mutateAsync({ name: 'Ana Silva', team: 'East', cadence: 'weekly' }));
    await waitFor(() => expect(result.current.teams.data).toEqual(['East']));
    expect(client.getQueryCache().find({ queryKey: ['reps.teams', {}] })).toBeTruthy();
  });
});

describe('zodFieldErrors', () => {
  test('gives the first message per field, keyed by its path', () => {
    const parsed = repFieldsSchema.safeParse({ name: ' ', email: 'nope', startDate: '2026-02-30', cadence: 'daily' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(parsed.error)).toEqual({
      name: 'Name is required',
      email: 'Email must be a valid address, like ana@example.com',
      startDate: 'Start date is not a real calendar date',
      cadence: 'Cadence must be weekly, biweekly or monthly',
    });
  });
});
