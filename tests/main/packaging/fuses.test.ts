import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { COACHBOOK_FUSES, planFuses } from '../../../scripts/packaging/fuses';

describe('COACHBOOK_FUSES', () => {
  it('closes every door to running other code as Coachbook and keeps cookies encrypted', () => {
    expect(COACHBOOK_FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
  });
});

describe('planFuses', () => {
  it('flips the fuses in a real Windows or Linux build', () => {
    for (const platform of ['win32', 'linux']) {
      expect(planFuses({ platform, arch: 'x64', standIn: false })).toEqual({
        action: 'flip',
        config: { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...COACHBOOK_FUSES },
      });
    }
  });

  it('re-signs ad hoc on an arm64 Mac, which refuses to run a binary whose signature the flip broke', () => {
    const plan = planFuses({ platform: 'darwin', arch: 'arm64', standIn: false });
    expect(plan.action === 'flip' && plan.config.resetAdHocDarwinSignature).toBe(true);
    const intel = planFuses({ platform: 'darwin', arch: 'x64', standIn: false });
    expect(intel.action === 'flip' && intel.config.resetAdHocDarwinSignature).toBe(false);
  });

  it('skips only the stand-in binary of dist:check, and says so', () => {
    expect(planFuses({ platform: 'linux', arch: 'x64', standIn: true })).toEqual({
      action: 'skip',
      reason: expect.stringMatching(/fuses NOT flipped: .*stand-in of npm run dist:check/),
    });
  });
});
