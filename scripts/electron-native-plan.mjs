// Decisions behind scripts/build-electron-native.mjs, free of I/O. Types: electron-native-plan.d.mts.
import { dirname, join, relative, sep } from 'node:path';

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** Source and destination of the copy; the source is only ever read. */
export function nativeBuildPaths(root) {
  return {
    source: join(root, 'node_modules', 'better-sqlite3'),
    buildRoot: join(root, 'build', 'electron-native'),
    destination: join(root, 'build', 'electron-native', 'node_modules', 'better-sqlite3'),
  };
}

/**
 * Which files of better-sqlite3 are copied: all but its `build/` folder, which holds the Node
 * build the tests load (copying it would let node-gyp reuse objects compiled for Node).
 */
export function shouldCopy(source, file) {
  const inside = relative(source, file);
  return inside !== 'build' && !inside.startsWith(`build${sep}`);
}

/**
 * The node-gyp that came with npm: npm names it in npm_config_node_gyp for scripts it runs;
 * otherwise it sits beside Node (Unix and Windows layouts). Null when none is found.
 */
export function findNodeGyp({ env, execPath, platform, exists }) {
  const bundled =
    platform === 'win32'
      ? join(dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
      : join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const candidates = [env.npm_config_node_gyp, bundled].filter(
    (candidate) => typeof candidate === 'string' && candidate !== '',
  );
  return candidates.find((candidate) => exists(candidate)) ?? null;
}

/**
 * Environment for node-gyp. npm exports its config as npm_config_*; this machine's sets
 * `nodedir`, and node-gyp then builds against Node's headers whatever `--target` says, giving
 * a binary Electron refuses to load. Matching is case-insensitive because Windows env is.
 */
export function nodeGypEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));
}

/**
 * The download tried first: better-sqlite3's own install runs `prebuild-install` for Node; this is
 * the same for Electron's ABI, into the copy (cwd), so no compiler is needed where the driver's
 * maintainers publish a build for this Electron, OS and CPU.
 */
export function prebuildInstallInvocation({ execPath, prebuildInstall, electronVersion, platform, arch, env, cwd }) {
  return {
    command: execPath,
    args: [
      prebuildInstall,
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--platform=${platform}`,
      `--arch=${arch}`,
    ],
    cwd,
    env,
  };
}

/** What compiling the driver needs on each OS, for the sentence printed when it cannot. */
export function compilerToolchain(platform) {
  if (platform === 'darwin') return 'Python 3 and the Xcode Command Line Tools (xcode-select --install)';
  if (platform === 'win32')
    return 'Python 3 and Visual Studio Build Tools with the "Desktop development with C++" workload';
  return 'Python 3, make and a C++ compiler (build-essential on Debian and Ubuntu)';
}

/** The node-gyp run that compiles the copy against Electron's headers. */
export function nodeGypInvocation({ execPath, nodeGyp, electronVersion, arch, env, cwd }) {
  return {
    command: execPath,
    args: [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
    ],
    cwd,
    env: nodeGypEnv(env),
  };
}
