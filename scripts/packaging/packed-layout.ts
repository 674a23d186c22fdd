// The rules a packed Coachbook must meet, as pure checks over its file lists, so each rule is
// tested with plain inputs and `npm run dist:check` applies them to a real pack.
import { PACKAGED_NATIVE_BINDING } from '../../src/main/shell/packaged-native-binding';

/** app.asar stays small: it is read on every start and shipped in every update. */
export const APP_ASAR_BUDGET_BYTES = 15 * 1024 * 1024;

/** Files app.asar must hold for the app to start: main, preload, the renderer page, the manifest. */
export const REQUIRED_ASAR_FILES = [
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/package.json',
] as const;

/** Top-level entries allowed in app.asar: the build, the manifest, run-time modules, the driver's slot. */
const ALLOWED_TOP_LEVEL = new Set(['out', 'package.json', 'node_modules', PACKAGED_NATIVE_BINDING[1]]);
/** Folder names that mean tests, benchmarks or sources came along. */
const FORBIDDEN_SEGMENTS = new Set(['test', 'tests', '__tests__', 'bench', 'benchmark', 'benchmarks', 'deps', 'obj']);

export interface PackedLayout {
  /** Every path in app.asar's header ("/out/main/index.js"), folders included. */
  asarEntries: readonly string[];
  /** Files under app.asar.unpacked, relative to it with forward slashes ("native/x.node"). */
  unpackedFiles: readonly string[];
  asarBytes: number;
  /** Names of the packages `npm ci --omit=dev` installs (from package-lock.json). */
  productionPackages: ReadonlySet<string>;
}

/** Every rule the layout breaks, in words; empty when the pack is as intended. */
export function packedLayoutProblems(layout: PackedLayout): string[] {
  const problems: string[] = [];
  const entries = new Set(layout.asarEntries);
  for (const file of REQUIRED_ASAR_FILES) {
    if (!entries.has(file)) problems.push(`app.asar lacks ${file}`);
  }
  for (const entry of layout.asarEntries) {
    const segments = entry.split('/').filter(Boolean);
    if (!ALLOWED_TOP_LEVEL.has(segments[0] ?? ''))
      problems.push(`app.asar holds ${entry}, which the app does not need`);
    const forbidden = segments.find((segment) => FORBIDDEN_SEGMENTS.has(segment));
    if (forbidden) problems.push(`app.asar holds ${entry} (a ${forbidden}/ folder)`);
    if (entry.endsWith('.node') && entry !== `/${unpackedDriver()}`)
      problems.push(`app.asar holds native file ${entry}`);
  }
  for (const name of packagesIn(layout.asarEntries)) {
    if (!layout.productionPackages.has(name))
      problems.push(`app.asar holds ${name}, which is not a production dependency`);
  }
  const nativeFiles = layout.unpackedFiles.filter((file) => file.endsWith('.node'));
  if (!nativeFiles.includes(unpackedDriver()))
    problems.push(`app.asar.unpacked lacks the SQLite driver ${unpackedDriver()}`);
  for (const file of nativeFiles.filter((file) => file !== unpackedDriver())) {
    problems.push(`app.asar.unpacked holds a second native file, ${file}`);
  }
  if (layout.asarBytes > APP_ASAR_BUDGET_BYTES) {
    problems.push(
      `app.asar is ${formatMegabytes(layout.asarBytes)}, over its budget of ${formatMegabytes(APP_ASAR_BUDGET_BYTES)}`,
    );
  }
  return problems;
}

/** Package names ("typeorm", "@scope/name", nested ones too) found in asar paths. */
export function packagesIn(entries: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    const segments = entry.split('/').filter(Boolean);
    segments.forEach((segment, index) => {
      if (segment !== 'node_modules') return;
      const first = segments[index + 1];
      if (!first || first === '.bin') return;
      const name = first.startsWith('@') ? segments[index + 2] && `${first}/${segments[index + 2]}` : first;
      if (name) names.add(name);
    });
  }
  return names;
}

/** Names of the packages package-lock.json installs for production (its entries without `dev`). */
export function productionPackagesOf(lock: {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
}): Set<string> {
  const names = new Set<string>();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.devOptional) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    names.add(name);
  }
  return names;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function unpackedDriver(): string {
  return PACKAGED_NATIVE_BINDING.slice(1).join('/');
}
