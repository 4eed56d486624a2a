import type { Session, WebContents } from 'electron';
import { isAppUrl, type AppOrigin } from './app-origin.ts';

// Permissions the app actually uses. Everything else (camera, microphone,
// geolocation, notifications, ...) is refused without asking the user.
const GRANTED_PERMISSIONS = new Set<string>(['fullscreen', 'clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionGranted(permission: string, requestingUrl: string, origin: AppOrigin): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, origin);
}

export function restrictPermissions(session: Session, origin: AppOrigin): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl || webContents.getURL(), origin));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, origin),
  );
}

/**
 * Keeps every web contents inside the app: no navigation or redirect to other
 * pages, no new windows (external links go through the host bridge, which
 * asks first), no <webview>.
 */
export function confineToApp(contents: WebContents, origin: AppOrigin): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
