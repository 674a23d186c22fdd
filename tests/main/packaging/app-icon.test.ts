import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appIcons } from '../../../src/main/shell/app-icon';

const installed = {
  isPackaged: true,
  appRoot: '/opt/Coachbook/resources/app.asar',
  resourcesPath: '/opt/Coachbook/resources',
};
const fromSource = { isPackaged: false, appRoot: '/repo', resourcesPath: '/repo/node_modules/electron/dist/resources' };

describe('appIcons', () => {
  it('gives an installed Linux or Windows window the icon copied beside app.asar', () => {
    expect(appIcons({ ...installed, platform: 'linux' })).toEqual({ window: '/opt/Coachbook/resources/icon.png' });
    expect(appIcons({ ...installed, platform: 'win32' })).toEqual({ window: '/opt/Coachbook/resources/icon.png' });
  });

  it('leaves an installed Mac app to its bundle icon', () => {
    expect(appIcons({ ...installed, platform: 'darwin' })).toEqual({});
  });

  it('shows Coachbook’s icon, not Electron’s, when run from source', () => {
    const png = join('/repo', 'build-resources', 'icons', '512x512.png');
    expect(appIcons({ ...fromSource, platform: 'linux' })).toEqual({ window: png });
    expect(appIcons({ ...fromSource, platform: 'darwin' })).toEqual({ dock: png });
  });
});
