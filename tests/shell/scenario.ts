import { afterEach } from 'vitest';
import { until, type BootedMain } from './boot-main';

const running: BootedMain[] = [];

/** Every app a scenario started is quit (closing its database) and its folders removed afterwards. */
export function track<T extends BootedMain>(booted: T): T {
  running.push(booted);
  return booted;
}

afterEach(async () => {
  for (const booted of running.splice(0)) {
    const { electron } = booted;
    try {
      if (electron.state.exitCode === null) {
        electron.module.app.quit();
        await until('the app to quit after the scenario', () => electron.state.exitCode !== null, 15_000);
      }
    } finally {
      booted.dispose();
    }
  }
});
