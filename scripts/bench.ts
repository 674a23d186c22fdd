// npm run bench [-- --dir <folder>] [--reps N --years Y] [--only <part of a case name>]
// Seeds (once, cached in .bench-data/) the large demo set — 100 reps × 5 years — and prints, per
// operation, the app's median and p95 beside a hand-written raw better-sqlite3 query returning
// the same result, measured in the same run. Figures only: it never fails on timing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startCore } from '../src/main/app-core';
import { seedDemoData } from '../src/main/demo/seed-demo-data';
import { DATABASE_FILE_NAME } from '../src/main/database/data-dir';
import { formatLine, runCase, type BenchCase } from './bench/measure';
import { briefBench } from './bench/brief.bench';
import { meetingOpenBench } from './bench/meeting-open.bench';
import { meetingSaveBench } from './bench/meeting-save.bench';
import { repsListBench } from './bench/reps-list.bench';
import { ensureRarePrivateNote, searchBench } from './bench/search.bench';
import { timelineBench } from './bench/timeline.bench';

const BENCH_TODAY = new Date('2026-11-27T12:00:00.000Z');
const shell = { openAnotherDatabase: async () => false, quit: () => {} };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      reps: { type: 'string', default: '100' },
      years: { type: 'string', default: '5' },
      only: { type: 'string' },
    },
  });
  const reps = Number(values.reps);
  const years = Number(values.years);
  const dataDir = resolve(values.dir ?? join('.bench-data', `reps${reps}-years${years}`));

  if (!existsSync(join(dataDir, DATABASE_FILE_NAME))) {
    console.log(`Seeding ${reps} reps × ${years} years into ${dataDir} (once; later runs reuse it)…`);
    const started = performance.now();
    const seeding = await startCore({ dataDir, shell });
    if (!seeding.services || !seeding.dataSource) throw new Error('could not open the benchmark database');
    const counts = await seedDemoData(seeding.dataSource, seeding.services, {
      reps,
      years,
      seed: 42,
      today: BENCH_TODAY,
    });
    await seeding.close();
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);
  }

  const core = await startCore({ dataDir, shell, log: () => {} });
  if (core.status.state !== 'ready') throw new Error(core.status.message);
  const raw = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  // The save benchmark writes (to scratch one-on-ones of an archived rep), so its baseline needs a writable connection.
  const rawWriter = new Database(join(dataDir, DATABASE_FILE_NAME));
  const saveCase = await meetingSaveBench(core, rawWriter);
  // The rare phrase is written in a one-on-one of the scratch rep the save benchmark creates.
  ensureRarePrivateNote(rawWriter);
  const cases: Array<BenchCase<unknown>> = [
    repsListBench(core, raw),
    meetingOpenBench(core, raw),
    saveCase,
    briefBench(core, raw),
    searchBench(core, raw, 'a common word', 'pipeline', '"pipeline"*'),
    searchBench(core, raw, 'a rare phrase', '"sabbatical in Patagonia"', '"sabbatical in Patagonia"'),
    timelineBench(core, raw),
  ];

  console.log(`\nBenchmarks on ${dataDir} (Node ${process.version})`);
  for (const bench of cases) {
    if (values.only && !bench.name.includes(values.only)) continue;
    console.log(formatLine(await runCase(bench)));
  }
  raw.close();
  rawWriter.close();
  await core.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
