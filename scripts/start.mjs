// `npm start`: builds what is stale, then runs Coachbook in Electron. The decisions live in
// start-plan.mjs; this file only carries them out.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStartFacts } from './start-facts.mjs';
import { planStart } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const plan = planStart(
  readStartFacts({ root, env: process.env, execPath: process.execPath, userArgs: process.argv.slice(2) }),
);

if (plan.action === 'refuse') {
  process.stderr.write(`${plan.message}\n`);
  process.exit(1);
}

for (const step of plan.steps) {
  if (step.name === 'launch') {
    launch(step);
  } else {
    const result = spawnSync(step.command, step.args, { cwd: root, env: step.env, stdio: 'inherit' });
    if (result.status !== 0) {
      process.stderr.write(`${step.failureMessage}\n`);
      process.exit(1);
    }
  }
}

function launch(step) {
  const child = spawn(step.command, step.args, { cwd: root, env: step.env, stdio: 'inherit' });
  // Ctrl+C in the terminal reaches Electron too; pass it on so the app closes its database.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    process.stderr.write(`Coachbook can't start: Electron could not be run (${error.message}).\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
