import { describe, expect, it } from 'vitest';
import {
  APP_ASAR_BUDGET_BYTES,
  packagesIn,
  packedLayoutProblems,
  productionPackagesOf,
  type PackedLayout,
} from '../../../scripts/packaging/packed-layout';

const goodLayout: PackedLayout = {
  asarEntries: [
    '/native',
    '/native/better_sqlite3.node',
    '/node_modules',
    '/node_modules/typeorm',
    '/node_modules/typeorm/index.js',
    '/node_modules/@sqltools/formatter/lib/index.js',
    '/node_modules/yargs/node_modules/cliui/index.js',
    '/out/main/index.js',
    '/out/preload/index.js',
    '/out/renderer/index.html',
    '/package.json',
  ],
  unpackedFiles: ['native/better_sqlite3.node'],
  asarBytes: 9 * 1024 * 1024,
  productionPackages: new Set(['typeorm', '@sqltools/formatter', 'yargs', 'cliui']),
};

const withEntries = (...entries: string[]): PackedLayout => ({
  ...goodLayout,
  asarEntries: [...goodLayout.asarEntries, ...entries],
});

describe('packedLayoutProblems', () => {
  it('accepts the built app, production modules and the unpacked driver', () => {
    expect(packedLayoutProblems(goodLayout)).toEqual([]);
  });

  it('wants main, preload, the renderer page and package.json', () => {
    const layout = { ...goodLayout, asarEntries: goodLayout.asarEntries.filter((entry) => !entry.startsWith('/out/')) };
    expect(packedLayoutProblems(layout)).toEqual([
      'app.asar lacks /out/main/index.js',
      'app.asar lacks /out/preload/index.js',
      'app.asar lacks /out/renderer/index.html',
    ]);
  });

  it('refuses sources, tests and scripts of the repository', () => {
    expect(
      packedLayoutProblems(withEntries('/tests/main/x.test.ts', '/scripts/seed.ts', '/src/main/index.ts')),
    ).toEqual([
      'app.asar holds /tests/main/x.test.ts, which the app does not need',
      'app.asar holds /tests/main/x.test.ts (a tests/ folder)',
      'app.asar holds /scripts/seed.ts, which the app does not need',
      'app.asar holds /src/main/index.ts, which the app does not need',
    ]);
  });

  it('refuses a dependency’s tests, benchmarks and better-sqlite3’s compiler leftovers', () => {
    expect(
      packedLayoutProblems(
        withEntries(
          '/node_modules/typeorm/test/a.js',
          '/node_modules/typeorm/benchmark/b.js',
          '/node_modules/typeorm/deps/sqlite3.c',
        ),
      ),
    ).toEqual([
      'app.asar holds /node_modules/typeorm/test/a.js (a test/ folder)',
      'app.asar holds /node_modules/typeorm/benchmark/b.js (a benchmark/ folder)',
      'app.asar holds /node_modules/typeorm/deps/sqlite3.c (a deps/ folder)',
    ]);
  });

  it('refuses a development dependency such as a renderer library Vite already bundled', () => {
    expect(packedLayoutProblems(withEntries('/node_modules/@mantine/core/index.js'))).toEqual([
      'app.asar holds @mantine/core, which is not a production dependency',
    ]);
  });

  it('refuses a second native file, in the archive or beside it', () => {
    const layout = {
      ...withEntries('/node_modules/typeorm/x.node'),
      unpackedFiles: ['native/better_sqlite3.node', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'],
    };
    expect(packedLayoutProblems(layout)).toEqual([
      'app.asar holds native file /node_modules/typeorm/x.node',
      'app.asar.unpacked holds a second native file, node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    ]);
  });

  it('wants the driver unpacked where the installed app looks for it', () => {
    expect(packedLayoutProblems({ ...goodLayout, unpackedFiles: [] })).toEqual([
      'app.asar.unpacked lacks the SQLite driver native/better_sqlite3.node',
    ]);
  });

  it('holds app.asar to its budget of 15 MB', () => {
    expect(packedLayoutProblems({ ...goodLayout, asarBytes: APP_ASAR_BUDGET_BYTES })).toEqual([]);
    expect(packedLayoutProblems({ ...goodLayout, asarBytes: APP_ASAR_BUDGET_BYTES + 1 })).toEqual([
      'app.asar is 15.0 MB, over its budget of 15.0 MB',
    ]);
  });
});

describe('packagesIn', () => {
  it('names top-level, scoped and nested packages', () => {
    expect([...packagesIn(goodLayout.asarEntries)].sort()).toEqual([
      '@sqltools/formatter',
      'cliui',
      'typeorm',
      'yargs',
    ]);
  });
});

describe('productionPackagesOf', () => {
  it('takes the lock’s entries that npm installs without --include=dev', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/typeorm': {},
        'node_modules/yargs/node_modules/cliui': {},
        'node_modules/@mantine/core': { dev: true },
        'node_modules/fsevents': { devOptional: true },
      },
    };
    expect([...productionPackagesOf(lock)].sort()).toEqual(['cliui', 'typeorm']);
  });
});
