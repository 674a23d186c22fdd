// Carries out the start plan of `npm start` and `npm run dev`; the decisions live in
// start-plan.mjs, the facts come from start-facts.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStartFacts } from './start-facts.mjs';
import { planStart, signalAction } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Fetches Electron when missing, builds what is stale, then runs the app (mode 'start' or 'dev'). */
export function runStart(mode) {
  const facts = () =>
    readStartFacts({ root, env: process.env, execPath: process.execPath, userArgs: process.argv.slice(2), mode });
  let plan = planStart(facts());
  if (plan.action === 'fetch') {
    if (plan.warning) process.stderr.write(`${plan.warning}\n`);
    runStep(plan.step);
    plan = planStart(facts(), { fetched: true });
  }
  if (plan.action === 'refuse') fail(plan.message);
  if (plan.action !== 'run') fail("Coachbook can't start: the Electron runtime is still missing.");
  for (const step of plan.steps) {
    if (step.name === 'launch') launch(step);
    else runStep(step);
  }
}

function runStep(step) {
  const result = spawnSync(step.command, step.args, { cwd: root, env: step.env, stdio: 'inherit' });
  if (result.status === 0) return;
  if (step.failureMessage) process.stderr.write(`${step.failureMessage}\n`);
  process.exit(1);
}

function launch(step) {
  const child = spawn(step.command, step.args, { cwd: root, env: step.env, stdio: 'inherit' });
  let forwarded = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    // Listening at all keeps this process alive until Electron has flushed and exited.
    process.on(signal, () => {
      if (signalAction({ signal, platform: process.platform, alreadyForwarded: forwarded }) !== 'forward') return;
      forwarded = true;
      child.kill(signal);
    });
  }
  child.on('error', (error) => fail(`Coachbook can't start: Electron could not be run (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}
