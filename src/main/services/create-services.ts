import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from './clock';
import { createRepsService } from './reps';
import { createSettingsService } from './settings';

export type Services = ReturnType<typeof createServices>;

export function createServices(dataSource: DataSource, clock: Clock = systemClock) {
  return {
    reps: createRepsService(dataSource, clock),
    settings: createSettingsService(dataSource),
  };
}
