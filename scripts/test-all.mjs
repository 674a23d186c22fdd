// `npm test`: the type check, the linter, a build of the app, then every Vitest project
// (main-process services, renderer components, end-to-end in Chromium). Stops at the first
// failing step and exits non-zero, so CI goes red on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['Type check', 'npm', ['run', '--silent', 'typecheck']],
  ['Lint', 'npm', ['run', '--silent', 'lint']],
  ['Build (electron-vite)', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  ['Packed layout (electron-builder --dir, stand-in Electron)', 'npm', ['run', '--silent', 'dist:check']],
  [
    'Tests (main, renderer, end-to-end)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  ],
];

mkdirSync('test-results', { recursive: true });
// A report left by an earlier run must not be printed as this run's result when a step fails early.
rmSync('test-results/vitest.json', { force: true });
for (const [title, command, args] of steps) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`  ${title}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    printSummary(title);
    process.exit(status ?? 1);
  }
}
printSummary();

function printSummary(failedStep) {
  if (!existsSync('test-results/vitest.json')) {
    if (failedStep) console.log(`\nStopped at "${failedStep}": no tests ran.`);
    return;
  }
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`\n${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
}
