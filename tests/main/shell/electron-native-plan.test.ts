import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compilerToolchain,
  ELECTRON_HEADERS_URL,
  prebuildInstallInvocation,
  findNodeGyp,
  nativeBuildPaths,
  nodeGypEnv,
  nodeGypInvocation,
  shouldCopy,
} from '../../../scripts/electron-native-plan.mjs';
import { NATIVE_BINDING_PATH } from '../../../scripts/start-plan.mjs';

describe('nativeBuildPaths', () => {
  it('copies from node_modules into build/electron-native and never the other way', () => {
    const paths = nativeBuildPaths('/app');
    expect(paths.source).toBe(join('/app', 'node_modules', 'better-sqlite3'));
    expect(paths.destination).toBe(join('/app', 'build', 'electron-native', 'node_modules', 'better-sqlite3'));
    expect(paths.destination.startsWith(paths.source)).toBe(false);
    expect(join('/app', NATIVE_BINDING_PATH).startsWith(paths.destination)).toBe(true);
  });
});

describe('shouldCopy', () => {
  const source = join('/app', 'node_modules', 'better-sqlite3');
  it('leaves out the Node build', () => {
    expect(shouldCopy(source, join(source, 'build'))).toBe(false);
    expect(shouldCopy(source, join(source, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
  });
  it('copies the sources node-gyp needs', () => {
    expect(shouldCopy(source, source)).toBe(true);
    expect(shouldCopy(source, join(source, 'binding.gyp'))).toBe(true);
    expect(shouldCopy(source, join(source, 'deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(shouldCopy(source, join(source, 'src', 'better_sqlite3.cpp'))).toBe(true);
    expect(shouldCopy(source, join(source, 'builder.js'))).toBe(true);
  });
});

describe('findNodeGyp', () => {
  const npmGyp = '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js';

  it('prefers the node-gyp npm names for the scripts it runs', () => {
    const found = findNodeGyp({
      env: { npm_config_node_gyp: '/custom/node-gyp.js' },
      execPath: '/usr/bin/node',
      platform: 'linux',
      exists: () => true,
    });
    expect(found).toBe('/custom/node-gyp.js');
  });

  it('falls back to the node-gyp bundled with npm beside Node', () => {
    expect(findNodeGyp({ env: {}, execPath: '/usr/bin/node', platform: 'linux', exists: (p) => p === npmGyp })).toBe(
      npmGyp,
    );
    const windowsGyp = join('C:/node', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    expect(
      findNodeGyp({ env: {}, execPath: 'C:/node/node.exe', platform: 'win32', exists: (p) => p === windowsGyp }),
    ).toBe(windowsGyp);
  });

  it('skips a named node-gyp that does not exist, and is null when none does', () => {
    expect(
      findNodeGyp({
        env: { npm_config_node_gyp: '/gone.js' },
        execPath: '/usr/bin/node',
        platform: 'linux',
        exists: (p) => p === npmGyp,
      }),
    ).toBe(npmGyp);
    expect(findNodeGyp({ env: {}, execPath: '/usr/bin/node', platform: 'linux', exists: () => false })).toBeNull();
  });
});

describe('nodeGypInvocation', () => {
  it('builds against Electron’s headers for the installed version', () => {
    const run = nodeGypInvocation({
      execPath: '/usr/bin/node',
      nodeGyp: '/gyp.js',
      electronVersion: '45.5.0',
      arch: 'arm64',
      env: { PATH: '/usr/bin' },
      cwd: '/app/build/electron-native/node_modules/better-sqlite3',
    });
    expect(run).toEqual({
      command: '/usr/bin/node',
      args: [
        '/gyp.js',
        'rebuild',
        '--release',
        '--runtime=electron',
        '--target=45.5.0',
        '--arch=arm64',
        `--dist-url=${ELECTRON_HEADERS_URL}`,
      ],
      cwd: '/app/build/electron-native/node_modules/better-sqlite3',
      env: { PATH: '/usr/bin' },
    });
    expect(ELECTRON_HEADERS_URL).toBe('https://electronjs.org/headers');
  });

  it('drops npm’s nodedir, which would silently build for Node’s ABI', () => {
    const env = {
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_cafile: '/etc/ca.crt',
    };
    expect(nodeGypEnv(env)).toEqual({ PATH: '/usr/bin', npm_config_cafile: '/etc/ca.crt' });
    expect(
      nodeGypInvocation({ execPath: 'node', nodeGyp: 'g', electronVersion: '45.5.0', arch: 'x64', env, cwd: '.' }).env,
    ).not.toHaveProperty('npm_config_nodedir');
  });
});

describe('prebuildInstallInvocation', () => {
  it('asks for better-sqlite3’s published Electron build, for the Electron CPU, inside the copy', () => {
    const cwd = '/app/build/electron-native/node_modules/better-sqlite3';
    expect(
      prebuildInstallInvocation({
        execPath: '/usr/bin/node',
        prebuildInstall: '/app/node_modules/prebuild-install/bin.js',
        electronVersion: '45.5.0',
        platform: 'darwin',
        arch: 'arm64',
        env: { PATH: '/usr/bin' },
        cwd,
      }),
    ).toEqual({
      command: '/usr/bin/node',
      args: [
        '/app/node_modules/prebuild-install/bin.js',
        '--runtime=electron',
        '--target=45.5.0',
        '--platform=darwin',
        '--arch=arm64',
      ],
      cwd,
      env: { PATH: '/usr/bin' },
    });
  });
});

describe('compilerToolchain', () => {
  it('names what compiling needs on each OS', () => {
    expect(compilerToolchain('darwin')).toContain('Xcode Command Line Tools');
    expect(compilerToolchain('win32')).toContain('Visual Studio Build Tools');
    expect(compilerToolchain('linux')).toContain('build-essential');
  });
});
