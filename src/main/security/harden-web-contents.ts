import type { App, Session, WebContents } from 'electron';
import { decideNavigation } from './navigation';
import { decidePermission } from './permissions';

export interface HardeningDeps {
  appEntryUrl: string;
  openExternal(url: string): Promise<void>;
  log(message: string, detail?: unknown): void;
}

/** No page may ask for camera, location, notifications…; see `decidePermission`. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_webContents, permission) => decidePermission(permission));
}

/**
 * Applies the navigation rules to every web contents the app ever creates, not only the main
 * window, so a future window or an injected frame cannot slip past them.
 */
export function hardenAllWebContents(app: Pick<App, 'on'>, deps: HardeningDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));
}

function hardenWebContents(contents: WebContents, deps: HardeningDeps): void {
  const guard = (event: { url: string; preventDefault(): void }): void => {
    const decision = decideNavigation(event.url, deps.appEntryUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision !== 'deny') openOutside(decision.url, deps);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // Coachbook is one window: popups never open; web and email links go to the browser or mail app.
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url, deps.appEntryUrl);
    if (typeof decision === 'object') openOutside(decision.url, deps);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openOutside(url: string, deps: HardeningDeps): void {
  deps.openExternal(url).catch((error: unknown) => deps.log('could not open a link in the browser', error));
}
