import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const shared = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      // Native and ORM modules stay in node_modules; bundling them breaks their dynamic requires.
      externalizeDeps: true,
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
    plugins: [react()],
  },
});
