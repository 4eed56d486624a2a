import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { desktopWords } from './desktop-words.ts';

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

// The words of the two dialogs are in the "desktop" catalogs (updates.consentDetail, updates.noHostDetail);
// these are the English ones, for the tests that read what the dialogs said.
const english = desktopWords('en');
export const UPDATE_CHECK_CONSENT = english('updates.consentDetail');
export const NO_UPDATE_HOST = english('updates.noHostDetail');

/** What choosing "Check for Updates…" leads to: consent first, then (with no host) the plain answer. */
export type UpdateCheckStep = 'ask-consent' | 'no-update-host';

export function nextUpdateCheckStep(settings: UpdateSettings): UpdateCheckStep {
  return settings.checksAllowed ? 'no-update-host' : 'ask-consent';
}
