// Where the app's own pages come from. In production the renderer is served
// from a privileged custom scheme, which gives IndexedDB one stable origin
// across launches; during `npm run dev` it comes from electron-vite's server.

export const APP_SCHEME = 'app';
export const APP_HOST = 'common-ground';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface AppOrigin {
  /** The development server's origin, e.g. http://localhost:5173, or null in production. */
  devServerOrigin: string | null;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only for URLs of the app itself. Every part is compared after parsing:
 * scheme, host, port and the absence of credentials, so look-alikes such as
 * `app://common-ground.evil`, `app://user@common-ground` or an https page
 * that mentions the app in its query are refused.
 */
export function isAppUrl(raw: string, origin: AppOrigin): boolean {
  const url = parse(raw);
  if (!url || url.username || url.password) return false;
  // Chromium lower-cases hosts of standard schemes; Node's URL does not for
  // custom schemes, so compare as Chromium would.
  if (url.protocol === `${APP_SCHEME}:`) return url.host.toLowerCase() === APP_HOST;
  if (origin.devServerOrigin !== null) {
    const dev = parse(origin.devServerOrigin);
    return dev !== null && url.origin === dev.origin;
  }
  return false;
}
