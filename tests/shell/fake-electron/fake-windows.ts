import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, IpcMainEvent, IpcMainInvokeEvent, Rectangle } from 'electron';
import type { FakeIpcMain } from './fake-ipc';
import { preventableEvent, type Recorder, type Shape } from './recorder';

/** What a window needs from the rest of the fake: the app's quit bookkeeping and the protocol. */
export interface WindowWorld {
  recorder: Recorder;
  ipcMain: FakeIpcMain;
  /** Serves an `app://` URL through the handler the shell registered, as Chromium would. */
  fetchFromProtocol(url: string): Promise<Response | null>;
  windowClosed(window: FakeBrowserWindow): void;
  /** Called when a window's 'close' was prevented: Electron then cancels a quit in progress. */
  closeCancelled(): void;
  /** Electron emits app 'web-contents-created' for every new web contents. */
  webContentsCreated(contents: FakeWebContents): void;
  nextId(): number;
}

type RendererListener = (event: { sender: unknown }, ...args: unknown[]) => void;

/**
 * The page side of a window: what the sandboxed preload's ipcRenderer does, wired to the fake
 * ipcMain with the sender and frame Electron would report. `frameUrl` is what Chromium says the
 * page is; a scenario changes it to play a foreign page.
 */
export class FakeRendererIpc {
  private readonly listeners = new Map<string, Set<RendererListener>>();

  constructor(private readonly contents: FakeWebContents) {}

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return this.contents.world.ipcMain.invokeFrom(this.mainEvent(), channel, ...args);
  }

  send(channel: string, ...args: unknown[]): void {
    this.contents.world.ipcMain.emitFrom(this.mainEvent(), channel, ...args);
  }

  on(channel: string, listener: RendererListener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  deliver(channel: string, args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender: this }, ...args);
  }

  private mainEvent(): IpcMainInvokeEvent & IpcMainEvent {
    const event: Pick<IpcMainInvokeEvent & IpcMainEvent, 'sender' | 'senderFrame'> = {
      sender: this.contents.asElectron(),
      senderFrame: this.contents.frameUrl === null ? null : this.contents.frame(),
    };
    // Only the fields the shell reads; the rest of Electron's event has no meaning here.
    return event as IpcMainInvokeEvent & IpcMainEvent;
  }
}

export class FakeWebContents extends EventEmitter implements Shape<Electron.WebContents> {
  readonly id: number;
  frameUrl: string | null = null;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly renderer = new FakeRendererIpc(this);
  /** Status of the last page the protocol served, null for a URL it did not serve. */
  lastLoadStatus: number | null = null;
  private destroyed = false;
  private crashed = false;
  private windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;

  constructor(readonly world: WindowWorld) {
    super();
    this.id = world.nextId();
  }

  /** The shell compares `event.sender` with the window's own webContents by identity. */
  asElectron(): Electron.WebContents {
    return this as unknown as Electron.WebContents;
  }

  frame(): Electron.WebFrameMain {
    return { url: this.frameUrl ?? '' } as Electron.WebFrameMain;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
    this.world.recorder.record('webContents.send', channel, ...args);
    this.renderer.deliver(channel, args);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isCrashed(): boolean {
    return this.crashed;
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }

  /** What window.open(url) in the page would get. */
  openWindow(url: string): Electron.WindowOpenHandlerResponse | null {
    const details: Electron.HandlerDetails = {
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: this.frameUrl ?? '', policy: 'strict-origin-when-cross-origin' },
    };
    return this.windowOpenHandler?.(details) ?? null;
  }

  async loadURL(url: string): Promise<void> {
    this.world.recorder.record('webContents.loadURL', url);
    const response = await this.world.fetchFromProtocol(url);
    this.lastLoadStatus = response?.status ?? null;
    this.frameUrl = url;
    this.crashed = false;
    this.emit('did-finish-load');
  }

  reload(): void {
    this.world.recorder.record('webContents.reload');
    this.crashed = false;
    // The page unloads and loads again: a fresh page registers its listeners anew.
    this.emit('did-finish-load');
  }

  replaceMisspelling(text: string): void {
    this.world.recorder.record('webContents.replaceMisspelling', text);
  }

  forcefullyCrashRenderer(): void {
    this.world.recorder.record('webContents.forcefullyCrashRenderer');
    this.crash('killed');
  }

  /** The renderer process dies (a scenario plays a crash). */
  crash(reason: 'crashed' | 'killed' | 'oom'): void {
    this.crashed = true;
    this.emit('render-process-gone', preventableEvent({}), { reason, exitCode: 139 });
  }

  destroy(): void {
    this.destroyed = true;
  }
}

/** The subset of BrowserWindow the shell uses, checked against Electron's own declaration. */
export class FakeBrowserWindow extends EventEmitter implements Shape<Omit<Electron.BrowserWindow, 'webContents'>> {
  readonly id: number;
  readonly webContents: FakeWebContents;
  readonly options: BrowserWindowConstructorOptions;
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  bounds: Rectangle;
  private destroyed = false;

  constructor(
    private readonly world: WindowWorld,
    options: BrowserWindowConstructorOptions = {},
  ) {
    super();
    this.id = world.nextId();
    this.options = options;
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.webContents = new FakeWebContents(world);
    world.webContentsCreated(this.webContents);
    world.recorder.record('new BrowserWindow', options);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url).then(() => {
      this.emit('ready-to-show');
    });
  }

  show(): void {
    this.visible = true;
    this.world.recorder.record('window.show', this.id);
  }

  focus(): void {
    this.focused = true;
    this.world.recorder.record('window.focus', this.id);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
    this.world.recorder.record('window.restore', this.id);
  }

  minimize(): void {
    this.minimized = true;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }

  getTitle(): string {
    return this.options.title ?? '';
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** As Electron: 'close' may be prevented; otherwise the window goes and 'closed' follows. */
  close(): void {
    if (this.destroyed) return;
    const event = preventableEvent({});
    this.emit('close', event);
    if (event.defaultPrevented) {
      this.world.recorder.record('window.close prevented', this.id);
      this.world.closeCancelled();
      return;
    }
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.world.recorder.record('window.closed', this.id);
    this.emit('closed');
    this.world.windowClosed(this);
  }
}
