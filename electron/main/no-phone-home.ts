import type { Session } from 'electron';

/**
 * Where Chromium would fetch a spellcheck dictionary from, were it ever asked to: a closed port on
 * this computer, so even then nothing leaves it.
 */
export const DICTIONARY_DOWNLOAD_URL = 'http://127.0.0.1:9/';

/**
 * Chromium's spellchecker downloads Hunspell dictionaries from Google's servers on Windows and
 * Linux, even when no window asks for spellchecking (electron/electron#22995). The app checks no
 * spelling (every window has `spellcheck: false`), so the session's spellchecker is turned off, has
 * no languages to fetch, and points anywhere it might still fetch from at loopback. macOS uses the
 * system's checker, which downloads nothing, and has no language list to set.
 */
export function disableSpellcheckDownloads(session: Session, platform: NodeJS.Platform): void {
  session.setSpellCheckerEnabled(false);
  if (platform !== 'darwin') session.setSpellCheckerLanguages([]);
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL);
}
