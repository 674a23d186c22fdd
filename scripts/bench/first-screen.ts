// Launch to first screen: the built renderer reloaded in Chromium, from navigation start
// to the moment the team view shows its first row (or, on an empty book, its invitation to add a
// rep), read inside the page. An empty book beside the large set shows what the data adds.
import { rm } from 'node:fs/promises';
import { launchApp, makeDataDir } from '../../tests/e2e/app';
import { loadedScripts, totalKb } from '../../tests/e2e/loaded-scripts';

const RELOADS = 15;

/**
 * Runs in the page before its scripts: notes the first time the team view has something to show.
 * Plain JavaScript in a string (transpiler helpers do not exist in the page).
 */
const RECORD_FIRST_SCREEN = `(() => {
  const shown = () =>
    document.querySelector('table[aria-label="Team"] tbody tr') !== null ||
    [...document.querySelectorAll('h2, h3, h4, p')].some((node) => node.textContent === 'No active reps yet');
  const observer = new MutationObserver(() => {
    if (globalThis.__firstScreenAt === undefined && shown()) {
      globalThis.__firstScreenAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export interface FirstScreen {
  medianMs: number;
  p95Ms: number;
  /** JavaScript fetched by then, on disk (not compressed). */
  scriptKb: number;
}

export async function measureFirstScreen(dataDir: string): Promise<FirstScreen> {
  const app = await launchApp({ dataDir, automaticBackups: false });
  try {
    const { page } = app;
    await page.context().addInitScript({ content: RECORD_FIRST_SCREEN });
    const samples: number[] = [];
    let scriptKb = 0;
    for (let run = 0; run < RELOADS + 2; run += 1) {
      await page.reload();
      await page.waitForFunction('globalThis.__firstScreenAt !== undefined', undefined, { timeout: 30_000 });
      const at = (await page.evaluate('globalThis.__firstScreenAt')) as number;
      if (run >= 2) samples.push(at); // the first loads warm Chromium's caches and the core's statements
      scriptKb = totalKb(await loadedScripts(page, at));
    }
    samples.sort((a, b) => a - b);
    const at = (fraction: number) =>
      samples[Math.min(samples.length - 1, Math.floor(samples.length * fraction))] ?? NaN;
    return { medianMs: at(0.5), p95Ms: at(0.95), scriptKb };
  } finally {
    await app.close();
  }
}

/** The bench line: the large set beside an empty book, measured the same way in the same run. */
export async function firstScreenLine(largeDataDir: string, label: string): Promise<string> {
  const emptyDir = await makeDataDir('coachbook-first-screen-');
  try {
    const empty = await measureFirstScreen(emptyDir);
    const large = await measureFirstScreen(largeDataDir);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    return (
      `launch to first screen in Chromium (reload → first team row, ${RELOADS} reloads): ` +
      `${label} median ${ms(large.medianMs)} p95 ${ms(large.p95Ms)} · ` +
      `empty book median ${ms(empty.medianMs)} p95 ${ms(empty.p95Ms)} · ` +
      `JavaScript fetched before it: ${large.scriptKb} KB`
    );
  } finally {
    await rm(emptyDir, { recursive: true, force: true });
  }
}
