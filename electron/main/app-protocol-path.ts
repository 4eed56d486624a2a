import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';

export type AssetResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 | 405 };

/**
 * Maps an app:// request to a file inside the renderer build, or refuses it.
 * Only GET of the app's own host is served, and the decoded path must stay
 * inside `rendererRoot`, whatever dots, encoded slashes or drive letters it
 * carries.
 */
export function resolveAppAsset(method: string, rawUrl: string, rendererRoot: string): AssetResolution {
  if (method !== 'GET') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password) {
    return { ok: false, status: 403 };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}
