// Which links may leave the app for the system browser. Parsed with the URL
// standard, never matched by substring: "https://evil.example/?app://x" is an
// https link to evil.example, and "javascript:" is never a link.

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

/** Returns the normalised URL if it may be opened outside the app, otherwise null. */
export function toSafeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  // Credentials in a link are a classic way to disguise where it goes.
  if (url.username || url.password) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}
