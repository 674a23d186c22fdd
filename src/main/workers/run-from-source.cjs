// Under Node from source (Vitest, tsx scripts, the end-to-end rig) a worker's TypeScript entry is
// compiled on the fly by tsx, with the project's path aliases. Built apps load out/main/<name>.js.
const { workerData } = require('node:worker_threads');

process.env.TSX_TSCONFIG_PATH = workerData.tsconfig;
require('tsx/cjs/api').register();
require(workerData.entry);
