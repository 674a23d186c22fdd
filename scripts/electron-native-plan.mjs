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

/** The node-gyp run that compiles the copy against Electron's headers. */
export function nodeGypInvocation({ execPath, nodeGyp, electronVersion, env, cwd }) {
  return {
    command: execPath,
    args: [
      nodeGyp,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
    ],
    cwd,
    env: nodeGypEnv(env),
  };
}
