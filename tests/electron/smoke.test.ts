import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readStartFacts } from '../../scripts/start-facts.mjs';
import { planStart, type StartStep } from '../../scripts/start-plan.mjs';
import {
  addFirstRepAndOpen,
  openWorkspaceFromUpcoming,
  scheduleSuggested,
  sharedEditor,
  typeLines,
} from '../e2e/meeting-steps';

const root = resolve(import.meta.dirname, '../..');
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Why this machine cannot show an Electron window, or null when it can. */
function whyNoDisplay(): string | null {
  if (process.platform !== 'linux') return null;
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? null : 'no X or Wayland display (run under xvfb-run)';
}

/** The same preparation as `npm start`: the native driver when stale, then the app build. */
function prepare(steps: StartStep[]): void {
  for (const step of steps.filter((candidate) => candidate.name !== 'launch')) {
    const result = spawnSync(step.command, step.args, { cwd: root, env: step.env, encoding: 'utf8' });
    expect(result.status, `${step.name} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  }
}

const REP = 'Mara Lindqvist';

describe('Coachbook in Electron', () => {
  it('creates a rep, keeps a note typed just before quitting, and shows it after a relaunch', async (ctx) => {
    const plan = planStart(readStartFacts({ root, env: process.env, execPath: process.execPath, userArgs: [] }));
    // The reason is printed too: the default reporter shows a skip but not its note.
    const skip = (reason: string) => {
      console.warn(`Electron smoke test skipped — ${reason}`);
      return ctx.skip(reason);
    };
    if (plan.action === 'refuse') return skip(`Electron binary not installed here: ${plan.reason}`);
    if (plan.action === 'fetch') return skip('Electron binary not installed here (npm start would download it)');
    const noDisplay = whyNoDisplay();
    if (noDisplay) return skip(`Electron cannot open a window here: ${noDisplay}`);

    prepare(plan.steps);
    const launchStep = plan.steps.find((step) => step.name === 'launch');
    if (!launchStep) throw new Error('the start plan has no launch step');
    const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-electron-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const launch = async (): Promise<ElectronApplication> => {
      // Chromium refuses to run as root with its sandbox on (CI containers); that is the only case it is lifted.
      const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
      const app = await electron.launch({
        executablePath: launchStep.command,
        args: [...rootOnly, root, '--data-dir', dataDir],
        cwd: root,
        env: Object.fromEntries(
          Object.entries(launchStep.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ),
      });
      cleanups.push(() => app.close().catch(() => undefined));
      return app;
    };

    const first = await launch();
    const page = await first.firstWindow();
    await page.getByText('Reps').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toBe('app://coachbook/index.html');
    const title = await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toContain('Coachbook');
    // The page sees the bridge and nothing of Node.
    await expect(page.evaluate(() => typeof Reflect.get(globalThis, 'require'))).resolves.toBe('undefined');
    await expect(page.evaluate(() => Object.keys(Reflect.get(globalThis, 'coachbook') ?? {}).sort())).resolves.toEqual([
      'invoke',
      'onFlushRequest',
    ]);

    await addFirstRepAndOpen(page, REP);
    await scheduleSuggested(page, REP);
    await sharedEditor(page).click();
    await typeLines(page, ['Agreed: two referrals from the Q3 wins']);
    // Quit at once, inside the autosave delay: the close guard must flush the sentence first.
    await first.evaluate(({ app }) => app.quit());
    await first.waitForEvent('close', { timeout: 30_000 });

    const second = await launch();
    const again = await second.firstWindow();
    await again.getByText('Reps').first().waitFor({ timeout: 30_000 });
    await openWorkspaceFromUpcoming(again, REP);
    await expect.poll(() => sharedEditor(again).textContent()).toContain('two referrals from the Q3 wins');
  }, 300_000);
});
