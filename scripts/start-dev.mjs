// `npm run dev`: the same Electron and SQLite driver as `npm start`, then electron-vite's dev server.
import { runStart } from './start-runner.mjs';

runStart('dev');
