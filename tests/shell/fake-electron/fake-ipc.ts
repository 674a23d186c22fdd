import { EventEmitter } from 'node:events';
import type { Recorder, Shape } from './recorder';

type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1];

/** ipcMain: handlers by channel (registering one twice throws, as in Electron) and listeners. */
export class FakeIpcMain extends EventEmitter implements Shape<Electron.IpcMain> {
  private readonly handlers = new Map<string, InvokeHandler>();

  constructor(private readonly recorder: Recorder) {
    super();
  }

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.recorder.record('ipcMain.handle', channel);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /** ipcRenderer.invoke as Electron delivers it; a channel nobody handles rejects. */
  async invokeFrom(event: Electron.IpcMainInvokeEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  emitFrom(event: Electron.IpcMainEvent, channel: string, ...args: unknown[]): void {
    this.emit(channel, event, ...args);
  }
}
