import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  launchEnv,
  locateElectronRuntime,
  MISSING_ELECTRON_MESSAGE,
  nativeBuildIsCurrent,
  planStart,
  type StartFacts,
} from '../../../scripts/start-plan.mjs';

const electronDir = '/app/node_modules/electron';

describe('locateElectronRuntime', () => {
  it('finds the downloaded binary named in path.txt', () => {
    const binary = join(electronDir, 'dist', 'electron');
    expect(
      locateElectronRuntime({
        electronDir,
        pathTxt: 'electron',
        overrideDistPath: undefined,
        exists: (p) => p === binary,
      }),
    ).toEqual({
      found: true,
      path: binary,
    });
  });

  it('reports a package whose binary was never downloaded', () => {
    const runtime = locateElectronRuntime({
      electronDir,
      pathTxt: null,
      overrideDistPath: undefined,
      exists: () => true,
    });
    expect(runtime).toEqual({ found: false, reason: expect.stringContaining('path.txt') });
  });

  it('reports a binary that path.txt names but that is gone', () => {
    const runtime = locateElectronRuntime({
      electronDir,
      pathTxt: 'electron',
      overrideDistPath: undefined,
      exists: () => false,
    });
    expect(runtime).toEqual({ found: false, reason: expect.stringContaining(join(electronDir, 'dist', 'electron')) });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron’s own index.js does', () => {
    const binary = join('/opt/electron', 'electron');
    expect(
      locateElectronRuntime({
        electronDir,
        pathTxt: null,
        overrideDistPath: '/opt/electron',
        exists: (p) => p === binary,
      }),
    ).toEqual({
      found: true,
      path: binary,
    });
  });
});

describe('nativeBuildIsCurrent', () => {
  it('needs the binary and a stamp for the installed Electron', () => {
    expect(
      nativeBuildIsCurrent({ bindingExists: true, stamp: { electron: '45.5.0' }, electronVersion: '45.5.0' }),
    ).toBe(true);
    expect(
      nativeBuildIsCurrent({ bindingExists: false, stamp: { electron: '45.5.0' }, electronVersion: '45.5.0' }),
    ).toBe(false);
    expect(nativeBuildIsCurrent({ bindingExists: true, stamp: null, electronVersion: '45.5.0' })).toBe(false);
    expect(
      nativeBuildIsCurrent({ bindingExists: true, stamp: { electron: '44.2.0' }, electronVersion: '45.5.0' }),
    ).toBe(false);
  });
});

describe('planStart', () => {
  const facts = (overrides: Partial<StartFacts> = {}): StartFacts => ({
    root: '/app',
    execPath: '/usr/bin/node',
    runtime: { found: true, path: '/app/node_modules/electron/dist/electron' },
    nativeBuild: { bindingExists: true, stamp: { electron: '45.5.0' }, electronVersion: '45.5.0' },
    userArgs: [],
    env: { PATH: '/usr/bin' },
    ...overrides,
  });

  it('refuses with one plain sentence when Electron is missing', () => {
    const plan = planStart(facts({ runtime: { found: false, reason: 'no binary' } }));
    expect(plan).toEqual({ action: 'refuse', message: MISSING_ELECTRON_MESSAGE, reason: 'no binary' });
    expect(MISSING_ELECTRON_MESSAGE).toBe(
      "Coachbook can't start: the Electron runtime isn't installed on this machine (npm install downloads it, which needs network access once).",
    );
    expect(MISSING_ELECTRON_MESSAGE).not.toContain('\n');
  });

  it('builds the app and launches Electron on the app root with the user’s arguments', () => {
    const plan = planStart(facts({ userArgs: ['--data-dir', '/tmp/book'] }));
    expect(plan.action).toBe('run');
    if (plan.action !== 'run') return;
    expect(plan.steps.map((step) => step.name)).toEqual(['build-app', 'launch']);
    expect(plan.steps[0]).toMatchObject({
      command: '/usr/bin/node',
      args: [join('/app', 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    });
    expect(plan.steps[1]).toMatchObject({
      command: '/app/node_modules/electron/dist/electron',
      args: ['/app', '--data-dir', '/tmp/book'],
      failureMessage: null,
    });
  });

  it.each([
    ['missing', { bindingExists: false, stamp: null, electronVersion: '45.5.0' }],
    ['built for another Electron', { bindingExists: true, stamp: { electron: '44.0.0' }, electronVersion: '45.5.0' }],
  ])('builds the native driver first when it is %s', (_why, nativeBuild) => {
    const plan = planStart(facts({ nativeBuild }));
    if (plan.action !== 'run') throw new Error('expected a run plan');
    expect(plan.steps.map((step) => step.name)).toEqual(['build-native', 'build-app', 'launch']);
    expect(plan.steps[0]?.args).toEqual([join('/app', 'scripts', 'build-electron-native.mjs')]);
    expect(plan.steps[0]?.failureMessage).toMatch(/^Coachbook can't start: .*\.$/);
  });

  it('launches without ELECTRON_RUN_AS_NODE, which would start Electron as plain Node', () => {
    const plan = planStart(facts({ env: { PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1' } }));
    if (plan.action !== 'run') throw new Error('expected a run plan');
    expect(plan.steps.at(-1)?.env).toEqual({ PATH: '/usr/bin' });
    expect(launchEnv({ A: '1', ELECTRON_RUN_AS_NODE: '1' })).toEqual({ A: '1' });
  });
});
