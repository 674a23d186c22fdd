import { APP_ENTRY_URL } from '../security/app-protocol';

export interface AppEntryOptions {
  isPackaged: boolean;
  /** `ELECTRON_RENDERER_URL`, set by `electron-vite dev` to its dev server. */
  rendererDevUrl: string | undefined;
  /** The built renderer, `out/renderer`, served as `app://coachbook/`. */
  rendererDir: string;
}

export type AppEntry = { kind: 'dev-server'; url: string } | { kind: 'app-protocol'; url: string; rendererDir: string };

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Which page the window loads, and therefore which page IPC and navigation trust. A packaged
 * app ignores the environment, and the dev server counts only on this machine: otherwise
 * setting one variable would hand the whole API to a remote page.
 */
export function resolveAppEntry(options: AppEntryOptions): AppEntry {
  const devUrl = options.isPackaged ? null : loopbackDevServer(options.rendererDevUrl);
  if (devUrl) return { kind: 'dev-server', url: devUrl };
  return { kind: 'app-protocol', url: APP_ENTRY_URL, rendererDir: options.rendererDir };
}

/**
 * Reload, Force Reload and DevTools exist only under `electron-vite dev`: decided by the dev
 * server the window loads, since `app.isPackaged` is false for every `npm start` too.
 */
export function isDevelopment(entry: AppEntry): boolean {
  return entry.kind === 'dev-server';
}

function loopbackDevServer(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
    if (!isWeb || url.username !== '' || url.password !== '' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
    return url.href;
  } catch {
    return null;
  }
}
