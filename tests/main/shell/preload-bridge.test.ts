import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, CORE_EVENT_CHANNEL, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '@shared/api/channels';
import { createBridge, type BridgeIpc } from '../../../src/preload/create-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Listener[]>();
  const sent: unknown[][] = [];
  const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: [] }));
  const ipc = {
    invoke,
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipc;
    },
    send: (...args: unknown[]) => void sent.push(args),
  };
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((listener) => listener({ sender: 'ipcRenderer' }, ...args));
  return { ipc: ipc as unknown as BridgeIpc, invoke, listeners, sent, emit };
}

const settle = () => new Promise((resolveTick) => setTimeout(resolveTick, 0));

describe('createBridge', () => {
  it('exposes exactly invoke, onEvent and onFlushRequest', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['invoke', 'onEvent', 'onFlushRequest']);
  });

  it('hands core events to each subscriber without the IPC event, until it unsubscribes', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const heard: unknown[][] = [];
    const stop = bridge.onEvent((...args) => heard.push(args));
    const event = { type: 'job.progress', jobId: 'j1', method: 'exports.json', done: 1, total: 4, label: 'Writing' };
    emit(CORE_EVENT_CHANNEL, event);
    stop();
    emit(CORE_EVENT_CHANNEL, event);
    expect(heard).toEqual([[event]]);
  });

  it('invokes the API channel with method and input', async () => {
    const { ipc, invoke } = fakeIpc();
    await expect(createBridge(ipc).invoke('reps.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(invoke).toHaveBeenCalledWith(API_CHANNEL, 'reps.list', {});
  });

  it('answers a flush request with its token after the listeners finished', async () => {
    const { ipc, sent, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    let finish: () => void = () => {};
    const listener = vi.fn(() => new Promise<void>((done) => (finish = done)));
    bridge.onFlushRequest(listener);

    emit(FLUSH_REQUEST_CHANNEL, 'token-1');
    await settle();
    expect(listener).toHaveBeenCalledWith();
    expect(sent).toEqual([]);

    finish();
    await settle();
    expect(sent).toEqual([[FLUSH_DONE_CHANNEL, 'token-1']]);
  });

  it('waits for every listener and still answers when one fails', async () => {
    const { ipc, sent, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const order: string[] = [];
    bridge.onFlushRequest(async () => {
      throw new Error('disk full');
    });
    bridge.onFlushRequest(() => {
      throw new Error('sync failure');
    });
    bridge.onFlushRequest(async () => {
      await settle();
      order.push('slow');
    });
    emit(FLUSH_REQUEST_CHANNEL, 'token-2');
    await settle();
    await settle();
    expect(order).toEqual(['slow']);
    expect(sent).toEqual([[FLUSH_DONE_CHANNEL, 'token-2']]);
  });

  it('answers at once when nobody listens, so closing never waits out the timeout', async () => {
    const { ipc, sent, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const stop = bridge.onFlushRequest(async () => {});
    stop();
    emit(FLUSH_REQUEST_CHANNEL, 'token-3');
    await settle();
    expect(sent).toEqual([[FLUSH_DONE_CHANNEL, 'token-3']]);
  });

  it('stops calling a listener after unsubscribe', async () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const listener = vi.fn(async () => {});
    const stop = bridge.onFlushRequest(listener);
    stop();
    stop();
    emit(FLUSH_REQUEST_CHANNEL, 'token-4');
    await settle();
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores malformed flush requests', async () => {
    const { ipc, sent, emit } = fakeIpc();
    createBridge(ipc);
    emit(FLUSH_REQUEST_CHANNEL, { token: 'x' });
    emit(FLUSH_REQUEST_CHANNEL);
    await settle();
    expect(sent).toEqual([]);
  });

  it('listens once per IPC channel, whatever the number of subscribers', () => {
    const { ipc, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    bridge.onFlushRequest(async () => {});
    bridge.onFlushRequest(async () => {});
    bridge.onEvent(() => {});
    bridge.onEvent(() => {});
    expect([...listeners.keys()].sort()).toEqual([CORE_EVENT_CHANNEL, FLUSH_REQUEST_CHANNEL].sort());
    expect(listeners.get(FLUSH_REQUEST_CHANNEL)).toHaveLength(1);
    expect(listeners.get(CORE_EVENT_CHANNEL)).toHaveLength(1);
  });
});

describe('preload sources', () => {
  const preloadDir = resolve(import.meta.dirname, '../../../src/preload');
  const sources = readdirSync(preloadDir).map((file) => readFileSync(join(preloadDir, file), 'utf8'));
  const imports = sources.flatMap((source) => [...source.matchAll(/^import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gm)]);

  it('import only electron, shared code and each other at run time (the preload is sandboxed)', () => {
    const runtime = imports.filter((match) => !match[1]).map((match) => match[2] ?? '');
    expect(runtime.length).toBeGreaterThan(0);
    for (const specifier of runtime) {
      expect(specifier === 'electron' || specifier.startsWith('./') || specifier.startsWith('@shared/')).toBe(true);
    }
  });

  it('expose exactly one object and never ipcRenderer itself', () => {
    const all = sources.join('\n');
    expect(all.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(all).toMatch(/exposeInMainWorld\('coachbook', createBridge\(ipcRenderer\)\)/);
  });
});
