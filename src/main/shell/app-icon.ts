import { join } from 'node:path';

/** electron-builder.config.ts copies build-resources/icons/512x512.png here, beside app.asar. */
export const WINDOW_ICON_RESOURCE = 'icon.png';
export const SOURCE_WINDOW_ICON = ['build-resources', 'icons', '512x512.png'] as const;

export interface AppIconFacts {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appRoot: string;
  resourcesPath: string;
}

/**
 * Which icon files Electron must be handed. An installed Mac app shows its bundle's icon.icns in
 * the dock and Windows shows the .exe's icon in the taskbar, but a Linux window has only the
 * icon it is given, and a run from source would show Electron's own icon in window and dock.
 */
export function appIcons(facts: AppIconFacts): { window?: string; dock?: string } {
  const png = facts.isPackaged
    ? join(facts.resourcesPath, WINDOW_ICON_RESOURCE)
    : join(facts.appRoot, ...SOURCE_WINDOW_ICON);
  if (facts.platform === 'darwin') return facts.isPackaged ? {} : { dock: png };
  return { window: png };
}
