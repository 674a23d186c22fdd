import type { WebPreferences } from 'electron';

export interface SecureWebPreferencesOptions {
  /** Only development builds may open DevTools. */
  devTools?: boolean;
}

/**
 * The renderer is a web page with no Node: it reaches main only through the preload bridge.
 * Each flag closes a door the Electron security checklist names; spelling out the defaults
 * keeps them from drifting if Electron changes one.
 */
export function secureWebPreferences(preloadPath: string, options: SecureWebPreferencesOptions = {}): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools ?? false,
  };
}
