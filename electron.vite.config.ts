import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
} from './src/main/security/content-security-policy';
import { WORKER_ENTRIES } from './src/main/workers/start-worker';

/**
 * The dev server's React Refresh preamble is an inline script, which the app's CSP forbids.
 * Only `electron-vite dev` relaxes it; built files keep the strict policy.
 */
const devServerCsp = (): Plugin => ({
  name: 'coachbook-dev-server-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY),
});

const shared = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      // Native and ORM modules stay in node_modules; bundling them breaks their dynamic requires.
      externalizeDeps: true,
      // Each worker thread's entry is built beside index.js (see src/main/workers/start-worker.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          ...Object.fromEntries(
            WORKER_ENTRIES.map((entry) => [entry, resolve(__dirname, `src/main/workers/${entry}.ts`)]),
          ),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      rollupOptions: { output: { format: 'cjs' } },
    },
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [react(), devServerCsp()],
    // electron-vite leaves bundles unminified; the renderer is ~5 MB of JavaScript that Chromium
    // parses on every window open, so it is minified (about a third of the size).
    build: { minify: true },
  },
});
