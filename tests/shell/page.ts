import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { CoachbookBridge } from '@shared/api/bridge';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';
import type { FakeBrowserWindow } from './fake-electron/fake-windows';

const root = resolve(import.meta.dirname, '../..');
const BUILT_PRELOAD = join(root, 'out', 'preload', 'index.js');
const requireNative = createRequire(import.meta.url);

interface ModuleInternals {
  _cache: Record<string, { exports: unknown; loaded: boolean } | undefined>;
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
}
const loader: ModuleInternals = Module as unknown as ModuleInternals;

/**
 * The page in a window: the built out/preload/index.js runs against the window's fake
 * ipcRenderer, and what it exposes with contextBridge is the page's `window.coachbook`. Every
 * load and reload runs the preload again, as Chromium does.
 */
export class FakePage {
  bridge: CoachbookBridge | null = null;
  loads = 0;
  private readonly onLoad: Array<(bridge: CoachbookBridge) => void> = [];

  constructor(readonly window: FakeBrowserWindow) {
    window.webContents.on('did-finish-load', () => this.runPreload());
    if (window.webContents.frameUrl !== null) this.runPreload();
  }

  /** Runs `setup` on the page now (if loaded) and after every reload. */
  onEveryLoad(setup: (bridge: CoachbookBridge) => void): void {
    this.onLoad.push(setup);
    if (this.bridge) setup(this.bridge);
  }

  async call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
    if (!this.bridge) throw new Error('the page has not loaded');
    const result = await this.bridge.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  private runPreload(): void {
    let exposed: unknown = null;
    const rendererElectron = {
      contextBridge: { exposeInMainWorld: (_name: string, api: unknown) => (exposed = api) },
      ipcRenderer: this.window.webContents.renderer,
    };
    const realResolve = loader._resolveFilename;
    const id = `${BUILT_PRELOAD}#electron`;
    loader._resolveFilename = function resolveForPreload(request, parent, ...rest) {
      return request === 'electron' ? id : realResolve.call(this, request, parent, ...rest);
    };
    loader._cache[id] = { exports: rendererElectron, loaded: true };
    try {
      delete loader._cache[BUILT_PRELOAD];
      requireNative(BUILT_PRELOAD);
    } finally {
      loader._resolveFilename = realResolve;
      delete loader._cache[id];
      delete loader._cache[BUILT_PRELOAD];
    }
    if (!isBridge(exposed)) throw new Error('the preload exposed no coachbook bridge');
    this.bridge = exposed;
    this.loads += 1;
    for (const setup of this.onLoad) setup(exposed);
  }
}

function isBridge(value: unknown): value is CoachbookBridge {
  return typeof value === 'object' && value !== null && 'invoke' in value && 'onFlushRequest' in value;
}
