import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startCore, type CoachbookCore, type ShellActions } from '../../src/main/app-core';
import { launchChromiumPdfRenderer } from '../../scripts/pdf/chromium-pdf-renderer';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';

/**
 * The end-to-end rig: the real built renderer (out/renderer) in Debian's Chromium, with
 * `window.coachbook` bridged to the real main-process services running in this process.
 * Every call crosses Playwright's serialisation boundary, as IPC does in Electron.
 */

const ROOT = resolve(__dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
const APP_ORIGIN = 'http://coachbook.test';
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// These flags keep headless Chromium from reaching for the network this machine does not have.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Electron loads the renderer from file://, a secure context (crypto.randomUUID and friends
  // exist there); the rig's made-up http origin must count as one too or such APIs are missing.
  `--unsafely-treat-insecure-origin-as-secure=${APP_ORIGIN}`,
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/**
 * The manager's answers to main's file dialogs. The renderer never names a file: every file an
 * export, backup, import or restore uses comes from these (or from main's backup list).
 */
export interface DialogAnswers {
  /** The path typed into the save dialog for the suggested `defaultName`; null cancels. */
  saveAs?: (defaultName: string) => string | null;
  /** The file picked in the open dialog; null cancels. */
  open?: () => string | null;
}

/** A desktop shell whose dialogs answer as `dialogs` says and which logs every call in `calls`. */
export function answeringShell(dialogs: DialogAnswers = {}, calls: string[] = []): ShellActions {
  return {
    openAnotherDatabase: async () => {
      calls.push('openAnotherDatabase');
      return false;
    },
    quit: () => {
      calls.push('quit');
    },
    chooseSaveFile: async (defaultName) => {
      calls.push(`chooseSaveFile ${defaultName}`);
      return dialogs.saveAs?.(defaultName) ?? null;
    },
    chooseOpenFile: async () => {
      calls.push('chooseOpenFile');
      return dialogs.open?.() ?? null;
    },
  };
}

export interface LaunchOptions {
  dataDir: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Open the database file chosen instead of `<dataDir>/coachbook.sqlite`. */
  databaseFile?: string;
  /** What the save and open dialogs answer (default: cancelled), so a test picks files as a manager would. */
  dialogs?: DialogAnswers;
  /** Print PDF exports with a second headless Chromium (off by default: one launch less per test). */
  pdf?: boolean;
  /** More Chromium switches, e.g. the typing-latency bench's unthrottled frames. */
  extraChromiumArgs?: readonly string[];
  /** The system locale the renderer sees (its date order and 12- or 24-hour clock); en-US by default. */
  locale?: string;
  /** Today's backup on start (default on); benchmarks on the shared large set turn it off. */
  automaticBackups?: boolean;
}

export interface LaunchedApp {
  page: Page;
  core: CoachbookCore;
  dataDir: string;
  /** Errors the page logged or threw; a healthy screen has none. */
  pageErrors: string[];
  shellCalls: string[];
  /** Calls the real API directly, to check what reached the database. Throws on an error result. */
  call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>>;
  screenshot(name: string): Promise<string>;
  /** Closes like the Electron shell does: ask the renderer to flush, then close window and database. */
  close(): Promise<void>;
  /** Closes, then launches again on the same data folder. */
  restart(overrides?: Partial<LaunchOptions>): Promise<LaunchedApp>;
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      'The renderer is not built: run `npx electron-vite build` (npm test does) before the end-to-end tests.',
    );
  }
  const shellCalls: string[] = [];
  const shell = answeringShell(options.dialogs, shellCalls);
  const pdfRenderer = options.pdf ? await launchChromiumPdfRenderer() : undefined;
  const core = await startCore({
    dataDir: options.dataDir,
    databaseFile: options.databaseFile,
    shell,
    log: () => {},
    pdfRenderer,
    automaticBackups: options.automaticBackups,
  }).catch(async (error: unknown) => {
    await pdfRenderer?.close();
    throw error;
  });

  const profileDir = await mkdtemp(join(tmpdir(), 'coachbook-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.extraChromiumArgs ?? [])],
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1360, height: 860 },
      locale: options.locale ?? 'en-US',
      timezoneId: process.env.TZ ?? 'UTC',
    });
  } catch (error) {
    await core.close();
    await pdfRenderer?.close();
    throw error;
  }

  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : decodeURIComponent(path));
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
  });
  // Anything else would be a remote request the CSP should have stopped: fail it loudly.
  await context.route(/^(?!http:\/\/coachbook\.test\/).*/, (route) => route.abort('blockedbyclient'));

  await context.exposeBinding('__coachbookInvoke', (_source, method: string, input: unknown) =>
    core.registry.dispatch(method, input),
  );
  await context.addInitScript({ content: INSTALL_BRIDGE });

  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // The rig's stand-in for main's webContents.send: each core event reaches the page's listeners.
  const stopEvents = core.onEvent((event) => {
    void page.evaluate(`globalThis.__coachbookEvent?.(${JSON.stringify(event)})`).catch(() => undefined);
  });
  await page.goto(`${APP_ORIGIN}/index.html`);

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    // Same order as the Electron close guard: flush (bounded), then close.
    await Promise.race([
      page.evaluate('globalThis.__coachbookRequestFlush()').catch(() => undefined),
      new Promise((done) => setTimeout(done, 3000)),
    ]);
    stopEvents();
    await context.close();
    await core.close();
    await pdfRenderer?.close();
    await rm(profileDir, { recursive: true, force: true });
  };

  return {
    page,
    core,
    dataDir: options.dataDir,
    pageErrors,
    shellCalls,
    call: async (method, input) => {
      const result = await core.registry.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value as ApiOutput<typeof method>;
    },
    screenshot: async (name) => {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      // Let Mantine's transitions (modals, notifications) finish so the picture shows the settled screen.
      await page.waitForTimeout(300);
      await page.screenshot({ path });
      return path;
    },
    close,
    restart: async (overrides = {}) => {
      await close();
      return launchApp({ ...options, ...overrides });
    },
  };
}

export async function makeDataDir(prefix = 'coachbook-e2e-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/**
 * Runs inside the page before the app's scripts: the rig's stand-in for src/preload. Plain
 * JavaScript in a string, because a transpiled function (tsx adds `__name(...)` helpers) would
 * reference names that do not exist in the page.
 */
const INSTALL_BRIDGE = `(() => {
  const flushListeners = new Set();
  const eventListeners = new Set();
  globalThis.__coachbookEvent = (event) => {
    for (const listener of eventListeners) listener(event);
  };
  globalThis.__coachbookRequestFlush = async () => {
    await Promise.all([...flushListeners].map((listener) => listener()));
  };
  globalThis.coachbook = Object.freeze({
    invoke: (method, input) => globalThis.__coachbookInvoke(method, input),
    onFlushRequest: (listener) => {
      flushListeners.add(listener);
      return () => flushListeners.delete(listener);
    },
    onEvent: (listener) => {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  });
})();`;
