// `npm start`: fetches Electron when it is missing, builds what is stale, then runs Coachbook.
import { runStart } from './start-runner.mjs';

runStart('start');
