import { describe, expect, it, vi } from 'vitest';
import { ApiRegistry } from '../../../src/main/api/registry';
import { DomainError } from '../../../src/main/errors';
import type { Rep } from '@shared/reps/rep';

const sampleRep: Rep = {
  id: 1,
  name: 'Ana Ruiz',
  email: null,
  title: null,
  team: null,
  territory: null,
  startDate: null,
  cadence: 'weekly',
  status: 'active',
  defaultTemplateId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const quietRegistry = () => new ApiRegistry({ log: () => {} });

describe('ApiRegistry', () => {
  it('refuses to register a method twice', () => {
    const registry = quietRegistry();
    registry.register('reps.get', () => sampleRep);
    expect(() => registry.register('reps.get', () => sampleRep)).toThrow(/already registered/);
  });

  it('answers unknown_method for a name outside the contract', async () => {
    const result = await quietRegistry().dispatch('db.run', { sql: 'DROP TABLE reps' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_method' }) });
  });

  it('rejects invalid input naming the field, without calling the handler', async () => {
    const registry = quietRegistry();
    const create = vi.fn(() => sampleRep);
    registry.register('reps.create', create);
    const result = await registry.dispatch('reps.create', { name: 'Ana', cadence: 'weekly', email: 'not-an-email' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_input', field: 'email' }) });
    expect(create).not.toHaveBeenCalled();
  });

  it('passes the parsed, trimmed input to the handler', async () => {
    const registry = quietRegistry();
    const create = vi.fn(() => sampleRep);
    registry.register('reps.create', create);
    await registry.dispatch('reps.create', { name: '  Ana Ruiz  ', cadence: 'monthly', email: '' });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ name: 'Ana Ruiz', email: null, cadence: 'monthly' }));
  });

  it('turns a DomainError into its code and message', async () => {
    const registry = quietRegistry();
    registry.register('reps.get', () => {
      throw new DomainError('not_found', 'No rep with id 9 exists.');
    });
    const result = await registry.dispatch('reps.get', { id: 9 });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'No rep with id 9 exists.' } });
  });

  it('hides unexpected exceptions behind an internal error and logs them', async () => {
    const log = vi.fn();
    const registry = new ApiRegistry({ log });
    registry.register('reps.get', () => {
      throw new Error('SQLITE_BUSY: secret detail');
    });
    const result = await registry.dispatch('reps.get', { id: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('SQLITE_BUSY');
    }
    expect(log).toHaveBeenCalled();
  });

  it('answers unavailable for a contract method nothing serves, and lists it as missing', async () => {
    const registry = quietRegistry();
    const result = await registry.dispatch('reps.list', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unavailable' }) });
    expect(registry.missingMethods()).toContain('reps.list');
  });
});
