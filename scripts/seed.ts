// npm run seed -- --dir <folder> --reps N --years Y [--seed S] [--today yyyy-mm-dd]
// Fills a data folder with deterministic demo data through the real app core.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseISO, isValid } from 'date-fns';
import { headlessShell, startCore } from '../src/main/app-core';
import { seedDemoData } from '../src/main/demo/seed-demo-data';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    reps: { type: 'string', default: '12' },
    years: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.dir) fail('Give a data folder: npm run seed -- --dir ./demo-data --reps 12 --years 1');
const dataDir = resolve(values.dir);
if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
  fail(`${dataDir} is not empty; seed into a new folder so no data is mixed or lost.`);
const reps = Number(values.reps);
const years = Number(values.years);
const seed = Number(values.seed);
if (!Number.isInteger(reps) || reps < 1 || reps > 1000) fail('--reps must be a whole number from 1 to 1000');
if (!Number.isInteger(years) || years < 1 || years > 20) fail('--years must be a whole number from 1 to 20');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
const today = values.today ? parseISO(values.today) : new Date();
if (!isValid(today)) fail('--today must be a date like 2026-11-27');

async function main(): Promise<void> {
  const started = performance.now();
  const core = await startCore({ dataDir, shell: headlessShell, automaticBackups: false });
  if (!core.services || !core.dataSource)
    fail(`Could not open the database: ${core.status.state === 'refused' ? core.status.message : ''}`);
  const counts = await seedDemoData(core.dataSource, core.services, { reps, years, seed, today });
  await core.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Seeded ${dataDir} in ${seconds} s:`);
  console.table(counts);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
