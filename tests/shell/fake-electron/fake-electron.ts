import { EventEmitter } from 'node:events';
import type {
  CustomScheme,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogReturnValue,
  SaveDialogReturnValue,
} from 'electron';
import type * as ElectronModule from 'electron';
import { FakeIpcMain } from './fake-ipc';
import { FakeBrowserWindow, type WindowWorld } from './fake-windows';
import { preventableEvent, Recorder, type Shape } from './recorder';

export interface FakeElectronOptions {
  /** What app.getPath returns, by name ('userData', 'documents', …). */
  paths: Record<string, string>;
  /** app.getAppPath(): where the shell looks for build/electron-native. */
  appPath: string;
  /** False plays a second launch: another Coachbook holds the lock. */
  singleInstanceLock?: boolean;
  /** The button index every message box answers with. */
  messageBoxResponse?: number;
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** The handle a scenario holds: the module the shell requires, and what it recorded. */
export interface FakeElectron {
  /** What `require('electron')` gives out/main/index.js. */
  module: { app: FakeAppHandle } & Record<string, unknown>;
  recorder: Recorder;
  state: FakeElectronState;
  /** Open windows, oldest first. */
  windows: FakeBrowserWindow[];
  ipcMain: FakeIpcMain;
  /** Electron finished starting: `ready`, and whenReady() resolves. */
  ready(): void;
}

/** What scenarios do to the app themselves: quit (Cmd/Ctrl+Q) and OS events. */
export interface FakeAppHandle extends EventEmitter {
  quit(): void;
}

export interface FakeElectronState {
  quitting: boolean;
  /** Set once the process would have ended: by quit (0) or exit(code). */
  exitCode: number | null;
  applicationMenu: { template: MenuItemConstructorOptions[] } | null;
  privilegedSchemes: CustomScheme[];
  /** Whether registerSchemesAsPrivileged came before ready, as Electron requires. */
  schemesRegisteredBeforeReady: boolean;
  /** The last context menu shown. */
  lastPopup: { template: MenuItemConstructorOptions[] } | null;
}

/**
 * A recording stand-in for the `electron` module, enough to boot out/main/index.js in plain Node
 * over the real services. Each object is checked against electron.d.ts (`satisfies Partial<…>`,
 * `implements Partial<…>`), so a method the shell calls with the wrong shape fails the type check.
 * Lifecycle follows Electron's documented order: before-quit, every window's close (a prevented
 * one cancels the quit), will-quit (preventable), quit; window-all-closed only outside a quit.
 */
export function createFakeElectron(options: FakeElectronOptions): FakeElectron {
  const recorder = new Recorder();
  const ipcMain = new FakeIpcMain(recorder);
  const windows: FakeBrowserWindow[] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const paths = new Map(Object.entries(options.paths));
  let windowIds = 0;
  let isReady = false;
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const state: FakeElectronState = {
    quitting: false,
    exitCode: null,
    applicationMenu: null,
    privilegedSchemes: [],
    schemesRegisteredBeforeReady: false,
    lastPopup: null,
  };

  const finishQuit = (): void => {
    const willQuit = preventableEvent({});
    app.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    state.quitting = false;
    state.exitCode = 0;
    recorder.record('app quit');
    app.emit('quit', preventableEvent({}), 0);
  };

  const world: WindowWorld = {
    recorder,
    ipcMain,
    nextId: () => (windowIds += 1),
    async fetchFromProtocol(url) {
      const scheme = url.split(':')[0] ?? '';
      const handler = protocolHandlers.get(scheme);
      return handler ? handler(new Request(url)) : null;
    },
    windowClosed(window) {
      windows.splice(windows.indexOf(window), 1);
      if (windows.length > 0) return;
      if (state.quitting) finishQuit();
      else app.emit('window-all-closed', preventableEvent({}));
    },
    closeCancelled() {
      state.quitting = false;
    },
    webContentsCreated(contents) {
      app.emit('web-contents-created', preventableEvent({}), contents);
    },
  };

  class FakeApp extends EventEmitter implements Shape<Electron.App> {
    isPackaged = false;
    private appName = 'Electron';

    whenReady(): Promise<void> {
      return readyPromise;
    }

    isReady(): boolean {
      return isReady;
    }

    requestSingleInstanceLock(): boolean {
      recorder.record('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    }

    getPath(name: Parameters<Electron.App['getPath']>[0]): string {
      const path = paths.get(name);
      if (!path) throw new Error(`Failed to get '${name}' path`);
      return path;
    }

    setPath(name: string, path: string): void {
      if (isReady && name === 'userData') recorder.record('app.setPath after ready (too late for the profile)');
      recorder.record('app.setPath', name, path);
      paths.set(name, path);
    }

    getAppPath(): string {
      return options.appPath;
    }

    getVersion(): string {
      return '0.1.0';
    }

    getName(): string {
      return this.appName;
    }

    setName(name: string): void {
      recorder.record('app.setName', name);
      this.appName = name;
    }

    enableSandbox(): void {
      if (isReady) throw new Error('app.enableSandbox() can only be called before app is ready');
      recorder.record('app.enableSandbox');
    }

    setAppUserModelId(id: string): void {
      recorder.record('app.setAppUserModelId', id);
    }

    relaunch(relaunchOptions?: Electron.RelaunchOptions): void {
      recorder.record('app.relaunch', relaunchOptions);
    }

    focus(): void {
      recorder.record('app.focus');
    }

    /** As app.quit(): asynchronous in Electron, so a listener calling it again does not recurse. */
    quit(): void {
      recorder.record('app.quit');
      setImmediate(() => {
        if (state.exitCode !== null) return;
        const beforeQuit = preventableEvent({});
        app.emit('before-quit', beforeQuit);
        if (beforeQuit.defaultPrevented) return;
        state.quitting = true;
        if (windows.length === 0) return finishQuit();
        for (const window of [...windows]) window.close();
      });
    }

    exit(exitCode = 0): void {
      recorder.record('app.exit', exitCode);
      state.exitCode = exitCode;
    }
  }

  const app = new FakeApp();

  class FakeMenu implements Shape<Electron.Menu> {
    constructor(readonly template: MenuItemConstructorOptions[]) {}

    static buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
      return new FakeMenu(template);
    }

    static setApplicationMenu(menu: FakeMenu | null): void {
      recorder.record('Menu.setApplicationMenu', menu?.template);
      state.applicationMenu = menu;
    }

    popup(): void {
      recorder.record('menu.popup', this.template);
      state.lastPopup = this;
    }
  }

  class BrowserWindow extends FakeBrowserWindow {
    constructor(windowOptions?: Electron.BrowserWindowConstructorOptions) {
      if (!isReady) throw new Error('Cannot create BrowserWindow before app is ready');
      super(world, windowOptions);
      windows.push(this);
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return [...windows];
    }

    static getFocusedWindow(): FakeBrowserWindow | null {
      return windows.find((window) => window.focused) ?? null;
    }
  }

  class Notification extends EventEmitter implements Shape<Electron.Notification> {
    constructor(readonly notificationOptions?: Electron.NotificationConstructorOptions) {
      super();
    }

    static isSupported(): boolean {
      return true;
    }

    show(): void {
      recorder.record('notification.show', this.notificationOptions);
    }
  }

  const messageBox = (...args: unknown[]): MessageBoxReturnValue => {
    recorder.record('dialog.showMessageBox', args.find(isMessageBoxOptions));
    return { response: options.messageBoxResponse ?? 0, checkboxChecked: false };
  };

  const dialog = {
    showErrorBox(title: string, content: string) {
      recorder.record('dialog.showErrorBox', title, content);
    },
    async showMessageBox(...args: unknown[]) {
      return messageBox(...args);
    },
    async showOpenDialog(): Promise<OpenDialogReturnValue> {
      recorder.record('dialog.showOpenDialog');
      return { canceled: true, filePaths: [] };
    },
    async showSaveDialog(): Promise<SaveDialogReturnValue> {
      recorder.record('dialog.showSaveDialog');
      return { canceled: true, filePath: '' };
    },
  } satisfies Partial<Electron.Dialog>;

  const protocol = {
    registerSchemesAsPrivileged(schemes: CustomScheme[]) {
      recorder.record('protocol.registerSchemesAsPrivileged', schemes);
      state.privilegedSchemes.push(...schemes);
      state.schemesRegisteredBeforeReady = !isReady;
    },
    handle(scheme: string, handler: ProtocolHandler) {
      if (!isReady) throw new Error('protocol.handle may only be called after app is ready');
      recorder.record('protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  } satisfies Partial<Electron.Protocol>;

  const defaultSession = {
    setPermissionRequestHandler(handler: unknown) {
      recorder.record('session.setPermissionRequestHandler', typeof handler);
    },
    setPermissionCheckHandler(handler: unknown) {
      recorder.record('session.setPermissionCheckHandler', typeof handler);
    },
    setSpellCheckerEnabled(enable: boolean) {
      recorder.record('session.setSpellCheckerEnabled', enable);
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      recorder.record('session.setSpellCheckerDictionaryDownloadURL', url);
    },
    addWordToSpellCheckerDictionary(word: string) {
      recorder.record('session.addWordToSpellCheckerDictionary', word);
      return true;
    },
  } satisfies Partial<Electron.Session>;

  const shell = {
    async openExternal(url: string) {
      recorder.record('shell.openExternal', url);
    },
    showItemInFolder(fullPath: string) {
      recorder.record('shell.showItemInFolder', fullPath);
    },
  } satisfies Partial<Electron.Shell>;

  const nativeTheme = { shouldUseDarkColors: false } satisfies Partial<Electron.NativeTheme>;

  const screen = {
    getAllDisplays: () => [display],
    getPrimaryDisplay: () => display,
  } satisfies Partial<Electron.Screen>;

  const electronModule = {
    app,
    BrowserWindow,
    Menu: FakeMenu,
    Notification,
    dialog,
    ipcMain,
    protocol,
    session: { defaultSession },
    shell,
    nativeTheme,
    screen,
  } satisfies Partial<Record<keyof typeof ElectronModule, unknown>>;

  return {
    module: electronModule,
    recorder,
    state,
    windows,
    ipcMain,
    /** Electron finished starting: `ready`, and whenReady() resolves. */
    ready() {
      isReady = true;
      app.emit('ready', preventableEvent({}), {});
      resolveReady();
    },
  };
}

/** A single 1920×1080 screen; window-state tests replace it. */
const display: Electron.Display = {
  id: 1,
  label: 'Built-in',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 25, width: 1920, height: 1055 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1055 },
  scaleFactor: 1,
  rotation: 0,
  internal: true,
  monochrome: false,
  accelerometerSupport: 'unknown',
  colorDepth: 24,
  colorSpace: '',
  depthPerComponent: 8,
  displayFrequency: 60,
  touchSupport: 'unknown',
  detected: true,
  maximumCursorSize: { width: 0, height: 0 },
  nativeOrigin: { x: 0, y: 0 },
};

function isMessageBoxOptions(value: unknown): value is MessageBoxOptions {
  return typeof value === 'object' && value !== null && 'message' in value;
}
