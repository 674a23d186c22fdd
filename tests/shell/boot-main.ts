import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFakeElectron, type FakeElectron, type FakeElectronOptions } from './fake-electron/fake-electron';

const root = resolve(import.meta.dirname, '../..');
export const BUILT_MAIN = join(root, 'out', 'main', 'index.js');
/** The id `require('electron')` resolves to while a scenario runs. */
const FAKE_ELECTRON_ID = join(root, 'tests', 'shell', '.fake-electron-module.js');

/** Node's loader internals the hook needs; not in @types/node because they are private. */
interface ModuleInternals {
  _resolveFilename(request: string, parent: unknown, ...rest: unknown[]): string;
  _cache: Record<string, { id: string; filename: string; loaded: boolean; exports: unknown } | undefined>;
}
const loader: ModuleInternals = Module as unknown as ModuleInternals;
const realResolve = loader._resolveFilename;
const requireNative = createRequire(import.meta.url);

export interface BootOptions {
  platform?: NodeJS.Platform;
  singleInstanceLock?: boolean;
  /** Put files under the fake app path (e.g. a broken build/electron-native driver) before boot. */
  prepareAppPath?(appPath: string): void;
  /** Put files in the data folder (e.g. a damaged database) before boot. */
  prepareDataDir?(dataDir: string): void;
  env?: Record<string, string | undefined>;
  messageBoxResponse?: FakeElectronOptions['messageBoxResponse'];
}

export interface BootedMain {
  electron: FakeElectron;
  dataDir: string;
  appPath: string;
  /** Removes the temp folders and puts process.platform, env and the loader back. */
  dispose(): void;
}

/**
 * Loads the built out/main/index.js in this process, with `require('electron')` answered by a
 * fresh recording fake. Runs the module's top level (what Electron runs before `ready`); the
 * scenario then calls `electron.ready()`. process.platform is swapped for the scenario so the
 * macOS and Windows branches run here too.
 */
export function bootMain(options: BootOptions = {}): BootedMain {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run npx electron-vite build first`);
  const work = mkdtempSync(join(tmpdir(), 'coachbook-shell-'));
  const dataDir = join(work, 'userData');
  const appPath = join(work, 'app');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(appPath, { recursive: true });
  options.prepareAppPath?.(appPath);
  options.prepareDataDir?.(dataDir);

  const electron = createFakeElectron({
    paths: {
      userData: dataDir,
      documents: join(work, 'Documents'),
      temp: join(work, 'temp'),
      logs: join(work, 'logs'),
    },
    appPath,
    singleInstanceLock: options.singleInstanceLock,
    messageBoxResponse: options.messageBoxResponse,
  });

  const platform = Object.getOwnPropertyDescriptor(process, 'platform');
  if (options.platform) Object.defineProperty(process, 'platform', { value: options.platform, configurable: true });
  const savedEnv = new Map<string, string | undefined>();
  const env = { ELECTRON_RENDERER_URL: undefined, COACHBOOK_DATA_DIR: undefined, ...options.env };
  for (const [name, value] of Object.entries(env)) {
    savedEnv.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }

  loader._resolveFilename = function resolveElectronToFake(request, parent, ...rest) {
    if (request === 'electron') return FAKE_ELECTRON_ID;
    return realResolve.call(this, request, parent, ...rest);
  };
  loader._cache[FAKE_ELECTRON_ID] = {
    id: FAKE_ELECTRON_ID,
    filename: FAKE_ELECTRON_ID,
    loaded: true,
    exports: electron.module,
  };
  // A fresh module each time: its top level holds the window, the core and the quit flag.
  delete loader._cache[BUILT_MAIN];
  requireNative(BUILT_MAIN);

  return {
    electron,
    dataDir,
    appPath,
    dispose() {
      loader._resolveFilename = realResolve;
      delete loader._cache[FAKE_ELECTRON_ID];
      delete loader._cache[BUILT_MAIN];
      if (platform) Object.defineProperty(process, 'platform', platform);
      for (const [name, value] of savedEnv) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Waits until `condition` holds, failing with `what` after `timeoutMs`. */
export async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
