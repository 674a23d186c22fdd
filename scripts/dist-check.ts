// `npm run dist:check` (also a step of `npm test`): packs Coachbook with electron-builder exactly
// as `npm run dist` configures it, for Linux as a folder (`--dir`), then checks what landed in it.
// It needs no network: Electron is a stand-in folder, the driver the Electron-ABI build when there
// is one, else a labelled stand-in copied from the Node build. It does not replace trying the app.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { listPackage } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { coachbookBuildConfig, ELECTRON_NATIVE_DIR } from '../electron-builder.config';
import { WINDOW_ICON_RESOURCE } from '../src/main/shell/app-icon';
import { resolveNativeBinding, PACKAGED_NATIVE_FILE } from '../src/main/shell/packaged-native-binding';
import { formatMegabytes, packedLayoutProblems, productionPackagesOf } from './packaging/packed-layout';
import { STAND_IN_MARKER, writeStandInElectron } from './packaging/stand-in';

const root = process.cwd();
const CHECK_FEED_URL = 'https://updates.coachbook.invalid/stable';
const work = mkdtempSync(join(tmpdir(), 'coachbook-dist-check-'));
const started = Date.now();

void main();

async function main(): Promise<void> {
  try {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) fail('out/ is missing: run npx electron-vite build first.');
    const electronDist = join(work, 'electron-stand-in');
    writeStandInElectron(electronDist, readJson<{ version: string }>('node_modules/electron/package.json').version);
    const driverDir = chooseDriver();
    const output = join(work, 'dist');

    const base = coachbookBuildConfig({ nativeDriverDir: driverDir, updateFeedUrl: CHECK_FEED_URL });
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: { ...base, electronDist, directories: { ...base.directories, output } },
    });

    const resources = join(output, 'linux-unpacked', 'resources');
    const asar = join(resources, 'app.asar');
    const asarEntries = listPackage(asar, { isPack: false }).map((entry) => entry.split(sep).join('/'));
    const unpackedFiles = listFiles(join(resources, 'app.asar.unpacked'));
    const asarBytes = statSync(asar).size;
    const problems = packedLayoutProblems({
      asarEntries,
      unpackedFiles,
      asarBytes,
      productionPackages: productionPackagesOf(readJson('package-lock.json')),
    });

    // The packed app must find its driver the way src/main/index.ts asks for it.
    try {
      resolveNativeBinding({ isPackaged: true, appRoot: asar, resourcesPath: resources, exists: existsSync });
    } catch (error) {
      problems.push(`the packed app cannot find its driver: ${error instanceof Error ? error.message : String(error)}`);
    }
    const updateConfig = join(resources, 'app-update.yml');
    if (!existsSync(updateConfig) || !readFileSync(updateConfig, 'utf8').includes(CHECK_FEED_URL)) {
      problems.push('resources/app-update.yml does not name the configured update feed');
    }
    if (!existsSync(join(resources, WINDOW_ICON_RESOURCE)))
      problems.push(`resources/${WINDOW_ICON_RESOURCE} is missing`);
    if (!existsSync(join(output, 'linux-unpacked', STAND_IN_MARKER)))
      problems.push('the stand-in Electron was not used');

    console.log(`\napp.asar: ${formatMegabytes(asarBytes)} (${asarEntries.length} entries)`);
    console.log(`app.asar.unpacked: ${unpackedFiles.join(', ')}`);
    console.log(
      'fuses: not flipped (stand-in Electron binary); their configuration is unit-tested in tests/main/packaging',
    );
    console.log(`packed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (problems.length > 0) fail(`The packed app is not as intended:\n- ${problems.join('\n- ')}`);
    console.log('Packed layout: ok');
  } finally {
    rmSync(join(root, 'build', 'dist-check'), { recursive: true, force: true });
    // DIST_CHECK_KEEP=1 leaves the packed app in the temp folder to look at.
    if (process.env.DIST_CHECK_KEEP) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The Electron-ABI driver if it was built; else the Node build, copied and said to be a stand-in. */
function chooseDriver(): string {
  if (existsSync(join(root, ELECTRON_NATIVE_DIR, PACKAGED_NATIVE_FILE))) {
    console.log(`driver: the Electron-ABI build in ${ELECTRON_NATIVE_DIR}`);
    return join(root, ELECTRON_NATIVE_DIR);
  }
  // Inside the project like the real one: electron-builder matches asarUnpack against the path
  // a file has relative to the project, so a driver from /tmp would stay inside app.asar.
  const standIn = join(root, 'build', 'dist-check', 'driver-stand-in');
  rmSync(standIn, { recursive: true, force: true });
  mkdirSync(standIn, { recursive: true });
  copyFileSync(
    join(root, 'node_modules/better-sqlite3/build/Release', PACKAGED_NATIVE_FILE),
    join(standIn, PACKAGED_NATIVE_FILE),
  );
  console.log(
    `driver: STAND-IN — ${ELECTRON_NATIVE_DIR} was never built, so the Node build of better-sqlite3 is packed in its place (checks its path, not that Electron can load it)`,
  );
  return standIn;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
