import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron fuses are flags baked into the Electron binary; only packaging can set them. Each one
 * closes a door a local attacker could use to run their own code with Coachbook's access to the
 * manager's notes.
 */
export const COACHBOOK_FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 Coachbook evil.js` would turn the signed app into a plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store encrypted with the OS keychain key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS=--require evil.js and --inspect would inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app runs only from app.asar, and only an app.asar whose header hash electron-builder
  // embedded (Info.plist on macOS, a resource in the .exe on Windows; Linux has no check yet).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
} as const satisfies Partial<Record<FuseV1Options, boolean>>;

/** What electron-builder's afterPack hook does about fuses for one packed app. */
export type FusePlan = { action: 'flip'; config: FuseV1Config } | { action: 'skip'; reason: string };

export interface FuseFacts {
  /** electron-builder's platform name: darwin, mas, win32 or linux. */
  platform: string;
  arch: string;
  /** The Electron binary the app was packed with is dist:check's stand-in, not Electron. */
  standIn: boolean;
}

/**
 * Flip the fuses in every real build. The only skip is dist:check's stand-in binary, which has
 * no fuse wire to flip; a real build whose binary has none fails inside @electron/fuses.
 */
export function planFuses(facts: FuseFacts): FusePlan {
  if (facts.standIn) {
    return {
      action: 'skip',
      reason: 'fuses NOT flipped: this Electron binary is the stand-in of npm run dist:check, not Electron',
    };
  }
  return {
    action: 'flip',
    config: {
      version: FuseVersion.V1,
      // Flipping fuses changes the binary, which voids the ad-hoc signature an arm64 Mac insists
      // on; electron-builder's own signing comes after this hook and replaces it when configured.
      resetAdHocDarwinSignature: facts.platform === 'darwin' && facts.arch === 'arm64',
      ...COACHBOOK_FUSES,
    },
  };
}
