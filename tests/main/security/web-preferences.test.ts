import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../src/main/security/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('turns on no risky Blink features', () => {
    const preferences = secureWebPreferences('/p.js');
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences).not.toHaveProperty('additionalArguments');
  });

  it('keeps DevTools closed unless asked for (development)', () => {
    expect(secureWebPreferences('/p.js').devTools).toBe(false);
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
  });
});
