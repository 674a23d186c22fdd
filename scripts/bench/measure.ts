import { isDeepStrictEqual } from 'node:util';

export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/** A benchmarked operation: the app's path and a hand-written raw SQL path returning the same data. */
export interface BenchCase<Result> {
  name: string;
  budget: { medianMs?: number; p95Ms?: number; ratio?: number };
  app(): Result | Promise<Result>;
  /** Omitted where no raw equivalent exists (the budget then has no ratio). */
  raw?(): Result;
  /** Fewer runs for operations that take seconds (an export, a backup). */
  sampling?: { minRuns?: number; minMs?: number; warmup?: number };
}

const percentile = (sorted: number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;

/** Runs `fn` until both `minRuns` and `minMs` are reached (after a warm-up) and reports median / p95. */
export async function measure(fn: () => unknown, { minRuns = 50, minMs = 1500, warmup = 10 } = {}): Promise<Timing> {
  for (let index = 0; index < warmup; index += 1) await fn();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const before = performance.now();
    await fn();
    samples.push(performance.now() - before);
    if (samples.length >= 10_000) break;
  }
  samples.sort((a, b) => a - b);
  return { medianMs: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), runs: samples.length };
}

export interface BenchLine {
  name: string;
  app: Timing;
  raw: Timing | null;
  ratio: number | null;
  withinBudget: boolean;
  budgetText: string;
}

export async function runCase<Result>(bench: BenchCase<Result>): Promise<BenchLine> {
  if (bench.raw) {
    // A ratio only means something if both paths return the same data.
    const [appResult, rawResult] = [await bench.app(), bench.raw()];
    if (!isDeepStrictEqual(appResult, rawResult)) {
      throw new Error(`${bench.name}: the app and the raw query returned different results`);
    }
  }
  const raw = bench.raw ? await measure(bench.raw, bench.sampling) : null;
  const app = await measure(bench.app, bench.sampling);
  const ratio = raw ? app.medianMs / raw.medianMs : null;
  const { medianMs, p95Ms, ratio: maxRatio } = bench.budget;
  const withinBudget =
    (medianMs === undefined || app.medianMs <= medianMs) &&
    (p95Ms === undefined || app.p95Ms <= p95Ms) &&
    (maxRatio === undefined || ratio === null || ratio <= maxRatio);
  const budgetText = [
    medianMs !== undefined ? `median ≤ ${medianMs} ms` : null,
    p95Ms !== undefined ? `p95 ≤ ${p95Ms} ms` : null,
    maxRatio !== undefined ? `≤ ${maxRatio.toFixed(1)}× raw` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return { name: bench.name, app, raw, ratio, withinBudget, budgetText };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms`;

export function formatLine(line: BenchLine): string {
  const raw = line.raw ? `raw median ${ms(line.raw.medianMs)} p95 ${ms(line.raw.p95Ms)}` : 'no raw baseline';
  const ratio = line.ratio === null ? '' : ` · ${line.ratio.toFixed(2)}× raw`;
  const verdict = line.withinBudget ? 'within budget' : 'OVER BUDGET';
  return `${line.name}: median ${ms(line.app.medianMs)} p95 ${ms(line.app.p95Ms)} (${line.app.runs} runs) · ${raw}${ratio} · budget ${line.budgetText}: ${verdict}`;
}
