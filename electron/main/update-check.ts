import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The host an update check would ask: none, while no updates are offered (electron-builder.config.ts
 * has `publish: null`). So the app sends no request to check, and "Check for Updates…" says that
 * plainly instead of pretending to have looked. Offering updates means naming the host here and
 * adding the request where `no-update-host` is answered, behind the same consent.
 */
export const UPDATE_HOST = null;

/** Kept in the profile's folder, beside the browser's own files: whether the facilitator allowed checks. */
export const UPDATE_SETTINGS_FILE = 'update-checks.json';

export interface UpdateSettings {
  /** Off until the facilitator turns it on, after being told the check reveals their IP address. */
  checksAllowed: boolean;
}

const DEFAULT_SETTINGS: UpdateSettings = { checksAllowed: false };

/** The stored choice; anything missing, unreadable or malformed reads as "not allowed". */
export function readUpdateSettings(userData: string): UpdateSettings {
  const file = path.join(userData, UPDATE_SETTINGS_FILE);
  if (!existsSync(file)) return DEFAULT_SETTINGS;
  try {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof stored === 'object' && stored !== null && (stored as Record<string, unknown>)['checksAllowed'] === true) {
      return { checksAllowed: true };
    }
  } catch {
    // A damaged file is no consent.
  }
  return DEFAULT_SETTINGS;
}

export function writeUpdateSettings(userData: string, settings: UpdateSettings): void {
  writeFileSync(path.join(userData, UPDATE_SETTINGS_FILE), `${JSON.stringify({ checksAllowed: settings.checksAllowed })}\n`);
}

export const UPDATE_CHECK_CONSENT =
  'Checking for updates asks the update host whether a newer version of Common Ground exists. ' +
  'That request reveals this computer’s IP address (and so roughly where you are) to the update host. ' +
  'Nothing else is sent, and Common Ground never checks on its own: only when you choose Check for Updates.';

export const NO_UPDATE_HOST =
  'This copy of Common Ground has no update host, so nothing was checked and nothing was sent. ' +
  'Get new versions where you got this one, and check each download against its SHA-256 checksum (the README’s Install section says how).';

/** What choosing "Check for Updates…" leads to: consent first, then (with no host) the plain answer. */
export type UpdateCheckStep = 'ask-consent' | 'no-update-host';

export function nextUpdateCheckStep(settings: UpdateSettings): UpdateCheckStep {
  return settings.checksAllowed ? 'no-update-host' : 'ask-consent';
}
