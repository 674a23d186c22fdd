import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'main',
          environment: 'node',
          include: [
            'tests/main/**/*.test.ts',
            'tests/shared/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'tests/electron/**/*.test.ts',
          ],
          pool: 'forks',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}', 'src/renderer/src/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          css: false,
        },
      },
      {
        resolve: { alias },
        test: {
          // The built out/main/index.js in Node with a fake electron module (needs electron-vite build).
          name: 'shell',
          environment: 'node',
          include: ['tests/shell/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          pool: 'forks',
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
