// Runs node_modules/electron/install.js (the `install-electron` command) in this process, so
// its progress bar draws on the terminal as usual, and turns its failure (a stack trace) into
// the one sentence of fetchFailedMessage. Usage: node scripts/fetch-electron.mjs <install.js>.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fetchFailedMessage } from './start-plan.mjs';
import { downloadFailureReason } from './fetch-electron-reason.mjs';

const installScript = resolve(process.argv[2] ?? '');
const printed = [];
// install.js reports a failed download as console.error(err.stack) and process.exit(1).
console.error = (...args) => printed.push(args.map(String).join(' '));

process.on('exit', (code) => {
  if (code !== 0) process.stderr.write(`${fetchFailedMessage(downloadFailureReason(printed.join('\n')))}\n`);
});

process.stdout.write('Downloading the Electron runtime (once, about 100 MB)…\n');
try {
  createRequire(import.meta.url)(installScript);
} catch (error) {
  printed.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
