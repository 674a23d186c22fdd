import type { ApiMethod } from '@shared/api/contract';
import type { AppStatus } from '@shared/app/app';
import { DomainError } from '../../errors';
import type { ShellActions } from '../../app-core';
import type { SettingsService } from '../../services/settings';
import type { ApiHandlers } from '../registry';

type AppMethod = Extract<ApiMethod, `app.${string}` | `settings.${string}`>;

interface AppHandlerDeps {
  status: AppStatus;
  shell: ShellActions;
  /** Null when the database was refused: settings live in it. */
  settings: SettingsService | null;
  logFile?: string;
}

export const appHandlers = ({ status, shell, settings, logFile }: AppHandlerDeps): ApiHandlers<AppMethod> => {
  const requireSettings = (): SettingsService => {
    if (!settings) throw new DomainError('unavailable', 'Settings are unavailable while no database is open.');
    return settings;
  };
  return {
    'app.status': () => status,
    'app.logFile': () => logFile ?? null,
    'app.openAnotherDatabase': () => shell.openAnotherDatabase(),
    'app.quit': () => {
      shell.quit();
      return null;
    },
    'settings.get': () => requireSettings().get(),
    'settings.update': (changes) => requireSettings().update(changes),
  };
};
