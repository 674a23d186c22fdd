import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronArch,
  fetchFailedMessage,
  launchEnv,
  locateElectronRuntime,
  MISSING_AFTER_FETCH_MESSAGE,
  nativeBuildIsCurrent,
  planStart,
  signalAction,
  wantedNativeStamp,
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

const wanted = wantedNativeStamp({
  electronVersion: '45.5.0',
  betterSqlite3Version: '12.11.1',
  platform: 'darwin',
  arch: 'arm64',
});

describe('nativeBuildIsCurrent', () => {
  it('needs the binary and a stamp for this Electron, driver version, OS and CPU', () => {
    expect(nativeBuildIsCurrent({ bindingExists: true, stamp: { ...wanted }, wanted })).toBe(true);
    expect(nativeBuildIsCurrent({ bindingExists: true, stamp: { ...wanted, via: 'prebuilt' } as never, wanted })).toBe(
      true,
    );
    expect(nativeBuildIsCurrent({ bindingExists: false, stamp: { ...wanted }, wanted })).toBe(false);
    expect(nativeBuildIsCurrent({ bindingExists: true, stamp: null, wanted })).toBe(false);
  });

  it.each([
    ['another Electron', { electron: '44.2.0' }],
    ['another better-sqlite3', { betterSqlite3: '12.10.0' }],
    ['another OS', { platform: 'linux' }],
    ['another CPU', { arch: 'x64' }],
  ])('rebuilds a driver made for %s', (_why, change) => {
    expect(nativeBuildIsCurrent({ bindingExists: true, stamp: { ...wanted, ...change }, wanted })).toBe(false);
  });

  it('rebuilds a driver stamped before the stamp named the driver version, OS and CPU', () => {
    expect(nativeBuildIsCurrent({ bindingExists: true, stamp: { electron: '45.5.0' }, wanted })).toBe(false);
  });
});

describe('electronArch', () => {
  it('is Node’s CPU on an ordinary machine', () => {
    expect(electronArch({ platform: 'linux', nodeArch: 'x64', env: {}, runsUnderRosetta: false })).toBe('x64');
    expect(electronArch({ platform: 'darwin', nodeArch: 'arm64', env: {}, runsUnderRosetta: false })).toBe('arm64');
  });

  it('is arm64 for an x64 Node under Rosetta on Apple Silicon, as Electron’s installer decides', () => {
    expect(electronArch({ platform: 'darwin', nodeArch: 'x64', env: {}, runsUnderRosetta: true })).toBe('arm64');
  });

  it('follows an explicit choice of architecture', () => {
    expect(
      electronArch({ platform: 'darwin', nodeArch: 'x64', env: { npm_config_arch: 'x64' }, runsUnderRosetta: true }),
    ).toBe('x64');
    expect(
      electronArch({
        platform: 'linux',
        nodeArch: 'x64',
        env: { ELECTRON_INSTALL_ARCH: 'arm64' },
        runsUnderRosetta: false,
      }),
    ).toBe('arm64');
  });
});

describe('planStart', () => {
  const facts = (overrides: Partial<StartFacts> = {}): StartFacts => ({
    mode: 'start',
    root: '/app',
    execPath: '/usr/bin/node',
    nodeVersion: '22.12.0',
    electronNodeRange: '>= 22.12.0',
    runtime: { found: true, path: '/app/node_modules/electron/dist/electron' },
    nativeBuild: { bindingExists: true, stamp: { ...wanted }, wanted },
    userArgs: [],
    env: { PATH: '/usr/bin' },
    ...overrides,
  });
  const missing = { found: false, reason: 'no binary' } as const;

  it('fetches a missing Electron with its own installer first', () => {
    const plan = planStart(facts({ runtime: missing }));
    expect(plan).toEqual({
      action: 'fetch',
      warning: null,
      step: {
        name: 'fetch-electron',
        command: '/usr/bin/node',
        args: [join('/app', 'scripts', 'fetch-electron.mjs'), join('/app', 'node_modules', 'electron', 'install.js')],
        env: { PATH: '/usr/bin' },
        failureMessage: null,
      },
    });
  });

  it('warns before the download on a Node older than Electron’s installer asks for, and still tries', () => {
    const plan = planStart(facts({ runtime: missing, nodeVersion: '20.20.2' }));
    if (plan.action !== 'fetch') throw new Error('expected a fetch');
    expect(plan.warning).toContain('Node 22.12.0 or newer and this is Node 20.20.2');
    expect(planStart(facts({ runtime: missing, nodeVersion: '24.1.0' }))).toMatchObject({ warning: null });
  });

  it('refuses with one sentence when the binary is still missing after the download', () => {
    const plan = planStart(facts({ runtime: missing }), { fetched: true });
    expect(plan).toEqual({ action: 'refuse', message: MISSING_AFTER_FETCH_MESSAGE, reason: 'no binary' });
    expect(MISSING_AFTER_FETCH_MESSAGE).toMatch(/^Coachbook can't start: [^\n]*\.$/);
  });

  it('goes on to build and launch once the download brought the binary', () => {
    const plan = planStart(facts(), { fetched: true });
    if (plan.action !== 'run') throw new Error('expected a run plan');
    expect(plan.steps.map((step) => step.name)).toEqual(['build-app', 'launch']);
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

  it('builds the native driver first when it is missing or stale', () => {
    const plan = planStart(facts({ nativeBuild: { bindingExists: false, stamp: null, wanted } }));
    if (plan.action !== 'run') throw new Error('expected a run plan');
    expect(plan.steps.map((step) => step.name)).toEqual(['build-native', 'build-app', 'launch']);
    expect(plan.steps[0]?.args).toEqual([join('/app', 'scripts', 'build-electron-native.mjs')]);
    expect(plan.steps[0]?.failureMessage).toMatch(/^Coachbook can't start: .*\.$/);
  });

  it('gives npm run dev the same Electron and driver, then electron-vite dev with the user’s arguments', () => {
    const plan = planStart(
      facts({
        mode: 'dev',
        userArgs: ['--data-dir', '/tmp/book'],
        nativeBuild: { bindingExists: false, stamp: null, wanted },
      }),
    );
    if (plan.action !== 'run') throw new Error('expected a run plan');
    expect(plan.steps.map((step) => step.name)).toEqual(['build-native', 'launch']);
    expect(plan.steps[1]).toMatchObject({
      command: '/usr/bin/node',
      args: [
        join('/app', 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
        'dev',
        '--',
        '--data-dir',
        '/tmp/book',
      ],
    });
    expect(planStart(facts({ mode: 'dev', runtime: missing })).action).toBe('fetch');
  });

  it('launches without ELECTRON_RUN_AS_NODE, which would start Electron as plain Node', () => {
    const plan = planStart(facts({ env: { PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1' } }));
    if (plan.action !== 'run') throw new Error('expected a run plan');
    expect(plan.steps.at(-1)?.env).toEqual({ PATH: '/usr/bin' });
    expect(launchEnv({ A: '1', ELECTRON_RUN_AS_NODE: '1' })).toEqual({ A: '1' });
  });
});

describe('fetchFailedMessage', () => {
  it('is one sentence naming what is missing and why', () => {
    const message = fetchFailedMessage('no network connection');
    expect(message).toBe(
      "Coachbook can't start: the Electron runtime (about 100 MB, needed once) could not be downloaded (no network connection); connect to the internet and run npm start again.",
    );
    expect(fetchFailedMessage(null)).not.toContain('()');
  });
});

describe('signalAction', () => {
  it('never passes Ctrl+C on: the terminal already sent it to Electron, and a second one kills it mid-flush', () => {
    expect(signalAction({ signal: 'SIGINT', platform: 'linux', alreadyForwarded: false })).toBe('wait');
    expect(signalAction({ signal: 'SIGINT', platform: 'darwin', alreadyForwarded: false })).toBe('wait');
  });

  it('passes a signal only this process got on once', () => {
    expect(signalAction({ signal: 'SIGTERM', platform: 'linux', alreadyForwarded: false })).toBe('forward');
    expect(signalAction({ signal: 'SIGHUP', platform: 'darwin', alreadyForwarded: false })).toBe('forward');
    expect(signalAction({ signal: 'SIGTERM', platform: 'linux', alreadyForwarded: true })).toBe('wait');
  });

  it('never kills Electron on Windows, where kill() would end it before the notes are flushed', () => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
      expect(signalAction({ signal, platform: 'win32', alreadyForwarded: false })).toBe('wait');
  });
});
