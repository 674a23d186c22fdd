// npm run bench [-- --dir <folder>] [--reps N --years Y] [--only <part of a case name>]
// Seeds (once, cached in .bench-data/) the large demo set — 100 reps × 5 years — and prints, per
// operation, the app's median and p95 beside a hand-written raw better-sqlite3 query returning
// the same result, measured in the same run. Figures only: it never fails on timing.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { headlessShell as shell, startCore } from '../src/main/app-core';
import { seedDemoData } from '../src/main/demo/seed-demo-data';
import { applyConnectionPragmas } from '../src/main/database/connection-pragmas';
import { DATABASE_FILE_NAME } from '../src/main/database/data-dir';
import { followUpPanelBench } from './bench/follow-up-panel.bench';
import { formatLine, runCase, type BenchCase } from './bench/measure';
import { exportsBenches } from './bench/exports.bench';
import { briefBench } from './bench/brief.bench';
import { meetingOpenBench } from './bench/meeting-open.bench';
import { meetingSaveBench } from './bench/meeting-save.bench';
import { repAccountabilityBench } from './bench/rep-accountability.bench';
import { repsListBench } from './bench/reps-list.bench';
import { teamOverviewBench } from './bench/team-overview.bench';
import { launchChromiumPdfRenderer } from './pdf/chromium-pdf-renderer';
import { calendarDayOf } from '../src/main/exports/report-figures';
import { ensureRarePrivateNote, searchBench } from './bench/search.bench';
import { timelineBench } from './bench/timeline.bench';
import { typingLatencyLine } from './bench/typing-latency';
import { firstScreenLine } from './bench/first-screen';

const BENCH_TODAY = new Date('2026-11-27T12:00:00.000Z');

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
    const seeding = await startCore({ dataDir, shell, automaticBackups: false });
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

  // Exports and backups are written to a temp folder: the benchmark set is only ever written by the
  // save benchmark's scratch rows.
  const outDir = await mkdtemp(join(tmpdir(), 'coachbook-bench-out-'));
  const pdfRenderer = await launchChromiumPdfRenderer();
  const benchShell = { ...shell, chooseSaveFile: async (name: string) => join(outDir, name) };
  // "Today" is the day the set was seeded for, so figures and overdue counts mean the same in every run.
  const core = await startCore({
    dataDir,
    shell: benchShell,
    clock: { now: () => BENCH_TODAY },
    log: () => {},
    automaticBackups: false,
    pdfRenderer,
  });
  if (core.status.state !== 'ready') throw new Error(core.status.message);
  const raw = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  // The busiest rep (most action items) and their next one-on-one: the heaviest tab and panel.
  const busiest = raw
    .prepare(
      `SELECT rep_id AS repId, (SELECT min(id) FROM meetings m WHERE m.rep_id = a.rep_id AND m.status = 'scheduled') AS meetingId
      FROM action_items a GROUP BY rep_id ORDER BY count(*) DESC LIMIT 1`,
    )
    .get() as { repId: number; meetingId: number };
  // The save benchmark writes (to scratch one-on-ones of an archived rep), so its baseline needs a writable connection.
  const rawWriter = new Database(join(dataDir, DATABASE_FILE_NAME));
  // Same durability as the app's connection (synchronous = FULL, secure_delete), so the ratio is the app's own cost.
  applyConnectionPragmas(rawWriter);
  const saveCase = await meetingSaveBench(core, rawWriter, BENCH_TODAY);
  // The rare phrase is written in a one-on-one of the scratch rep the save benchmark creates.
  ensureRarePrivateNote(rawWriter);
  const cases: Array<BenchCase<unknown>> = [
    repsListBench(core, raw),
    meetingOpenBench(core, raw),
    saveCase,
    teamOverviewBench(core, raw, BENCH_TODAY),
    repAccountabilityBench(core, raw, BENCH_TODAY, busiest.repId),
    followUpPanelBench(core, raw, busiest.meetingId),
    briefBench(core, raw),
    searchBench(core, raw, 'a common word', 'pipeline', '"pipeline"*'),
    searchBench(core, raw, 'a rare phrase', '"sabbatical in Patagonia"', '"sabbatical in Patagonia"'),
    timelineBench(core, raw),
    ...exportsBenches(core, raw, calendarDayOf(BENCH_TODAY)),
  ];

  console.log(`\nBenchmarks on ${dataDir} (Node ${process.version})`);
  try {
    for (const bench of cases) {
      if (values.only && !bench.name.includes(values.only)) continue;
      console.log(formatLine(await runCase(bench)));
    }
    if (!values.only || 'typing'.includes(values.only)) await printTypingLatency();
    if (!values.only || 'launch to first screen'.includes(values.only)) {
      await printFirstScreen(dataDir, `${reps} reps × ${years} years`);
    }
  } finally {
    raw.close();
    rawWriter.close();
    await core.close();
    await pdfRenderer.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Typing latency needs the built renderer in Chromium (it runs the end-to-end rig). */
async function printTypingLatency(): Promise<void> {
  if (!existsSync(join('out', 'renderer', 'index.html'))) {
    console.log('typing latency: skipped — build the renderer first (npx electron-vite build)');
    return;
  }
  console.log(await typingLatencyLine());
}

/** Launch to first screen, like typing latency, runs the built renderer in Chromium. */
async function printFirstScreen(dataDir: string, label: string): Promise<void> {
  if (!existsSync(join('out', 'renderer', 'index.html'))) {
    console.log('launch to first screen: skipped — build the renderer first (npx electron-vite build)');
    return;
  }
  console.log(await firstScreenLine(dataDir, label));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
