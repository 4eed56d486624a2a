import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { DICTIONARY_DOWNLOAD_URL, disableSpellcheckDownloads } from '../../../electron/main/no-phone-home.ts';

function fakeSession() {
  return {
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
  };
}

describe('spellcheck dictionaries', () => {
  it.each(['linux', 'win32'] as const)(
    'are never downloaded on %s: spellchecker off, no languages, loopback as the only source',
    (platform) => {
      const session = fakeSession();
      disableSpellcheckDownloads(session as unknown as Session, platform);
      expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith([]);
      expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(DICTIONARY_DOWNLOAD_URL);
      expect(new URL(DICTIONARY_DOWNLOAD_URL).hostname).toBe('127.0.0.1');
    },
  );

  it('leave macOS’s own checker (which downloads nothing) without a language list, which it does not take', () => {
    const session = fakeSession();
    disableSpellcheckDownloads(session as unknown as Session, 'darwin');
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});
